// Returned assessment sheets on a real encrypted file: the agenda reads them (report facts through the fed
// items, worries), counting this meeting's requests and the other answers imported since the last meeting;
// monthly.overdue finds the schools' and nurseries' overdue reports from agency reports and answers alike.
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend';
import { openDatabase } from '../../db/open';
import { createStore, type Store } from '../../db/repos/store';
import { createApi } from '../../shared/api-client';
import { DEFAULT_ASSESSMENT_ITEMS } from '../../shared/assessment/sheet';
import type { AnswerData, AnswerValue } from '../../shared/assessment/types';
import type { Api } from '../../shared/contract';
import type { AgendaItem } from '../../shared/meeting/types';
import { cli } from './cli-helpers';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend, type TestBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

const data = (answers: Record<string, AnswerValue>, filledOn: string | null = null): AnswerData => ({
  answers,
  unread: {},
  extra: [],
  filledOn,
  filledBy: null,
});

/** Runs `fn` on the file with the backend closed (the import's repository calls), then opens it again. */
async function onTheFile(t: TestBackend, now: string, fn: (store: Store) => void): Promise<Api> {
  t.backend.close();
  const db = openDatabase(t.dbPath, { passphrase: PASSPHRASE });
  try {
    const store = createStore(db);
    store.tx(() => fn(store));
  } finally {
    db.close();
  }
  const backend = createBackend({ dbPath: t.dbPath, now: () => new Date(now) });
  open.push(backend);
  const api = createApi(backend);
  await api.call('session.unlock', { passphrase: PASSPHRASE });
  return api;
}

const reasons = (items: AgendaItem[]) => Object.fromEntries(items.map((i) => [i.caseNo, [i.group, i.reasons]]));

describe('the agenda reads returned assessment sheets', () => {
  it('fires report rules and ASSESSMENT_WORRY from this meeting’s answers and those imported since', async () => {
    const t = await meetingBackend(tempDir(), '2026-09-01T01:00:00.000Z');
    for (const caseNo of ['S-01', 'S-02', 'S-03', 'S-04', 'S-05'])
      await t.api.call('ledger.create', { case: fakeCase(caseNo) });
    await t.api.call('meetings.create', { meeting: fakeMeeting({ date: '2026-10-15', title: '前回' }) });
    const meeting = await t.api.call('meetings.create', { meeting: fakeMeeting({ date: '2026-12-10' }) });

    const api = await onTheFile(t, '2026-12-01T01:00:00.000Z', (store) => {
      const a = store.assessments;
      const own = a.createRequest(
        {
          meetingId: meeting.id,
          dueDate: '2026-12-05',
          agencies: [
            { agency: '第一小学校', caseNos: ['S-01', 'S-02'] },
            { agency: '保健センター', caseNos: ['S-03'] },
          ],
        },
        DEFAULT_ASSESSMENT_ITEMS,
        '2026-10-01T01:00:00.000Z',
        '事務局',
      );
      const between = a.createRequest(
        { meetingId: null, dueDate: '2026-10-20', agencies: [{ agency: '第一小学校', caseNos: ['S-04', 'S-05'] }] },
        DEFAULT_ASSESSMENT_ITEMS,
        '2026-10-01T01:00:00.000Z',
        '事務局',
      );
      const key = (requestId: number, agency: string, caseNo: string) => ({ requestId, agency, caseNo });
      // This meeting's request: counts even though filled in and imported before the last meeting.
      a.saveAnswer(
        key(own.id, '第一小学校', 'S-01'),
        data({ 'attendance-injury': 'はい', 'safety-scale': 6, 'child-fear': 'はい' }, '2026-10-09'),
        'a.xlsx',
        '2026-10-10T01:00:00.000Z',
        '事務局',
      );
      // 不明 is no fact; a non-worry はい is no worry: not on the agenda.
      a.saveAnswer(
        key(own.id, '第一小学校', 'S-02'),
        data({ 'attendance-injury': '不明', 'child-mood': 'はい' }),
        'a.xlsx',
        '2026-11-20T01:00:00.000Z',
        '事務局',
      );
      // A re-send replaces the low scale: only the current answer counts (a plain report, 確認).
      a.saveAnswer(
        key(own.id, '保健センター', 'S-03'),
        data({ 'safety-scale': 1 }),
        'b.xlsx',
        '2026-11-20T01:00:00.000Z',
        '事務局',
      );
      a.saveAnswer(
        key(own.id, '保健センター', 'S-03'),
        data({ 'safety-scale': 8 }),
        'b2.xlsx',
        '2026-11-21T01:00:00.000Z',
        '事務局',
      );
      // Between meetings: imported on the last meeting's day (Tokyo) → before; the day after → counts.
      a.saveAnswer(
        key(between.id, '第一小学校', 'S-04'),
        data({ 'attendance-injury': 'はい' }),
        'c.xlsx',
        '2026-10-15T14:00:00.000Z',
        '事務局',
      );
      a.saveAnswer(
        key(between.id, '第一小学校', 'S-05'),
        data({ 'family-violence': 'はい' }),
        'c.xlsx',
        '2026-10-15T15:00:00.000Z',
        '事務局',
      );
    });

    const agenda = await api.call('agenda.suggest', { meetingId: meeting.id });
    expect(reasons(agenda.items)).toEqual({
      'S-01': ['deep', ['REPORT_INJURY', 'ASSESSMENT_WORRY']],
      'S-03': ['quick', ['REPORT']],
      'S-05': ['deep', ['ASSESSMENT_WORRY']],
    });

    // The worry rule reads the setting: without family-violence, S-05 has no reason left.
    await api.call('triage.updateSettings', { worryItems: ['child-fear'] });
    const fewer = await api.call('agenda.suggest', { meetingId: meeting.id });
    expect(reasons(fewer.items)['S-05']).toBeUndefined();
    expect(reasons(fewer.items)['S-01']).toEqual(['deep', ['REPORT_INJURY', 'ASSESSMENT_WORRY']]);

    // The CLI's agenda has no meeting, so no request of its own: only the answers imported since count.
    await api.call('triage.updateSettings', { worryItems: ['family-violence'] });
    open.pop()?.close();
    const result = await cli(['agenda', '--date', '2026-12-10', '--db', t.dbPath]);
    expect(result.code, result.stderr).toBe(0);
    const items = JSON.parse(result.stdout).items as { caseNo: string; group: string; reasons: string[] }[];
    expect(items.map((i) => [i.caseNo, i.group, i.reasons])).toEqual([
      ['S-03', 'quick', ['REPORT']],
      ['S-05', 'deep', ['ASSESSMENT_WORRY']],
    ]);
  }, 120_000);
});

describe('monthly.overdue', () => {
  it('lists the open cases whose school or nursery has not reported within the set days', async () => {
    const t = await meetingBackend(tempDir(), '2026-06-01T01:00:00.000Z');
    await t.api.call('agencies.save', { name: 'さくら学園', kind: '保育所等' });
    const cases = [
      fakeCase('M-01', { affiliation: 'さくら学園' }), // listed nursery, reported 11-20 → fine
      fakeCase('M-02', { affiliation: 'みどり保育園', registeredDate: '2026-06-01' }), // nothing since 登録日 → overdue
      fakeCase('M-03', { affiliation: '保健センター' }), // not a school or nursery → not watched
      fakeCase('M-04', { affiliation: '第一小学校', registeredDate: '2026-11-15' }), // registered lately → fine
      fakeCase('M-05', { affiliation: '東中学校' }), // its own report 10-01, another agency's later → overdue
      fakeCase('M-06', { affiliation: '東中学校', status: 'closed', closedDate: '2026-05-01' }), // closed → not watched
      fakeCase('M-07', { affiliation: '第一小学校' }), // a sheet from the school, 記入日 11-25 → fine
    ];
    for (const c of cases) await t.api.call('ledger.create', { case: c });
    const report = (caseNo: string, agency: string, reportDate: string) => ({
      caseNo,
      reportDate,
      agency,
      periodFrom: null,
      periodTo: null,
      daysAbsent: null,
      unexplainedAbsence: null,
      injury: null,
      homeChange: null,
      safetyScale: null,
      note: null,
    });
    await t.api.call('reports.add', { report: report('M-01', 'さくら学園', '2026-11-20') });
    await t.api.call('reports.add', { report: report('M-05', '東中学校', '2026-10-01') });
    await t.api.call('reports.add', { report: report('M-05', '保健センター', '2026-11-28') });

    // 2026-12-01 in Tokyo.
    const api = await onTheFile(t, '2026-11-30T16:00:00.000Z', (store) => {
      const request = store.assessments.createRequest(
        { meetingId: null, dueDate: '2026-11-30', agencies: [{ agency: '第一小学校', caseNos: ['M-07'] }] },
        DEFAULT_ASSESSMENT_ITEMS,
        '2026-11-01T01:00:00.000Z',
        '事務局',
      );
      store.assessments.saveAnswer(
        { requestId: request.id, agency: '第一小学校', caseNo: 'M-07' },
        data({}, '2026-11-25'),
        'm.xlsx',
        '2026-11-26T01:00:00.000Z',
        '事務局',
      );
    });

    const list = await api.call('monthly.overdue', {});
    expect(list).toMatchObject({ days: 40, watched: 5 });
    expect(list.rows.map((r) => [r.caseNo, r.affiliation, r.lastReportDay, r.daysSince])).toEqual([
      ['M-02', 'みどり保育園', null, 183],
      ['M-05', '東中学校', '2026-10-01', 61],
    ]);
    // The setting moves the line.
    await api.call('settings.update', { monthlyReportDays: 90 });
    expect((await api.call('monthly.overdue', {})).rows.map((r) => r.caseNo)).toEqual(['M-02']);
  });
});
