import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../db/files/read-xlsx';
import { readLedgerFile } from '../../db/files/read-ledger-file';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('flattens rich text, hyperlinks, formulas and errors, keeps numbers/booleans and merges', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台帳');
    ws.getCell('A1').value = { richText: [{ text: '児童', font: { bold: true } }, { text: '氏名' }] };
    ws.getCell('B1').value = { text: '所属', hyperlink: 'https://example.invalid/' };
    ws.getCell('C1').value = { formula: 'A2*2', result: 84 };
    ws.getCell('D1').value = { formula: 'VLOOKUP(1,A:A,2)', result: { error: '#N/A' } };
    ws.getCell('E1').value = { error: '#REF!' };
    ws.getCell('A2').value = 42;
    ws.getCell('B2').value = true;
    ws.getCell('A4').value = '児童';
    ws.mergeCells('A4:B4');
    ws.getCell('C3').value = '3行目';
    wb.addWorksheet('空');
    const grids = await readXlsx(await bytesOf(wb));
    expect(grids.map((g) => g.name)).toEqual(['台帳', '空']);
    const [g] = grids;
    expect(g!.rows[0]).toEqual(['児童氏名', '所属', 84, '#N/A', '#REF!']);
    expect(g!.rows[1]).toEqual([42, true]);
    expect(g!.rows[2]).toEqual([null, null, '3行目']);
    expect(g!.rows[3]).toEqual(['児童', null]);
    expect(g!.merges).toEqual([{ top: 4, left: 1, bottom: 4, right: 2 }]);
    expect(grids[1]!.rows).toEqual([]);
  });

  it('gives Excel dates as UTC midnight, whatever the time part, also from a formula', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.getCell('A1').value = new Date(Date.UTC(2025, 3, 1));
    ws.getCell('A1').numFmt = 'yyyy/mm/dd';
    ws.getCell('A2').value = new Date(Date.UTC(2019, 4, 1, 18, 30));
    ws.getCell('A2').numFmt = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日"';
    ws.getCell('A3').value = { formula: 'A1+1', result: new Date(Date.UTC(2025, 3, 2)) };
    ws.getCell('A3').numFmt = 'yyyy/mm/dd';
    const [g] = await readXlsx(await bytesOf(wb));
    expect(g!.rows.map((r) => (r[0] as Date).toISOString())).toEqual([
      '2025-04-01T00:00:00.000Z',
      '2019-05-01T00:00:00.000Z',
      '2025-04-02T00:00:00.000Z',
    ]);
  });

  it('honours the 1904 date system', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('s');
    ws.getCell('A1').value = new Date(Date.UTC(2025, 3, 1));
    ws.getCell('A1').numFmt = 'yyyy/mm/dd';
    const bytes = await bytesOf(wb);
    // The file really stores the 1904 serial (2025-04-01 is 45748 in 1900, 44286 in 1904).
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('date1904="1"');
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<v>44286</v>');
    const [g] = await readXlsx(bytes);
    expect((g!.rows[0]![0] as Date).toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });
});

describe('readLedgerFile', () => {
  it('refuses damaged or foreign files with unreadable_file', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s').getCell('A1').value = 'x';
    const good = await bytesOf(wb);
    for (const [name, bytes] of [
      ['cut.xlsx', good.subarray(0, 100)],
      ['zip.xlsx', await new JSZip().file('hello.txt', 'not a workbook').generateAsync({ type: 'nodebuffer' })],
      ['a.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
      ['a.docx.csv', Buffer.from([0, 1, 2, 3])],
      ['a.json', Buffer.from('{}')],
    ] as const) {
      await expect(readLedgerFile(name, bytes), name).rejects.toMatchObject({ code: 'unreadable_file' });
    }
    await expect(readLedgerFile('renamed.csv', good)).resolves.toHaveLength(1);
  });
});
