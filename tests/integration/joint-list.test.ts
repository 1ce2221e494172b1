// The 合同ケース会議's proposals and standing list through the backend on a real encrypted file: a family not in
// the ledger proposed and accepted (its センター支援 case created with a 新規登録 history row naming the proposal),
// a 見送り, a case added and taken off by hand; the write-back's leave/undoLeave; the suggestion of a 合同ケース会議
// (= the list, reason 名簿, a 臨時開催 narrowed to picked cases) and of a 実務者会議 (no センター支援 case); the list
// showing the meeting's recorded decision; the workbook read back.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LINE_HEIGHT_PT, ROW_PADDING_PT } from '../../db/documents/xlsx-print';
import { createStore } from '../../db/repos/store';
import { openDatabase } from '../../db/open';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import type { ProposalInput } from '../../shared/joint/types';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';
import { decryptWithMsoffcrypto, isOle2 } from './office-decrypt';

const tempDir = useTempDirs();

const PREGNANT: ProposalInput = {
  proposer: '保健師A',
  function: '母子保健',
  proposedOn: '2026-11-20',
  reason: '特定妊婦の可能性',
  reasonText: '妊婦健診の未受診が続く',
  caseNo: null,
  family: {
    name: '架空　妊婦',
    kana: 'かくう にんぷ',
    birthDate: '2001-02-03',
    dueDate: '2027-03-01',
    district: '北地区',
    guardianName: null,
  },
};

async function setUp() {
  const t = await meetingBackend(tempDir(), '2026-11-30T01:00:00.000Z');
  await t.api.call('settings.update', { operatorName: '統括支援員A' });
  await t.api.call('ledger.create', { case: fakeCase('R8-001') });
  await t.api.call('ledger.create', { case: fakeCase('R8-002', { nextReview: '2026-11' }) });
  return t;
}

describe('joint.*', () => {
  it('accepts a family not in the ledger: a センター支援 case with history, on the list', async () => {
    const t = await setUp();
    const { id } = await t.api.call('joint.propose', { proposal: PREGNANT });
    const before = await t.api.call('joint.overview', {});
    expect(before.proposals.map((p) => [p.id, p.status])).toEqual([[id, 'open']]);
    expect(before.nextCaseNo).toBe('CR8-0001');

    const { caseNo } = await t.api.call('joint.accept', { id });
    expect(caseNo).toBe('CR8-0001');
    const detail = await t.api.call('ledger.get', { caseNo });
    expect(detail.case).toMatchObject({
      name: '架空　妊婦',
      dueDate: '2027-03-01',
      registration: 'センター支援',
      registeredDate: '2026-11-30',
      receivedDate: '2026-11-20',
    });
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({ field: '*', by: '統括支援員A' });
    expect(detail.history[0]!.detail).toContain(`提案#${id}`);
    expect(detail.history[0]!.detail).toContain('母子保健');

    const after = await t.api.call('joint.overview', {});
    expect(after.proposals[0]).toMatchObject({ status: 'accepted', caseNo, decidedBy: '統括支援員A' });
    expect(after.rows.map((r) => [r.caseNo, r.registration, r.proposedBy, r.joinedOn])).toEqual([
      [caseNo, 'センター支援', '母子保健：特定妊婦の可能性', '2026-11-30'],
    ]);
    expect(after.nextCaseNo).toBe('CR8-0002');
    // Accepted once: a second accept is refused, nothing changes.
    await expect(t.api.call('joint.accept', { id })).rejects.toMatchObject({ code: 'conflict' });
    const { events } = await t.api.call('joint.history', { caseNo });
    expect(events.map((e) => [e.kind, e.by])).toEqual([['joined', '統括支援員A']]);
  });

  it('accepts under an edited number, refuses a taken one, and declines with a reason', async () => {
    const t = await setUp();
    const first = await t.api.call('joint.propose', { proposal: PREGNANT });
    await expect(t.api.call('joint.accept', { id: first.id, caseNo: 'R8-001' })).rejects.toMatchObject({
      code: 'duplicate',
    });
    expect((await t.api.call('joint.overview', {})).proposals[0]!.status).toBe('open');
    expect((await t.api.call('joint.accept', { id: first.id, caseNo: 'CR8-0100' })).caseNo).toBe('CR8-0100');

    const second = await t.api.call('joint.propose', {
      proposal: { ...PREGNANT, function: '児童福祉', reason: '新規の相談', caseNo: 'R8-001', family: null },
    });
    await t.api.call('joint.decline', { id: second.id, reason: '要対協で対応中' });
    const { proposals, rows } = await t.api.call('joint.overview', {});
    expect(proposals.find((p) => p.id === second.id)).toMatchObject({
      status: 'declined',
      declineReason: '要対協で対応中',
      caseName: '架空　R8-001',
    });
    expect(rows.map((r) => r.caseNo)).toEqual(['CR8-0100']);
  });

  it('adds and takes off by hand with history; leave and undoLeave for the write-back', async () => {
    const t = await setUp();
    await t.api.call('joint.add', { caseNo: 'R8-001', on: '2026-11-30', reason: '要対協終結後の見守り' });
    await expect(t.api.call('joint.add', { caseNo: 'R8-001', on: '2026-11-30', reason: '二重' })).rejects.toMatchObject(
      { code: 'duplicate' },
    );
    await t.api.call('joint.add', { caseNo: 'R8-002', on: '2026-11-30', reason: '新規の相談' });
    await t.api.call('joint.leave', { caseNo: 'R8-001', on: '2026-12-01', reason: '転出' });
    const { events } = await t.api.call('joint.history', { caseNo: 'R8-001' });
    expect(events.map((e) => [e.kind, e.on, e.reason])).toEqual([
      ['joined', '2026-11-30', '要対協終結後の見守り'],
      ['left', '2026-12-01', '転出'],
    ]);

    // The write-back's calls, on the repository inside its own transaction.
    t.backend.close();
    const db = openDatabase(t.dbPath, { passphrase: PASSPHRASE });
    try {
      const store = createStore(db);
      const left = store.tx(() =>
        store.joint.leave('R8-002', {
          at: '2026-12-02T01:00:00.000Z',
          by: '統括支援員A',
          reason: '名簿から外す（会議#1）',
          applicationId: 7,
        }),
      );
      expect(left).toBe(true);
      expect(
        store.joint.leave('R8-002', { at: '2026-12-02T01:00:00.000Z', by: 'x', reason: 'x', applicationId: 8 }),
      ).toBe(false);
      expect(store.joint.caseNos().has('R8-002')).toBe(false);
      expect(store.tx(() => store.joint.undoLeave(7))).toEqual([]);
      expect(store.joint.entry('R8-002')).toMatchObject({ joinedOn: '2026-11-30', reason: '新規の相談' });
      // Undone already: nothing more to do, nothing refused.
      expect(store.joint.undoLeave(7)).toEqual([]);
      // A leave whose case came back on the list by hand cannot be undone: it is named.
      store.joint.leave('R8-002', { at: '2026-12-03T01:00:00.000Z', by: 'A', reason: 'r', applicationId: 9 });
      store.joint.join(
        { caseNo: 'R8-002', joinedOn: '2026-12-04', joinedBy: 'A', reason: '再提案', proposalId: null },
        'x',
      );
      expect(store.joint.undoLeave(9)).toEqual(['R8-002']);
      expect(store.joint.events('R8-002').map((e) => e.kind)).toEqual(['joined', 'left', 'returned', 'left', 'joined']);
    } finally {
      db.close();
    }
  });

  it('a 合同ケース会議 suggests the list (名簿), a 実務者会議 skips センター支援; the list shows the decision', async () => {
    const t = await setUp();
    const { id } = await t.api.call('joint.propose', { proposal: PREGNANT });
    const { caseNo } = await t.api.call('joint.accept', { id });
    await t.api.call('joint.add', { caseNo: 'R8-002', on: '2026-11-30', reason: '新規の相談' });

    const joint = await t.api.call('meetings.create', {
      meeting: fakeMeeting({ kind: '合同ケース会議', title: '合同ケース会議（架空）', date: '2026-12-03' }),
    });
    const agenda = await t.api.call('agenda.suggest', { meetingId: joint.id });
    // 確認 first (the due review), then 協議 (the new registration), as every suggestion orders them.
    expect(agenda.items.map((i) => [i.caseNo, i.group, i.reasons])).toEqual([
      ['R8-002', 'quick', ['REVIEW_DUE', 'JOINT_LIST']],
      [caseNo, 'deep', ['NEW', 'JOINT_LIST']],
    ]);
    // R8-001 (not on the list) is not taken up even with a reason (its 次回確認 is due).
    await t.api.call('ledger.update', { caseNo: 'R8-001', changes: { nextReview: '2026-11' } });
    expect((await t.api.call('agenda.suggest', { meetingId: joint.id })).items.map((i) => i.caseNo)).toEqual([
      'R8-002',
      caseNo,
    ]);

    // 臨時開催: only the picked list cases.
    const extra = await t.api.call('meetings.create', {
      meeting: fakeMeeting({
        kind: '合同ケース会議',
        title: '臨時の合同ケース会議',
        date: '2026-12-01',
        scope: { ...fakeMeeting().scope, caseNos: [caseNo] },
      }),
    });
    expect((await t.api.call('agenda.suggest', { meetingId: extra.id })).items.map((i) => i.caseNo)).toEqual([caseNo]);

    // A 実務者会議 (every other kind) looks at 要対協登録 cases only, all active ones here.
    const practitioners = await t.api.call('meetings.create', { meeting: fakeMeeting({ date: '2026-12-03' }) });
    const p = await t.api.call('agenda.suggest', { meetingId: practitioners.id, allActive: true });
    expect(p.items.map((i) => i.caseNo).sort()).toEqual(['R8-001', 'R8-002']);

    // The meeting's recorded decision is what the list shows.
    await t.api.call('live.command', { meetingId: joint.id, command: { type: 'start' } });
    await t.api.call('decisions.save', {
      meetingId: joint.id,
      caseNo,
      state: 'recorded',
      decision: {
        ...EMPTY_DECISION,
        policy: '母子保健が妊婦訪問',
        nextReview: '2027-01',
        judgement: { kind: '特定妊婦', grounds: '未受診' },
        leadFunction: '母子保健',
        listAction: '継続',
      },
    });
    const row = (await t.api.call('joint.overview', {})).rows.find((r) => r.caseNo === caseNo)!;
    expect(row).toMatchObject({
      lastMeeting: { id: joint.id, date: '2026-12-03', title: '合同ケース会議（架空）' },
      judgement: '特定妊婦',
      leadFunction: '母子保健',
      policy: '母子保健が妊婦訪問',
      nextReview: '2027-01',
      planStatus: 'なし',
    });

    // The workbook: 取扱注意, the rows as shown, a password when asked.
    const file = await t.api.call('joint.export', {});
    expect(file.fileName).toBe('合同ケース会議名簿_2026-11-30.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
    const sheet = wb.getWorksheet('名簿')!;
    expect(wb.subject).toBe('取扱注意');
    expect(sheet.headerFooter.oddHeader).toContain('取扱注意');
    expect(sheet.getRow(1).getCell(1).text).toBe('登録番号');
    expect(sheet.getRow(2).getCell(1).text).toBe(caseNo);
    expect(sheet.getRow(2).getCell(3).text).toBe('センター支援');
    expect(sheet.getRow(2).getCell(8).text).toBe('特定妊婦');
    expect(sheet.getRow(2).getCell(6).value).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(sheet.getRow(3).getCell(1).text).toBe('R8-002');
    // A row of one-line texts and dates is one line tall (a date's JavaScript text once made it many).
    expect(sheet.getRow(3).height).toBeLessThanOrEqual(LINE_HEIGHT_PT + ROW_PADDING_PT);
    const locked = await t.api.call('joint.export', { filePassword: 'himitsu-1234' });
    const bytes = Buffer.from(locked.dataBase64, 'base64');
    expect(isOle2(bytes)).toBe(true);
    expect(decryptWithMsoffcrypto(bytes, 'wrong-pass')).toBeInstanceOf(Error);
    const parts = decryptWithMsoffcrypto(bytes, 'himitsu-1234');
    expect(parts).not.toBeInstanceOf(Error);
    t.backend.close();
  });
});
