import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { AppError, METHOD_NAMES, type MethodName } from '../../shared/contract';
import { EMPTY_PLAN_CONTENT } from '../../shared/plan/support-plan';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { DEFAULT_ASSESSMENT_ITEMS } from '../../shared/assessment/sheet';
import { emptyBoard } from '../../shared/board/types';
import {
  containsText,
  LEDGER_HEADER,
  ledgerRows,
  makeXlsx,
  PASSPHRASE,
  useTempDirs,
  b64,
  importFile,
  unlockedBackend,
} from './db-helpers';

const tempDir = useTempDirs();

const unlocked = (now?: () => Date) => unlockedBackend(tempDir(), now);

describe('backend: session gate', () => {
  it('allows only session.* before setup/unlock, and refuses setup twice', async () => {
    const dbPath = join(tempDir(), 'tsunagu.db');
    const backend = createBackend({ dbPath });
    expect(await backend.invoke('session.status', {})).toEqual({ ok: true, value: { state: 'uninitialized', dbPath } });
    const validInputs: Record<string, unknown> = {
      'settings.get': {},
      'settings.update': {},
      'ledger.list': {},
      'ledger.get': { caseNo: 'x' },
      'ledger.create': { case: emptyCase('x') },
      'ledger.update': { caseNo: 'x', changes: {} },
      'ledger.importPreview': { fileName: 'a.csv', dataBase64: '' },
      'ledger.importCommit': { token: 't' },
      'ledger.export': { format: 'json' },
      'agencies.list': {},
      'agencies.save': { name: '学校', kind: '学校' },
      'agencies.remove': { id: 1 },
      'scopeTemplates.list': {},
      'scopeTemplates.save': { name: '部会', scope: EMPTY_SCOPE },
      'scopeTemplates.remove': { id: 1 },
      'meetings.list': {},
      'meetings.get': { id: 1 },
      'meetings.update': { id: 1, changes: {} },
      'meetings.reopen': { id: 1, reason: '訂正のため' },
      'meetings.reopenings': { id: 1 },
      'meetings.create': {
        meeting: {
          kind: '実務者会議',
          subcommittee: null,
          title: '会議',
          date: '2026-12-01',
          startTime: '14:00',
          place: null,
          plannedMinutes: 120,
          facilitator: null,
          invitedAgencies: [],
          invitedPeople: [],
          status: '準備中',
          scope: EMPTY_SCOPE,
        },
      },
      'reports.list': { caseNo: 'x' },
      'reports.add': {
        report: {
          caseNo: 'x',
          reportDate: '2026-11-01',
          agency: '学校',
          periodFrom: null,
          periodTo: null,
          daysAbsent: null,
          unexplainedAbsence: null,
          injury: null,
          homeChange: null,
          safetyScale: null,
          note: null,
        },
      },
      'reports.import': { fileName: 'r.csv', dataBase64: '' },
      'cases.proposeClosure': { caseNo: 'x', proposed: true },
      'cases.setPlanReview': { caseNo: 'x', reviewDue: null },
      'triage.getSettings': {},
      'triage.updateSettings': {},
      'agenda.suggest': { meetingId: 1 },
      'agenda.get': { meetingId: 1 },
      'agenda.move': { meetingId: 1, caseNo: 'x', group: 'deep', index: 0 },
      'agenda.updateItem': { meetingId: 1, caseNo: 'x' },
      'agenda.bulkDraft': { meetingId: 1, caseNos: ['x'], changes: {} },
      'agenda.addEntry': { meetingId: 1, item: { kind: '報告', title: 'x', presenter: null, minutes: 5, notes: null } },
      'agenda.updateEntry': { meetingId: 1, id: 'i1', changes: {} },
      'agenda.removeEntry': { meetingId: 1, id: 'i1' },
      'agenda.moveEntry': { meetingId: 1, key: 'i1', index: 0 },
      'agenda.programTemplates': {},
      'agenda.saveProgramTemplate': { kind: '代表者会議', template: [] },
      'handout.export': { meetingId: 1, masked: true, copies: 1 },
      'handout.model': { meetingId: 1, masked: true, copies: 1 },
      'board.get': { caseNo: 'x' },
      'board.save': { caseNo: 'x', doc: emptyBoard('x') },
      'board.snapshot': { caseNo: 'x', meetingId: null, label: '会議' },
      'board.snapshotGet': { id: 1 },
      'live.get': { meetingId: 1 },
      'live.command': { meetingId: 1, command: { type: 'start' } },
      'live.caseBrief': { meetingId: 1, caseNo: 'x' },
      'decisions.save': { meetingId: 1, caseNo: 'x', decision: EMPTY_DECISION, state: 'draft' },
      'decisions.confirm': { meetingId: 1, caseNos: ['x'] },
      'decisions.remove': { meetingId: 1, caseNo: 'x' },
      'present.view': { meetingId: 1 },
      'present.open': { meetingId: 1 },
      'minutes.model': { meetingId: 1, masked: true },
      'minutes.export': { meetingId: 1, masked: true, format: 'docx' },
      'minutes.exports': { meetingId: 1 },
      'writeback.preview': { meetingId: 1 },
      'writeback.apply': { meetingId: 1, excludeCaseNos: [], resolutions: [] },
      'writeback.undo': { applicationId: 1 },
      'audit.list': {},
      'audit.export': { format: 'csv' },
      'stats.year': { fiscalYear: 2024 },
      'stats.export': { fiscalYear: 2024, format: 'xlsx', hideSmallCounts: true },
      'plans.list': {},
      'plans.get': { id: 1 },
      'plans.create': {
        plan: { caseNo: null, familyLabel: 'x', leadFunction: '母子保健', owner: null, reviewDue: null },
      },
      'plans.saveContent': { id: 1, content: EMPTY_PLAN_CONTENT },
      'plans.handOver': { id: 1, on: '2026-04-01' },
      'plans.startMonitoring': { id: 1 },
      'plans.beginReview': { id: 1 },
      'plans.setReviewDue': { id: 1, reviewDue: null },
      'plans.close': { id: 1, on: '2026-04-01', reason: null },
      'plans.reviewsDue': { until: '2026-04-01' },
      'services.list': { caseNo: 'R8-001' },
      'services.get': { id: 1 },
      'services.create': {
        caseNo: 'R8-001',
        service: '養育支援訪問',
        provider: null,
        step: { kind: 'start', date: '2026-04-01' },
      },
      'services.addStep': { recordId: 1, step: { kind: 'start', date: '2026-04-01' } },
      'services.setProvider': { recordId: 1, provider: null },
      'services.removeStep': { stepId: 1 },
      'services.summary': { fiscalYear: 2026 },
      'plans.printModel': { id: 1 },
      'plans.export': { id: 1 },
      'home.summary': {},
      'joint.overview': {},
      'joint.propose': {
        proposal: {
          proposer: 'x',
          function: '母子保健',
          proposedOn: '2026-04-01',
          reason: 'その他',
          reasonText: null,
          caseNo: 'R7-0001',
          family: null,
        },
      },
      'joint.accept': { id: 1 },
      'joint.decline': { id: 1, reason: 'x' },
      'joint.add': { caseNo: 'R7-0001', on: '2026-04-01', reason: 'x' },
      'joint.leave': { caseNo: 'R7-0001', on: '2026-04-01', reason: 'x' },
      'joint.history': { caseNo: 'R7-0001' },
      'joint.export': {},
      'casesheets.forMeeting': { meetingId: 1 },
      'casesheets.forCase': { meetingId: 1, caseNo: 'R7-0001' },
      'casesheets.setHearing': {
        requestId: 1,
        caseNo: 'R7-0001',
        agency: 'x',
        itemId: 'child-home',
        status: '未',
        by: null,
        on: null,
        heard: null,
      },
      'returns.status': { meetingId: 1 },
      'returns.history': { requestId: 1, agency: 'x' },
      'returns.reminder': { requestId: 1 },
      'monthly.overdue': {},
      'requests.plan': { meetingId: 1 },
      'requests.create': { meetingId: 1, dueDate: '2026-12-01', agencies: [{ agency: 'x', caseNos: ['R7-0001'] }] },
      'requests.list': { meetingId: 1 },
      'requests.questions': { meetingId: 1 },
      'requests.saveQuestion': { meetingId: 1, agency: 'x', caseNo: 'R7-0001', text: 'x' },
      'requests.deleteQuestion': { id: 1 },
      'requests.exportWorkbook': { requestId: 1, agency: 'x' },
      'requests.exportLetter': { requestId: 1, agency: 'x' },
    };
    const gated = METHOD_NAMES.filter((m) => !m.startsWith('session.'));
    expect(gated.sort()).toEqual(Object.keys(validInputs).sort());
    // Changing the passphrase needs an open session too.
    gated.push('session.changePassphrase');
    validInputs['session.changePassphrase'] = { current: PASSPHRASE, next: `${PASSPHRASE} 新` };
    for (const method of gated) {
      expect(await backend.invoke(method, validInputs[method]), method).toMatchObject({
        ok: false,
        error: { code: 'locked' },
      });
    }
    const listed = await backend.invoke('ledger.list', {});
    expect(listed).toEqual({
      ok: false,
      error: { code: 'locked', message: 'ロックされています。パスフレーズを入力してください。' },
    });
    expect((await backend.invoke('session.unlock', { passphrase: PASSPHRASE })).ok).toBe(false);
    expect(await backend.invoke('session.setup', { passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('12文字以上') },
    });
    expect((await backend.invoke('session.setup', { passphrase: PASSPHRASE })).ok).toBe(true);
    expect(await backend.invoke('ledger.list', {})).toEqual({ ok: true, value: { cases: [] } });
    expect(await backend.invoke('session.lock', {})).toEqual({ ok: true, value: { state: 'locked', dbPath } });
    expect((await backend.invoke('ledger.list', {})).ok).toBe(false);
    const again = await backend.invoke('session.setup', { passphrase: PASSPHRASE });
    expect(again).toMatchObject({ ok: false, error: { code: 'already_initialized' } });
    const wrong = await backend.invoke('session.unlock', { passphrase: 'ちがう合言葉です' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase', message: expect.stringMatching(/^パスフレーズが違います/) },
    });
    expect(await backend.invoke('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
    backend.close();
  });

  it('never throws: unknown methods, bad inputs and non-objects come back as Japanese envelopes', async () => {
    const { backend } = await unlocked();
    const unknown = await backend.invoke('ledger.drop' as MethodName, {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    for (const input of [null, 42, 'x', [], { caseNo: 5 }, { caseNo: 'a', extra: 1 }]) {
      const res = await backend.invoke('ledger.get', input);
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('invalid_input');
        expect(res.error.message).toMatch(/[ぁ-んァ-ン一-龥]/);
      }
    }
    const proto = await backend.invoke('__proto__' as MethodName, {});
    expect(proto).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    backend.close();
  });
});

describe('backend: create, update and history', () => {
  it('records creation and each changed field, in one go, and refuses duplicates', async () => {
    let t = Date.UTC(2026, 0, 5, 1, 2, 3);
    const { backend, api, events } = await unlocked(() => new Date(t));
    const c: LedgerCase = { ...emptyCase('T-1'), name: '架空 一郎', riskLevel: '軽度', agencies: ['小学校'] };
    const created = await api.call('ledger.create', { case: c });
    expect(created.case).toEqual(c);
    expect(created.history).toMatchObject([
      { caseNo: 'T-1', source: 'edit', field: '*', at: '2026-01-05T01:02:03.000Z' },
    ]);
    await expect(api.call('ledger.create', { case: c })).rejects.toMatchObject({ code: 'duplicate' });

    t += 60_000;
    const updated = await api.call('ledger.update', {
      caseNo: 'T-1',
      changes: { riskLevel: '重度', agencies: ['小学校', '保育所'], extra: { 担当CW: '架空' } },
    });
    expect(updated.case.riskLevel).toBe('重度');
    expect(
      updated.history.slice(1).map(({ field, oldValue, newValue, source }) => ({ field, oldValue, newValue, source })),
    ).toEqual([
      { field: 'riskLevel', oldValue: '軽度', newValue: '重度', source: 'edit' },
      { field: 'agencies', oldValue: '小学校', newValue: '小学校、保育所', source: 'edit' },
      { field: 'extra:担当CW', oldValue: null, newValue: '架空', source: 'edit' },
    ]);
    expect(new Set(updated.history.slice(1).map((h) => h.at))).toEqual(new Set(['2026-01-05T01:03:03.000Z']));

    const same = await api.call('ledger.update', { caseNo: 'T-1', changes: { riskLevel: '重度' } });
    expect(same.history).toHaveLength(4);
    await expect(api.call('ledger.update', { caseNo: 'T-404', changes: {} })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      api.call('ledger.update', { caseNo: 'T-1', changes: { riskLevel: '最悪' as never } }),
    ).rejects.toBeInstanceOf(AppError);
    expect((await api.call('ledger.get', { caseNo: 'T-1' })).history).toHaveLength(4);
    expect(events.filter((e) => e.name === 'ledger.changed')).toHaveLength(2);
    backend.close();
  });

  it('keeps settings, defaulting to wareki', async () => {
    const { backend, api } = await unlocked();
    expect(await api.call('settings.get', {})).toEqual({
      dateStyle: 'wareki',
      operatorName: '事務局',
      timeZone: 'Asia/Tokyo',
      idleLockMinutes: 10,
      smallCountThreshold: 3,
      planReviewMonths: 3,
      ownServices: [],
      assessmentItems: DEFAULT_ASSESSMENT_ITEMS,
      monthlyReportDays: 40,
    });
    expect(await api.call('settings.update', { dateStyle: 'seireki' })).toEqual({
      dateStyle: 'seireki',
      operatorName: '事務局',
      timeZone: 'Asia/Tokyo',
      idleLockMinutes: 10,
      smallCountThreshold: 3,
      planReviewMonths: 3,
      ownServices: [],
      assessmentItems: DEFAULT_ASSESSMENT_ITEMS,
      monthlyReportDays: 40,
    });
    await api.call('session.lock', {});
    await api.call('session.unlock', { passphrase: PASSPHRASE });
    expect(await api.call('settings.get', {})).toEqual({
      dateStyle: 'seireki',
      operatorName: '事務局',
      timeZone: 'Asia/Tokyo',
      idleLockMinutes: 10,
      smallCountThreshold: 3,
      planReviewMonths: 3,
      ownServices: [],
      assessmentItems: DEFAULT_ASSESSMENT_ITEMS,
      monthlyReportDays: 40,
    });
    await expect(api.call('settings.update', { dateStyle: 'other' as never })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    // The council's time zone is an IANA name the engine knows; anything else is refused with a Japanese message.
    await expect(api.call('settings.update', { timeZone: 'Tokyo' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('タイムゾーン'),
    });
    expect(await api.call('settings.update', { timeZone: 'America/Los_Angeles' })).toMatchObject({
      timeZone: 'America/Los_Angeles',
    });
    backend.close();
  });
});

describe('backend: import', () => {
  it('imports a workbook, and the same file again changes nothing', async () => {
    const { backend, api, events, dbPath } = await unlocked();
    const file = await makeXlsx([{ name: '台帳', rows: ledgerRows(25) }]);
    const first = await importFile(api, '台帳.xlsx', file);
    expect(first.preview.report).toMatchObject({ imported: 25, updated: 0, unchanged: 0, rejected: [] });
    expect(first.report).toMatchObject({ imported: 25, updated: 0, unchanged: 0, rejected: [] });
    const { cases } = await api.call('ledger.list', {});
    expect(cases.map((c) => c.caseNo).slice(0, 11)).toEqual([
      'S-1',
      'S-2',
      'S-3',
      'S-4',
      'S-5',
      'S-6',
      'S-7',
      'S-8',
      'S-9',
      'S-10',
      'S-11',
    ]);
    expect(cases[0]).toMatchObject({
      name: '架空 太郎1',
      abuseTypes: ['身体的', '心理的'],
      riskLevel: '軽度',
      nextReview: '2026-03',
      extra: { 担当CW: '担当1' },
    });
    const detail = await api.call('ledger.get', { caseNo: 'S-3' });
    expect(detail.history).toMatchObject([{ source: 'import', field: '*', detail: '台帳.xlsx' }]);

    const second = await importFile(api, '台帳.xlsx', file);
    expect(second.report).toMatchObject({ imported: 0, updated: 0, unchanged: 25 });
    expect((await api.call('ledger.get', { caseNo: 'S-3' })).history).toHaveLength(1);

    const phases = events.filter((e) => e.name === 'ledger.importProgress').map((e) => e.payload.phase);
    expect(new Set(phases)).toEqual(new Set(['read', 'parse', 'write']));
    expect(events.filter((e) => e.name === 'ledger.changed')).toHaveLength(1);
    backend.close();
    expect(containsText(readFileSync(dbPath), '架空 太郎1')).toBe(false);
  });

  it('updates changed cases with import history, and keeps fields the file has no column for', async () => {
    const { backend, api } = await unlocked();
    await importFile(api, 'v1.xlsx', await makeXlsx([{ name: '台帳', rows: ledgerRows(5) }]));
    await api.call('ledger.update', { caseNo: 'S-2', changes: { district: '北地区' } });
    const v2 = ledgerRows(6, (i) => (i === 2 ? '家庭訪問を月1回' : `見守り継続${i}`));
    const { report } = await importFile(api, 'v2.xlsx', await makeXlsx([{ name: '台帳', rows: v2 }]));
    expect(report).toMatchObject({ imported: 1, updated: 1, unchanged: 4, rejected: [] });
    const s2 = await api.call('ledger.get', { caseNo: 'S-2' });
    expect(s2.case.policy).toBe('家庭訪問を月1回');
    expect(s2.case.district).toBe('北地区');
    expect(s2.history.at(-1)).toMatchObject({
      source: 'import',
      field: 'policy',
      oldValue: '見守り継続2',
      newValue: '家庭訪問を月1回',
      detail: 'v2.xlsx',
    });

    // A partial list: only 登録番号 and 支援方針. Everything else stays.
    const partial = await makeXlsx([
      {
        name: '方針',
        rows: [
          ['登録番号', '支援方針'],
          ['S-1', '終結に向けて調整'],
        ],
      },
    ]);
    const third = await importFile(api, 'partial.xlsx', partial);
    expect(third.report).toMatchObject({ imported: 0, updated: 1, unchanged: 0 });
    const s1 = (await api.call('ledger.get', { caseNo: 'S-1' })).case;
    expect(s1).toMatchObject({
      policy: '終結に向けて調整',
      name: '架空 太郎1',
      riskLevel: '軽度',
      extra: { 担当CW: '担当1' },
    });
    backend.close();
  });

  it('reports rejected rows and imports the rest', async () => {
    const { backend, api } = await unlocked();
    const rows = ledgerRows(3);
    rows.push(['S-1', '要保護児童', '重複 花子']);
    rows.push([null, '要保護児童', '番号 なし']);
    rows.push(['S-9', '要保護児童', '日付 不正', 'ひづけ', 'R7.13.1']);
    const { report } = await importFile(api, 'bad.xlsx', await makeXlsx([{ name: '台帳', rows }]));
    expect(report.imported).toBe(3);
    expect(report.rejected.map((r) => [r.sheet, r.row])).toEqual([
      ['台帳', 6],
      ['台帳', 7],
      ['台帳', 8],
    ]);
    expect((await api.call('ledger.list', {})).cases).toHaveLength(3);
    backend.close();
  });

  it('reads CSV in Shift_JIS and in UTF-8 with and without BOM, quotes and newlines included', async () => {
    const { backend, api } = await unlocked();
    const lines = [
      LEDGER_HEADER.join(','),
      'C-1,要保護児童,髙橋　花子,たかはし はなこ,R6.5.1,女,ネグレクト,中度,市こども家庭センター,"家庭訪問、""声かけ""\n月2回",R8.1,担当A',
      'C-2,特定妊婦,山﨑 さくら,やまさき さくら,,女,,危惧,保健センター,"妊婦健診の受診確認",2026/02,担当B',
    ];
    const text = lines.join('\r\n') + '\r\n';
    const sjis = await api.call('ledger.importPreview', {
      fileName: 'sjis.csv',
      dataBase64: b64(iconv.encode(text, 'cp932')),
    });
    expect(sjis.report).toMatchObject({ imported: 2, rejected: [] });
    expect(sjis.sheets[0]?.name).toBe('sjis');
    const utf8 = await api.call('ledger.importPreview', {
      fileName: 'u.csv',
      dataBase64: b64(Buffer.from(text, 'utf8')),
    });
    const bom = await api.call('ledger.importPreview', {
      fileName: 'b.csv',
      dataBase64: b64(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
    });
    for (const p of [sjis, utf8, bom]) {
      const sample = p.sheets[0]?.sample.map((s) => s.case) ?? [];
      expect(sample[0]).toMatchObject({
        caseNo: 'C-1',
        name: '髙橋 花子',
        policy: '家庭訪問、"声かけ"\n月2回',
        birthDate: '2024-05-01',
      });
      expect(sample[1]).toMatchObject({
        caseNo: 'C-2',
        name: '山﨑 さくら',
        classification: '特定妊婦',
        nextReview: '2026-02',
      });
    }
    await api.call('ledger.importCommit', { token: utf8.token });
    expect((await api.call('ledger.get', { caseNo: 'C-1' })).case.name).toBe('髙橋 花子');
    // A commit consumes its preview.
    await expect(api.call('ledger.importCommit', { token: utf8.token })).rejects.toMatchObject({ code: 'expired' });
    backend.close();
  });

  it('gives unreadable_file for a damaged xlsx, a binary file and an unknown type, and keeps working', async () => {
    const { backend, api } = await unlocked();
    const good = await makeXlsx([{ name: '台帳', rows: ledgerRows(3) }]);
    const damaged = [
      good.subarray(0, Math.floor(good.length / 2)),
      Buffer.concat([good.subarray(0, 200), Buffer.alloc(2000, 0x41)]),
      Buffer.from('PK\u0003\u0004 not a zip at all'),
    ];
    for (const bytes of damaged) {
      await expect(
        api.call('ledger.importPreview', { fileName: '壊れた.xlsx', dataBase64: b64(bytes) }),
      ).rejects.toMatchObject({
        code: 'unreadable_file',
        message: expect.stringMatching(
          /^「壊れた\.xlsx」は.*壊れているため読み込めません。台帳の Excel ファイル（\.xlsx・\.xlsm・\.xls）、LibreOffice Calc のファイル（\.ods）、または CSV ファイルを選んでください。$/,
        ),
      });
    }
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
      Buffer.from('Workbook', 'utf16le'),
    ]);
    await expect(
      api.call('ledger.importPreview', { fileName: '台帳.xlsx', dataBase64: b64(xls) }),
    ).rejects.toMatchObject({
      code: 'unreadable_file',
      // .xls is read now (issue 14): a container with only the stream's name is a damaged one.
      message: expect.stringContaining(
        '「台帳.xlsx」はExcel 97-2003 ファイル（.xls）として壊れているため読み込めません。',
      ),
    });
    await expect(
      api.call('ledger.importPreview', { fileName: 'memo.pdf', dataBase64: b64(Buffer.from('%PDF-1.4')) }),
    ).rejects.toMatchObject({ code: 'unreadable_file', message: expect.stringContaining('PDF ファイルです') });
    await expect(
      api.call('ledger.importPreview', { fileName: 'x.csv', dataBase64: b64(Buffer.from([1, 0, 2])) }),
    ).rejects.toMatchObject({ code: 'unreadable_file' });
    expect((await importFile(api, 'ok.xlsx', good)).report.imported).toBe(3);
    backend.close();
  });

  it('expires a preview after 30 minutes and re-applies a mapping at commit', async () => {
    let t = Date.UTC(2026, 3, 1);
    const { backend, api } = await unlocked(() => new Date(t));
    const file = await makeXlsx([{ name: '台帳', rows: ledgerRows(2) }]);
    const late = await api.call('ledger.importPreview', { fileName: 'a.xlsx', dataBase64: b64(file) });
    t += 30 * 60 * 1000 + 1;
    await expect(api.call('ledger.importCommit', { token: late.token })).rejects.toMatchObject({ code: 'expired' });

    const preview = await api.call('ledger.importPreview', { fileName: 'a.xlsx', dataBase64: b64(file) });
    const policyCol = preview.sheets[0]!.columns.find((c) => c.header === '支援方針')!;
    expect(policyCol.target).toBe('policy');
    const report = await api.call('ledger.importCommit', {
      token: preview.token,
      mapping: { 台帳: { [String(policyCol.index)]: 'ignore' } },
    });
    expect(report.imported).toBe(2);
    expect((await api.call('ledger.get', { caseNo: 'S-1' })).case.policy).toBeNull();
    backend.close();
  });
});
