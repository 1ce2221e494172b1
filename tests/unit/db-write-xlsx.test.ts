// The streaming ledger xlsx (db/files/write-xlsx.ts) keeps what the in-memory one had: header row with
// its fill, frozen and printed on every page, real dates formatted as days, column widths by content,
// 取扱注意 in the page header/footer and the properties, and it reads back as the same rows.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../db/files/read-xlsx';
import { writeLedgerXlsx } from '../../db/files/write-xlsx';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';

const cases: LedgerCase[] = Array.from({ length: 30 }, (_, i) => ({
  ...emptyCase(`R7-${String(i + 1).padStart(3, '0')}`),
  name: i === 0 ? '長い名前の児童がいる場合の表示幅を確かめるための名前' : `児童 ${i + 1}`,
  birthDate: '2019-05-01',
  extra: { 担当CW: `担当${i}`, ...(i === 3 ? { 最終協議日: '2025/5/24' } : {}) },
}));

describe('writeLedgerXlsx', () => {
  it('writes the header, dates, widths, print setup and 取扱注意, and reads back', async () => {
    const bytes = await writeLedgerXlsx(cases, new Date(Date.UTC(2026, 10, 24)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    expect(wb.title).toBe('進行管理台帳（取扱注意）');
    expect([wb.subject, wb.keywords, wb.category]).toEqual(['取扱注意', '取扱注意', '取扱注意']);
    const ws = wb.getWorksheet('台帳')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      printTitlesRow: '1:1',
    });
    expect(ws.headerFooter.oddHeader).toContain('取扱注意');
    expect(ws.headerFooter.oddFooter).toContain('取扱注意');
    const headers = ws.getRow(1).values as unknown[];
    const birth = headers.indexOf('生年月日');
    const name = headers.indexOf('児童氏名');
    expect(ws.getCell(1, 1).font?.bold).toBe(true);
    expect(ws.getCell(1, 1).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } });
    expect(ws.getCell(2, birth).value).toEqual(new Date('2019-05-01T00:00:00Z'));
    expect(ws.getCell(2, birth).numFmt).toBe('yyyy/mm/dd');
    expect(ws.getColumn(name).width).toBe(50);
    expect(ws.getColumn(birth).width).toBe(Math.max('生年月日'.length * 2, 10) + 2);
    expect(headers).toContain('担当CW');
    expect(headers).toContain('最終協議日');
    expect(ws.rowCount).toBe(31);

    const [grid] = await readXlsx(bytes);
    expect(grid!.rows).toHaveLength(31);
    expect(grid!.rows[1]![birth - 1]).toEqual(new Date('2019-05-01T00:00:00Z'));
    expect(grid!.rows[30]![0]).toBe('R7-030');
  });
});
