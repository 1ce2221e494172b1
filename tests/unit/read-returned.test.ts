// The returned request workbook read against the request as sent: every cell an agency wrote is kept
// (answers, unread cells as written, extra columns), rows not asked are rejected, blank rows are not answers.
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../db/files/read-xlsx';
import { isRequestWorkbook, NO_ANSWER, readReturned, returnedHead } from '../../shared/assessment/read-returned';
import { DEFAULT_ASSESSMENT_ITEMS } from '../../shared/assessment/sheet';
import type { AssessmentRequest } from '../../shared/assessment/types';
import { returnedGrids, returnedWorkbook, type ReturnedWorkbook } from '../helpers/returned-workbook';

const request: AssessmentRequest = {
  id: 7,
  meetingId: 3,
  dueDate: '2026-12-10',
  items: [...DEFAULT_ASSESSMENT_ITEMS],
  agencies: [
    { agency: '架空市立第一小学校', caseNos: ['R7-0001', 'R7-0002', 'R7-0003'] },
    { agency: '架空保育所', caseNos: ['R7-0004'] },
  ],
  createdAt: '2026-12-01T00:00:00.000Z',
  createdBy: '事務局',
};

const spec = (over: Partial<ReturnedWorkbook> = {}): ReturnedWorkbook => ({
  requestId: 7,
  agency: '架空市立第一小学校',
  items: request.items,
  cases: [
    {
      caseNo: 'R7-0001',
      name: '架空 太郎',
      answers: { 欠席日数: '3日', 外傷: 'はい', 家に帰りたがらない: 'いいえ', 安全スケール: 6, 所見: '元気がない' },
      filledOn: new Date(Date.UTC(2026, 11, 5)),
      filledBy: '担任A',
    },
    { caseNo: 'R7-0002', answers: { 外傷: '不明' } },
  ],
  ...over,
});

function read(over: Partial<ReturnedWorkbook> = {}) {
  const result = readReturned(returnedGrids(spec(over)), request);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('readReturned', () => {
  it('reads each case row as answers by item id, with 記入日 and 記入者', () => {
    const r = read();
    expect(r.agency).toBe('架空市立第一小学校');
    expect(r.rejected).toEqual([]);
    expect(r.rows.map((x) => [x.caseNo, x.row])).toEqual([
      ['R7-0001', 9],
      ['R7-0002', 10],
    ]);
    expect(r.rows[0]!.data).toEqual({
      answers: {
        'attendance-days': 3,
        'attendance-injury': 'はい',
        'child-home': 'いいえ',
        'safety-scale': 6,
        findings: '元気がない',
      },
      unread: {},
      extra: [],
      filledOn: '2026-12-05',
      filledBy: '担任A',
    });
    expect(r.rows[1]!.data.answers).toEqual({ 'attendance-injury': '不明' });
  });

  it('keeps an extra column and a column inserted in the middle, with their headers', () => {
    const cases = spec().cases.map((c, i) => ({
      ...c,
      extra: { 備考: `備考${i}`, 担任メモ: i === 0 ? 'メモ' : null },
    }));
    const r = read({ cases, extraColumns: ['備考'], insertedColumn: { after: '外傷', header: '担任メモ' } });
    expect(r.rows[0]!.data.extra).toEqual([
      { header: '担任メモ', value: 'メモ' },
      { header: '備考', value: '備考0' },
    ]);
    // The columns after the inserted one are still matched by their header.
    expect(r.rows[0]!.data.answers['child-home']).toBe('いいえ');
    expect(r.rows[1]!.data.extra).toEqual([{ header: '備考', value: '備考1' }]);
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining(['列「担任メモ」は回答と一緒に保存します', '列「備考」は回答と一緒に保存します']),
    );
  });

  it('keeps a value written in a column without a header, named by its letter', () => {
    const grids = returnedGrids(spec());
    const row = grids[0]!.rows[8]!;
    const width = grids[0]!.rows[7]!.length;
    row[width] = '欄外のメモ';
    const r = readReturned(grids, request);
    // 4 leading columns, 20 items and 記入日・記入者: the first column past the table is the 27th, AA.
    expect(width).toBe(26);
    expect(r.ok && r.rows[0]!.data.extra).toEqual([{ header: '（見出しなし・AA列）', value: '欄外のメモ' }]);
  });

  it('reads a file without the hidden sheet by its visible 依頼番号 and 機関名', () => {
    const grids = returnedGrids(spec({ hiddenSheet: false }));
    expect(grids).toHaveLength(1);
    expect(isRequestWorkbook(grids)).toBe(true);
    expect(returnedHead(grids)).toMatchObject({ requestId: 7, agency: '架空市立第一小学校' });
    const r = readReturned(grids, request);
    expect(r.ok && r.rows.length).toBe(2);
  });

  it('reads the hidden sheet as sent when the visible cells were changed', () => {
    const grids = returnedGrids(spec({ visibleRequestNo: '七', visibleAgency: '第一小' }));
    expect(returnedHead(grids)).toMatchObject({ requestId: 7, agency: '架空市立第一小学校' });
  });

  it('is not a request workbook without the marker and without a number next to 依頼番号', () => {
    const grids = returnedGrids(spec({ hiddenSheet: false, visibleRequestNo: null }));
    expect(isRequestWorkbook(grids)).toBe(false);
    expect(isRequestWorkbook([{ name: 'Sheet1', rows: [['登録番号', '報告日']], merges: [] }])).toBe(false);
  });

  it('reads the words typed instead of the drop-down and keeps an unreadable cell as written', () => {
    const r = read({
      cases: [
        {
          caseNo: 'R7-0001',
          answers: {
            外傷: 'あり',
            経済的な困窮: '○',
            家に帰りたがらない: 'たぶん',
            安全スケール: '12',
            欠席日数: '3 日',
          },
        },
      ],
    });
    const data = r.rows[0]!.data;
    expect(data.answers).toEqual({ 'attendance-injury': 'はい', 'family-money': 'はい', 'attendance-days': 3 });
    expect(data.unread).toEqual({ 'child-home': 'たぶん', 'safety-scale': '12' });
    const msgs = r.warnings.filter((w) => w.caseNo === 'R7-0001');
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toMatchObject({ sheet: 'アセスメントシート', row: 9 });
    expect(msgs[0]!.message).toContain('列「家に帰りたがらない」の「たぶん」');
  });

  it('rejects a case not asked of this agency, and warns of a row with nothing written', () => {
    const r = read({
      cases: [
        { caseNo: 'R7-0001', name: '架空 太郎' },
        { caseNo: 'R7-0004', answers: { 外傷: 'はい' } },
        { caseNo: 'R7-0003', answers: { 外傷: 'いいえ' } },
      ],
    });
    expect(r.rows.map((x) => x.caseNo)).toEqual(['R7-0003']);
    expect(r.rejected).toEqual([
      {
        sheet: 'アセスメントシート',
        row: 10,
        caseNo: 'R7-0004',
        reason: 'この機関への依頼（依頼番号7）にないケースです',
      },
    ]);
    expect(r.warnings).toContainEqual({ sheet: 'アセスメントシート', row: 9, caseNo: 'R7-0001', message: NO_ANSWER });
  });

  it('refuses the whole file of an agency the request did not ask', () => {
    const r = readReturned(returnedGrids(spec({ agency: '架空中学校' })), request);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('依頼番号7の依頼先にない機関のファイルです（機関名「架空中学校」）');
  });

  it('finds the header row when the agency inserted rows above the table', () => {
    const r = read({ rowsAbove: 3 });
    expect(r.rows.map((x) => [x.caseNo, x.row])).toEqual([
      ['R7-0001', 12],
      ['R7-0002', 13],
    ]);
    expect(r.rows[0]!.data.answers['attendance-injury']).toBe('はい');
  });

  it('matches a case number written in full width, and rejects a second row of the same case', () => {
    const r = read({
      cases: [
        { caseNo: 'Ｒ７－０００１', answers: { 外傷: 'はい' } },
        { caseNo: 'R7-0001', answers: { 外傷: 'いいえ' } },
      ],
    });
    expect(r.rows.map((x) => x.caseNo)).toEqual(['R7-0001']);
    expect(r.rows[0]!.data.answers['attendance-injury']).toBe('はい');
    expect(r.rejected[0]).toMatchObject({ row: 10, caseNo: 'R7-0001' });
  });

  it('keeps the hidden sheet through the xlsx reader, and reads the file exceljs wrote', async () => {
    const grids = await readXlsx(await returnedWorkbook(spec({ extraColumns: ['備考'] })));
    expect(grids.map((g) => g.name)).toEqual(['アセスメントシート', '_tsunagu']);
    const r = readReturned(grids, request);
    expect(r.ok && r.rows[0]!.data.filledOn).toBe('2026-12-05');
    expect(r.ok && r.rows[0]!.data.answers['attendance-days']).toBe(3);
  });
});
