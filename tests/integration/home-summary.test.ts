// home.summary on a real encrypted database built through the backend: reviews due and overdue by 主担当機関
// in the council's month, open cases by 重症度 and 種別, an upcoming meeting lacking its agenda, a report and
// its handout and another with all three, and the latest edit with who made it.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();

const REPORT = {
  periodFrom: null,
  periodTo: null,
  daysAbsent: null,
  unexplainedAbsence: null,
  injury: null,
  homeChange: null,
  safetyScale: null,
  note: null,
};

describe('home.summary', () => {
  it('gives the known counts of a small ledger and what each upcoming meeting lacks', async () => {
    // 2025-11-30 23:30 in Tokyo: the council's month is November although UTC is still on the 30th too;
    // 15:30Z is already 1 December in Tokyo, so the month must come from the council's zone.
    const t = await meetingBackend(tempDir(), '2025-11-30T15:30:00.000Z');
    const { api } = t;
    const cases = [
      fakeCase('H-1', { nextReview: '2025-11-15', leadAgency: 'こども家庭センター', riskLevel: '重度' }),
      fakeCase('H-2', { nextReview: '2025-12', leadAgency: '保健センター', classification: '特定妊婦' }),
      fakeCase('H-3', { nextReview: '2025-12-20', leadAgency: '保健センター' }),
      fakeCase('H-4', { nextReview: '2026-01-10' }),
      fakeCase('H-5', { nextReview: '2025-01-10', status: 'closed', closedDate: '2025-02-01' }),
    ];
    for (const c of cases) await api.call('ledger.create', { case: c });
    await api.call('settings.update', { operatorName: '架空 事務局' });
    await api.call('ledger.update', { caseNo: 'H-4', changes: { riskLevel: '中度', policy: '訪問' } });

    const bare = await api.call('meetings.create', {
      // Another 部会: its report window is not cut at the other meeting's day (the triage's window).
      meeting: fakeMeeting({ date: '2025-12-10', subcommittee: '乳幼児部会', invitedAgencies: ['小学校', '保育所'] }),
    });
    const ready = await api.call('meetings.create', {
      meeting: fakeMeeting({ date: '2025-12-05', invitedAgencies: ['小学校'] }),
    });
    await api.call('meetings.create', { meeting: fakeMeeting({ date: '2025-11-20' }) }); // past
    await api.call('reports.add', { report: { ...REPORT, caseNo: 'H-1', agency: '小学校', reportDate: '2025-11-25' } });
    await api.call('agenda.suggest', { meetingId: ready.id, allActive: true });
    await api.call('handout.model', { meetingId: ready.id, masked: true, copies: 1 });

    const s = await api.call('home.summary', {});
    expect(s.today).toBe('2025-12-01');
    expect(s.monthEnd).toBe('2025-12-31');
    expect(s.openCases).toBe(4);
    expect(s.reviews).toEqual([
      { agency: '保健センター', overdue: 0, thisMonth: 2 },
      { agency: 'こども家庭センター', overdue: 1, thisMonth: 0 },
    ]);
    expect(Object.fromEntries(s.byRisk.map((r) => [r.label, r.count]))).toEqual({
      生命の危険: 0,
      重度: 1,
      中度: 1,
      軽度: 2,
      危惧: 0,
    });
    expect(Object.fromEntries(s.byClassification.map((r) => [r.label, r.count]))).toEqual({
      要保護児童: 0,
      要支援児童: 3,
      特定妊婦: 1,
    });
    expect(s.meetings.map((m) => [m.id, m.lacks])).toEqual([
      [ready.id, []],
      [bare.id, ['議題なし', '報告未着 1機関', '資料未作成']],
    ]);
    expect(s.meetings[1]!.missingAgencies).toEqual(['保育所']);
    expect(s.recent[0]).toMatchObject({ caseNo: 'H-4', who: '架空 事務局', source: 'edit' });
    expect(s.recent[0]!.fields.sort()).toEqual(['支援方針', '重症度'].sort());
    // Nothing of a case but its number reaches the home view.
    expect(JSON.stringify(s)).not.toContain('架空　H');
    t.backend.close?.();
  });
});
