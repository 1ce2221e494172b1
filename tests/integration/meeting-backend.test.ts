import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { AppError } from '../../shared/contract';
import { programFromTemplate } from '../../shared/meeting/program';
import { DEFAULT_PROGRAM_TEMPLATES } from '../../shared/meeting/program-templates';
import { DEFAULT_TRIAGE_SETTINGS, type AgendaItem } from '../../shared/meeting/types';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import {
  fakeCase,
  fakeMeeting,
  meetingBackend,
  olderDatabase,
  recordedMigrations,
  type TestBackend,
} from './meeting-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function start(): Promise<TestBackend> {
  const t = await meetingBackend(tempDir());
  open.push(t.backend);
  return t;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const item = (items: AgendaItem[], caseNo: string) => items.find((i) => i.caseNo === caseNo);

describe('migration 002 (meetings)', () => {
  it('creates the tables and the default agencies and 部会 templates from empty', async () => {
    const { api } = await start();
    const { agencies } = await api.call('agencies.list', {});
    expect(agencies.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'こども家庭センター',
        '児童相談所',
        '保健センター',
        '教育委員会',
        '警察署',
        '主任児童委員',
        '生活保護担当',
      ]),
    );
    expect(agencies.find((a) => a.name === '児童相談所')?.kind).toBe('児童相談所');
    const { templates } = await api.call('scopeTemplates.list', {});
    expect(templates.map((t) => [t.name, t.scope.minAge, t.scope.maxAge])).toEqual([
      ['乳幼児部会', null, 5],
      ['児童生徒部会', 6, 18],
    ]);
    expect(await api.call('triage.getSettings', {})).toEqual(DEFAULT_TRIAGE_SETTINGS);
  });

  it('upgrades a database made with the 001 schema, keeping its cases', async () => {
    const dbPath = join(tempDir(), 'old.db');
    expect(olderDatabase(dbPath, 1, 'OLD-1', 'meetings')).toBe(0);

    const backend = createBackend({ dbPath });
    open.push(backend);
    const api = createApi(backend);
    await api.call('session.unlock', { passphrase: PASSPHRASE });
    expect((await api.call('ledger.list', {})).cases.map((c) => c.caseNo)).toEqual(['OLD-1']);
    expect((await api.call('agencies.list', {})).agencies.length).toBeGreaterThan(6);
    const report = await api.call('reports.add', { report: report1('OLD-1', '2025-02-01', { injury: true }) });
    expect(report.id).toBeGreaterThan(0);
    backend.close();

    const { recorded, known } = recordedMigrations(dbPath);
    expect(recorded).toEqual(known);
  });
});

function report1(caseNo: string, reportDate: string, fields: Record<string, unknown> = {}) {
  return {
    caseNo,
    reportDate,
    agency: '小学校',
    periodFrom: null,
    periodTo: null,
    daysAbsent: null,
    unexplainedAbsence: null,
    injury: null,
    homeChange: null,
    safetyScale: null,
    note: null,
    ...fields,
  };
}

describe('meeting handlers', () => {
  it('manages agencies and 部会 templates with Japanese errors', async () => {
    const { api } = await start();
    const saved = await api.call('agencies.save', { name: '架空市立第一小学校', kind: '学校' });
    expect(saved).toMatchObject({ name: '架空市立第一小学校', kind: '学校' });
    const renamed = await api.call('agencies.save', { id: saved.id, name: '架空市立第二小学校', kind: '学校' });
    expect(renamed).toEqual({ id: saved.id, name: '架空市立第二小学校', kind: '学校' });
    expect((await failure(api.call('agencies.save', { name: '児童相談所', kind: '児童相談所' }))).code).toBe(
      'duplicate',
    );
    const missing = await failure(api.call('agencies.remove', { id: 9999 }));
    expect([missing.code, missing.message]).toEqual(['not_found', expect.stringContaining('関係機関が見つかりません')]);
    const { agencies } = await api.call('agencies.remove', { id: saved.id });
    expect(agencies.some((a) => a.id === saved.id)).toBe(false);

    const scope = {
      classifications: ['要保護児童' as const],
      minAge: 0,
      maxAge: 2,
      districts: ['東地区'],
      leadAgencies: [],
      caseNos: [],
    };
    const t = await api.call('scopeTemplates.save', { name: '0〜2歳部会', scope });
    expect((await api.call('scopeTemplates.list', {})).templates.at(-1)).toEqual({
      id: t.id,
      name: '0〜2歳部会',
      scope,
    });
    expect((await failure(api.call('scopeTemplates.save', { name: '乳幼児部会', scope }))).code).toBe('duplicate');
    expect((await api.call('scopeTemplates.remove', { id: t.id })).templates).toHaveLength(2);
  });

  it('creates, lists, reads and updates meetings, emitting meetings.changed', async () => {
    const { api, events } = await start();
    const a = await api.call('meetings.create', { meeting: fakeMeeting({ date: '2025-04-15' }) });
    const b = await api.call('meetings.create', {
      meeting: fakeMeeting({ date: '2025-06-10', subcommittee: '乳幼児部会' }),
    });
    expect(a).toMatchObject({ id: expect.any(Number), createdAt: '2025-03-01T01:00:00.000Z', date: '2025-04-15' });
    expect((await api.call('meetings.list', {})).meetings.map((m) => m.id)).toEqual([b.id, a.id]);
    const updated = await api.call('meetings.update', { id: a.id, changes: { status: '確定', place: null } });
    expect(updated).toMatchObject({ id: a.id, status: '確定', place: null, title: '実務者会議（架空）' });
    expect(await api.call('meetings.get', { id: a.id })).toEqual(updated);
    expect(events.filter((e) => e.name === 'meetings.changed').map((e) => e.payload)).toEqual([
      { meetingId: a.id },
      { meetingId: b.id },
      { meetingId: a.id },
    ]);
    const missing = await failure(api.call('meetings.get', { id: 999 }));
    expect([missing.code, missing.message]).toEqual(['not_found', expect.stringContaining('会議が見つかりません')]);
    expect((await failure(api.call('meetings.update', { id: 999, changes: { status: '終了' } }))).code).toBe(
      'not_found',
    );
  });

  it('adds and lists reports newest first, refusing unknown cases and duplicates', async () => {
    const { api } = await start();
    await api.call('ledger.create', { case: fakeCase('R-1') });
    await api.call('reports.add', { report: report1('R-1', '2025-04-01') });
    await api.call('reports.add', { report: { ...report1('R-1', '2025-05-01'), agency: '保育所' } });
    await api.call('reports.add', { report: report1('R-1', '2025-03-01', { daysAbsent: 9 }) });
    const { reports } = await api.call('reports.list', { caseNo: 'R-1' });
    expect(reports.map((r) => [r.reportDate, r.agency])).toEqual([
      ['2025-05-01', '保育所'],
      ['2025-04-01', '小学校'],
      ['2025-03-01', '小学校'],
    ]);
    expect(reports[2]).toMatchObject({ daysAbsent: 9, createdAt: '2025-03-01T01:00:00.000Z' });
    const unknown = await failure(api.call('reports.add', { report: report1('NOPE', '2025-04-01') }));
    expect([unknown.code, unknown.message]).toEqual(['not_found', expect.stringContaining('台帳にありません')]);
    expect((await failure(api.call('reports.add', { report: report1('R-1', '2025-04-01') }))).code).toBe('duplicate');
  });

  it('marks closure proposals and plan reviews, and stores triage settings', async () => {
    const { api } = await start();
    await api.call('ledger.create', { case: fakeCase('M-1') });
    expect(await api.call('cases.proposeClosure', { caseNo: 'M-1', proposed: true })).toEqual({
      caseNo: 'M-1',
      proposed: true,
    });
    expect(await api.call('cases.setPlanReview', { caseNo: 'M-1', reviewDue: '2025-05-31' })).toEqual({
      caseNo: 'M-1',
      reviewDue: '2025-05-31',
    });
    expect((await failure(api.call('cases.proposeClosure', { caseNo: 'NONE', proposed: true }))).code).toBe(
      'not_found',
    );
    const updated = await api.call('triage.updateSettings', { absenceDays: 5, deepMinutes: 15 });
    expect(updated).toEqual({ ...DEFAULT_TRIAGE_SETTINGS, absenceDays: 5, deepMinutes: 15 });
    expect(await api.call('triage.getSettings', {})).toEqual(updated);
    const off = await api.call('triage.updateSettings', {
      enabled: { ...DEFAULT_TRIAGE_SETTINGS.enabled, REPORT: false },
    });
    expect(off.enabled.REPORT).toBe(false);
    expect(off.absenceDays).toBe(5);
  });
});

/**
 * A ledger and a history around one previous 実務者会議 (2025-04-15) and the one being prepared
 * (2025-06-10). Cases are named after what should happen to them.
 */
async function preparedCouncil(t: TestBackend) {
  const { api, setNow } = t;
  setNow('2025-03-01T01:00:00.000Z');
  const before = [
    fakeCase('K-01', { nextReview: '2025-06' }), // review due in the meeting's month → 確認
    fakeCase('K-02', { riskLevel: '重度' }), // high risk → 協議
    fakeCase('K-03'), // risk raised after the last meeting → 協議
    fakeCase('K-06'), // injury report since → 協議
    fakeCase('K-07'), // plain report since → 確認
    fakeCase('K-08'), // injury report before the last meeting → not taken up
    fakeCase('K-09', { status: 'closed', closedDate: '2025-02-01', nextReview: '2025-05-01' }), // closed → never
    fakeCase('K-10'), // plan review due → 確認
    fakeCase('K-11'), // closure proposed → 協議
    fakeCase('K-12', { nextReview: '2025-04' }), // held (保留) at the last meeting → carried over
    fakeCase('K-13'), // nothing happened → not taken up
  ];
  for (const c of before) await api.call('ledger.create', { case: c });
  await api.call('reports.add', { report: report1('K-08', '2025-04-01', { injury: true }) });

  setNow('2025-04-15T06:00:00.000Z');
  const previous = await api.call('meetings.create', { meeting: fakeMeeting({ date: '2025-04-15', title: '前回' }) });
  const prevAgenda = await api.call('agenda.suggest', { meetingId: previous.id });
  expect(item(prevAgenda.items, 'K-12')?.group).toBe('quick');
  await api.call('agenda.move', {
    meetingId: previous.id,
    caseNo: 'K-12',
    group: 'hold',
    index: 0,
    reason: '時間切れ',
  });
  // Other meetings that are not "the last meeting of the same kind and 部会".
  await api.call('meetings.create', { meeting: fakeMeeting({ date: '2025-05-01', subcommittee: '乳幼児部会' }) });
  await api.call('meetings.create', { meeting: fakeMeeting({ date: '2025-05-20', kind: '代表者会議' }) });

  setNow('2025-05-01T03:00:00.000Z');
  await api.call('ledger.update', { caseNo: 'K-03', changes: { riskLevel: '中度' } });
  await api.call('ledger.create', { case: fakeCase('K-04', { registeredDate: null }) }); // new in the app → 協議
  await api.call('ledger.create', { case: fakeCase('K-05', { registeredDate: '2025-01-10' }) }); // registered long ago → not new
  await api.call('reports.add', { report: report1('K-06', '2025-05-10', { injury: true }) });
  await api.call('reports.add', { report: report1('K-07', '2025-05-12', { daysAbsent: 2 }) });
  await api.call('reports.add', { report: report1('K-07', '2025-06-20', { injury: true }) }); // after the meeting: ignored
  await api.call('cases.setPlanReview', { caseNo: 'K-10', reviewDue: '2025-06-01' });
  await api.call('cases.proposeClosure', { caseNo: 'K-11', proposed: true });
  const meeting = await api.call('meetings.create', { meeting: fakeMeeting({ date: '2025-06-10' }) });
  return { previous, meeting };
}

describe('agenda', () => {
  it('suggests from the database: since the last meeting of the same kind, with every reason', async () => {
    const t = await start();
    const { meeting } = await preparedCouncil(t);
    const { api, events } = t;
    const empty = await api.call('agenda.get', { meetingId: meeting.id });
    expect(empty).toEqual({
      meetingId: meeting.id,
      since: '2025-04-15',
      items: [],
      cases: [],
      suggested: false,
      program: programFromTemplate(DEFAULT_PROGRAM_TEMPLATES.実務者会議),
    });

    const agenda = await api.call('agenda.suggest', { meetingId: meeting.id });
    expect(agenda.since).toBe('2025-04-15');
    expect(agenda.suggested).toBe(true);
    const got = Object.fromEntries(agenda.items.map((i) => [i.caseNo, [i.group, i.reasons]]));
    expect(got).toEqual({
      'K-01': ['quick', ['REVIEW_DUE']],
      'K-02': ['deep', ['RISK_HIGH']],
      'K-03': ['deep', ['RISK_UP']],
      'K-04': ['deep', ['NEW']],
      'K-06': ['deep', ['REPORT_INJURY']],
      'K-07': ['quick', ['REPORT']],
      'K-10': ['quick', ['PLAN_REVIEW_DUE']],
      'K-11': ['deep', ['CLOSURE_PROPOSED']],
      'K-12': ['quick', ['CARRIED_OVER', 'REVIEW_DUE']],
    });
    // 協議 danger first (issue #13): the danger signals 重度 (K-02), 重症度が上がった (K-03, 中度) and 外傷の報告
    // (K-06, 軽度), one each, by risk; then the cases without a signal (K-04 新規登録, K-11 終結の提案) by caseNo.
    expect(agenda.items.filter((i) => i.group === 'deep').map((i) => i.caseNo)).toEqual([
      'K-02',
      'K-03',
      'K-06',
      'K-04',
      'K-11',
    ]);
    expect(item(agenda.items, 'K-01')?.draft).toEqual({
      policy: '見守り',
      nextReview: '2025-09',
      leadAgency: 'こども家庭センター',
      note: null,
    });
    expect(item(agenda.items, 'K-02')?.draft).toBeNull();
    expect(agenda.cases.map((c) => c.caseNo).sort()).toEqual(Object.keys(got).sort());
    expect(events.at(-1)).toEqual({ name: 'agenda.changed', payload: { meetingId: meeting.id } });
    expect(await api.call('agenda.get', { meetingId: meeting.id })).toEqual(agenda);

    // --since given: K-08's older injury report now counts, K-03's rise and K-04 are still after it.
    const early = await api.call('agenda.suggest', { meetingId: meeting.id, since: '2025-03-15' });
    expect(early.since).toBe('2025-03-15');
    expect(item(early.items, 'K-08')?.reasons).toEqual(['REPORT_INJURY']);
    // every active case: K-05 and K-13 join as 全件確認; the closed K-09 never does.
    const all = await api.call('agenda.suggest', { meetingId: meeting.id, allActive: true });
    expect(item(all.items, 'K-13')).toMatchObject({ group: 'quick', reasons: ['ALL_ACTIVE'] });
    expect(item(all.items, 'K-05')?.reasons).toEqual(['ALL_ACTIVE']);
    expect(item(all.items, 'K-09')).toBeUndefined();
  });

  it('moves cards with overrides by the operator, edits drafts, and re-suggesting keeps all of it', async () => {
    const t = await start();
    const { meeting } = await preparedCouncil(t);
    const { api, setNow } = t;
    await api.call('settings.update', { operatorName: '架空 事務局員' });
    await api.call('agenda.suggest', { meetingId: meeting.id });
    setNow('2025-06-01T00:00:00.000Z');
    const moved = await api.call('agenda.move', {
      meetingId: meeting.id,
      caseNo: 'K-07',
      group: 'deep',
      index: 0,
      reason: '学校から相談あり',
    });
    expect(item(moved.items, 'K-07')).toMatchObject({
      group: 'deep',
      order: 0,
      ruleGroup: 'quick',
      override: {
        by: '架空 事務局員',
        at: '2025-06-01T00:00:00.000Z',
        from: 'quick',
        to: 'deep',
        reason: '学校から相談あり',
      },
    });
    const draft = { policy: '見守りを続け、夏休み前に再確認', nextReview: '2025-07', leadAgency: '小学校', note: null };
    await api.call('agenda.updateItem', { meetingId: meeting.id, caseNo: 'K-01', draft });
    await api.call('agenda.updateItem', { meetingId: meeting.id, caseNo: 'K-02', deepMinutes: 20 });
    const bulk = await api.call('agenda.bulkDraft', {
      meetingId: meeting.id,
      caseNos: ['K-10', 'K-12'],
      changes: { note: '一括' },
    });
    expect(item(bulk.items, 'K-10')?.draft).toMatchObject({ policy: '見守り', note: '一括' });
    expect(item(bulk.items, 'K-12')?.draft?.note).toBe('一括');

    const again = await api.call('agenda.suggest', { meetingId: meeting.id });
    expect(item(again.items, 'K-07')).toMatchObject({
      group: 'deep',
      order: 0,
      override: { reason: '学校から相談あり' },
    });
    expect(item(again.items, 'K-01')?.draft).toEqual(draft);
    expect(item(again.items, 'K-02')?.deepMinutes).toBe(20);
    expect(item(again.items, 'K-10')?.draft?.note).toBe('一括');

    const back = await api.call('agenda.move', { meetingId: meeting.id, caseNo: 'K-07', group: 'quick', index: 0 });
    expect(item(back.items, 'K-07')).toMatchObject({ group: 'quick', override: null });

    const notOn = await failure(
      api.call('agenda.move', { meetingId: meeting.id, caseNo: 'K-13', group: 'deep', index: 0 }),
    );
    expect([notOn.code, notOn.message]).toEqual(['not_found', expect.stringContaining('この会議の議題にありません')]);
    const other = await api.call('meetings.create', { meeting: fakeMeeting({ date: '2025-07-01' }) });
    const notYet = await failure(
      api.call('agenda.updateItem', { meetingId: other.id, caseNo: 'K-01', deepMinutes: 5 }),
    );
    expect([notYet.code, notYet.message]).toEqual([
      'not_found',
      expect.stringContaining('議題はまだ作成されていません'),
    ]);
    expect((await failure(api.call('agenda.suggest', { meetingId: 999 }))).message).toContain('会議が見つかりません');
  });

  it('exports the handout of a suggested meeting as DOCX', async () => {
    const t = await start();
    const { meeting } = await preparedCouncil(t);
    const { api } = t;
    expect((await failure(api.call('handout.export', { meetingId: meeting.id, masked: true, copies: 1 }))).code).toBe(
      'not_found',
    );
    await api.call('agenda.suggest', { meetingId: meeting.id });
    const file = await api.call('handout.export', { meetingId: meeting.id, masked: true, copies: 2 });
    expect(file.mimeType).toContain('wordprocessingml');
    expect(file.fileName).toMatch(/\.docx$/);
    expect(Buffer.from(file.dataBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('gives the print view the same handout as the DOCX, from the same data', async () => {
    const t = await start();
    const { meeting } = await preparedCouncil(t);
    const { api } = t;
    const early = await failure(api.call('handout.model', { meetingId: meeting.id, masked: true, copies: 1 }));
    expect([early.code, early.message]).toEqual(['not_found', expect.stringContaining('議題はまだ作成されていません')]);
    const agenda = await api.call('agenda.suggest', { meetingId: meeting.id });

    const model = await api.call('handout.model', { meetingId: meeting.id, masked: true, copies: 3 });
    const docx = await api.call('handout.export', { meetingId: meeting.id, masked: true, copies: 3 });
    expect(model.fileName).toBe(docx.fileName);
    expect([model.notice, model.copies, model.masked]).toEqual(['取扱注意・会議終了後回収', 3, true]);
    expect(model.groups.map((g) => g.label)).toEqual(['協議', '確認', '保留']);
    const onModel = model.groups.flatMap((g) => g.items.map((i) => [i.caseNo, i.group]));
    expect(onModel.sort()).toEqual(agenda.items.map((i) => [i.caseNo, i.group]).sort());
    // Only reports up to the meeting day: K-07's injury reported after the meeting is not in the handout.
    const k07 = model.groups.flatMap((g) => g.items).find((i) => i.caseNo === 'K-07');
    expect(k07?.reports.map((r) => [r.date, r.absences, r.injury])).toEqual([['令和7年5月12日', '2日', '—']]);
    // Masked: not one child's name anywhere in what reaches the window.
    const json = JSON.stringify(model);
    for (const c of agenda.cases) expect(json).not.toContain(c.name);

    const plain = await api.call('handout.model', { meetingId: meeting.id, masked: false, copies: 1 });
    expect(plain.groups.flatMap((g) => g.items).find((i) => i.caseNo === 'K-06')?.label).toBe('K-06 架空　K-06');
    expect((await failure(api.call('handout.model', { meetingId: 999, masked: false, copies: 1 }))).code).toBe(
      'not_found',
    );
    expect(
      await api
        .call('handout.model', { meetingId: meeting.id, masked: false, copies: 0 })
        .catch((e: AppError) => e.code),
    ).toBe('invalid_input');
  });
});
