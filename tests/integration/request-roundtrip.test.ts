// The request workbook the app writes is the one it reads back: filled in by another program (exceljs here, as
// an agency's Excel would), with the drop-downs' words, a typed synonym, an extra column and a column inserted
// between the items, it imports through reports.import with every cell kept.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIRST_CASE_ROW, HEADER_ROW, ANSWER_SHEET } from '../../shared/assessment/workbook-layout';
import { openDatabase } from '../../db/open';
import { createStore } from '../../db/repos/store';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const SCHOOL = '架空市立第一小学校';

/** Fills the written workbook as an agency would: answers under their headers, one column of its own. */
async function fillIn(base64: string, answers: Record<string, Record<string, string | number>>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  const sheet = workbook.getWorksheet(ANSWER_SHEET)!;
  // The agency inserts its own column after 氏名 (shifting every item column right) and fills it in.
  sheet.spliceColumns(3, 0, []);
  sheet.getCell(HEADER_ROW, 3).value = '学校の備考';
  const headers = new Map<string, number>();
  sheet.getRow(HEADER_ROW).eachCell((cell, col) => headers.set(String(cell.value), col));
  for (let row = FIRST_CASE_ROW; row <= sheet.rowCount; row++) {
    const caseNo = String(sheet.getCell(row, 1).value ?? '');
    const filled = answers[caseNo];
    if (!filled) continue;
    for (const [label, value] of Object.entries(filled)) sheet.getCell(row, headers.get(label)!).value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('the request workbook, written and read back', () => {
  it('imports what an agency filled in, keeping its own column and every answer', async () => {
    const t = await meetingBackend(tempDir(), '2026-11-30T01:00:00.000Z');
    await t.api.call('agencies.save', { name: SCHOOL, kind: '学校' });
    await t.api.call('ledger.create', { case: fakeCase('R8-0001', { affiliation: SCHOOL }) });
    await t.api.call('ledger.create', { case: fakeCase('R8-0002', { affiliation: SCHOOL }) });
    const meeting = await t.api.call('meetings.create', { meeting: fakeMeeting({ date: '2026-12-15' }) });
    const { request } = await t.api.call('requests.create', {
      meetingId: meeting.id,
      dueDate: '2026-12-08',
      agencies: [{ agency: SCHOOL, caseNos: ['R8-0001', 'R8-0002'] }],
    });
    const written = await t.api.call('requests.exportWorkbook', { requestId: request.id, agency: SCHOOL });

    const filled = await fillIn(written.dataBase64, {
      'R8-0001': {
        家に帰りたがらない: 'はい',
        欠席日数: 4,
        外傷: 'あり',
        安全スケール: 3,
        所見: '朝食なし',
        学校の備考: '兄も在籍',
      },
      'R8-0002': { 家に帰りたがらない: 'いいえ', 安全スケール: 8 },
    });
    const input = { fileName: '第一小_回答.xlsx', dataBase64: filled };
    const check = await t.api.call('reports.import', { ...input, dryRun: true });
    expect(check.rejected).toEqual([]);
    expect(check.answers).toMatchObject({ requestId: request.id, agency: SCHOOL, imported: 2 });
    await t.api.call('reports.import', input);

    // Read on a second connection, as another program would find the file.
    const db = openDatabase(t.dbPath, { passphrase: PASSPHRASE });
    const store = createStore(db);
    const stored = (id: string) => store.assessments.currentAnswer(request.id, SCHOOL, id);
    expect(stored('R8-0001')).toMatchObject({
      answers: {
        'child-home': 'はい',
        'attendance-days': 4,
        'attendance-injury': 'はい',
        'safety-scale': 3,
        findings: '朝食なし',
      },
      unread: {},
      extra: [{ header: '学校の備考', value: '兄も在籍' }],
    });
    expect(stored('R8-0002')?.answers).toEqual({ 'child-home': 'いいえ', 'safety-scale': 8 });
    db.close();
  });
});
