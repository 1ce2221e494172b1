// The hand-written xlsx reader (db/files/read-xlsx.ts): the same Grids exceljs's full load gave on
// generated workbooks, and each part of the format it reads by hand, on small hand-made packages.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../db/files/read-xlsx';
import { isDateFormatCode, serialToDate } from '../../db/files/xlsx-dates';
import type { Cell, Grid } from '../../shared/ledger/grid';
import { makeLedgerWorkbook } from '../fixtures';

/** The reader this one replaced, kept here as the reference: exceljs's whole-workbook load. */
async function exceljsGrids(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb.worksheets.map((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const covered = cell.isMerged && cell.master.address !== cell.address;
        cells[col - 1] = covered ? null : refCell(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= null;
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const merges = Object.values(
      (sheet as unknown as { _merges: Record<string, { model: Grid['merges'][0] }> })._merges,
    );
    return {
      name: sheet.name,
      rows,
      merges: merges.map(({ model: { top, left, bottom, right } }) => ({ top, left, bottom, right })),
    };
  });
}

function refCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return refCell(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return refCell(value.result ?? null);
  return null;
}

describe('readXlsx against exceljs', () => {
  it.each([
    { rows: 300, seed: 1, twoRowHeader: true, titleRows: 2, blankRows: true, totalsRow: true },
    { rows: 200, seed: 2, sheets: 'byClassification' as const, extraColumns: ['担当CW', '最終協議日'] },
    { rows: 150, seed: 3, problems: { duplicateCaseNo: 2, missingCaseNo: 2, badDate: 3 } },
  ])('gives the same grids for a generated ledger %#', async (options) => {
    const { buffer } = await makeLedgerWorkbook(options);
    expect(await readXlsx(buffer)).toEqual(await exceljsGrids(buffer));
  });

  it('gives the same grids for every kind of cell exceljs writes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A & B <台帳>');
    ws.getCell('A1').value = { richText: [{ text: '児童', font: { bold: true } }, { text: ' 氏名 ' }] };
    ws.getCell('B1').value = { text: 'リンク', hyperlink: 'https://example.invalid/' };
    ws.getCell('C1').value = { formula: 'A2*2', result: 84 };
    ws.getCell('D1').value = { formula: 'A1&"x"', result: '文字の結果' };
    ws.getCell('E1').value = { formula: 'NA()', result: { error: '#N/A' } };
    ws.getCell('F1').value = { error: '#DIV/0!' };
    ws.getCell('G1').value = 'a "quoted" <tag> & \'apos\'\r\n改行';
    ws.getCell('A2').value = -1.5e-7;
    ws.getCell('B2').value = false;
    ws.getCell('C2').value = new Date(Date.UTC(2026, 0, 31, 23, 59));
    ws.getCell('C2').numFmt = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日"';
    ws.getCell('D2').value = 45850;
    ws.getCell('D2').numFmt = '0"日"';
    ws.getCell('E2').value = 45850;
    ws.getCell('E2').numFmt = 'yyyy/m/d;@';
    ws.getCell('A5').value = '結合';
    ws.mergeCells('A5:C7');
    ws.getCell('Z9').value = '遠い';
    wb.addWorksheet('空');
    const second = wb.addWorksheet('二');
    second.getCell('B3').value = 'x';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const grids = await readXlsx(bytes);
    expect(grids).toEqual(await exceljsGrids(bytes));
    expect(grids[0]!.rows[1]).toEqual([
      -1.5e-7,
      false,
      new Date('2026-01-31T00:00:00Z'),
      45850,
      new Date('2025-07-12T00:00:00Z'),
    ]);
  });
});

/** A minimal xlsx package from the parts given (paths inside the zip → XML). */
function pack(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const workbook = (sheets: string, pr = '') =>
  `<?xml version="1.0"?><workbook xmlns:r="${REL}">${pr}<sheets>${sheets}</sheets></workbook>`;
const rels = (list: [id: string, type: string, target: string][]) =>
  `<Relationships>${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;
const sheet = (rows: string, extra = '') => `<worksheet><sheetData>${rows}</sheetData>${extra}</worksheet>`;

describe('readXlsx by hand-made parts', () => {
  it('reads shared strings: rich runs, furigana left out, xml:space, entities and _x000D_ escapes', async () => {
    const sst =
      '<sst><si><t xml:space="preserve"> 前後に空白 </t></si>' +
      '<si><r><rPr><b/></rPr><t>山田</t></r><r><t xml:space="preserve"> 太郎</t></r><rPh sb="0" eb="2"><t>ヤマダ</t></rPh></si>' +
      '<si><t>A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos; &#x20BB7;&#39641;</t></si>' +
      '<si><t>1行目_x000D_\n2行目 _x005F_x000D_</t></si><si/></sst>';
    const cells = [0, 1, 2, 3, 4].map((i) => `<c r="${'ABCDE'[i]}1" t="s"><v>${i}</v></c>`).join('');
    const [g] = await readXlsx(
      pack({
        'xl/workbook.xml': workbook('<sheet name="s" sheetId="1" r:id="rId1"/>'),
        'xl/_rels/workbook.xml.rels': rels([
          ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
          ['rId2', 'sharedStrings', 'sharedStrings.xml'],
        ]),
        'xl/sharedStrings.xml': sst,
        'xl/worksheets/sheet1.xml': sheet(`<row r="1">${cells}</row>`),
      }),
    );
    expect(g!.rows[0]).toEqual([' 前後に空白 ', '山田 太郎', 'A&B <c> "d" \'e\' 𠮷髙', '1行目\r\n2行目 _x000D_', '']);
  });

  it('reads every cell type, cells without r, a namespace prefix, absolute targets and skips chart sheets', async () => {
    const x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rows =
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>インライン</x:t></x:is></x:c><x:c t="str"><x:f>A1</x:f><x:v>式の文字</x:v></x:c>' +
      '<x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#VALUE!</x:v></x:c><x:c t="d"><x:v>2025-05-24T10:00:00</x:v></x:c>' +
      '<x:c s="1"/><x:c><x:f>SUM(A1)</x:f></x:c></x:row><x:row><x:c r="A3"><x:v>7</x:v></x:c></x:row>';
    const grids = await readXlsx(
      pack({
        'xl/workbook.xml': `<x:workbook ${x} xmlns:rel="${REL}"><x:sheets><x:sheet name="図" sheetId="2" rel:id="rId9"/><x:sheet name="表" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
        'xl/_rels/workbook.xml.rels': rels([
          ['rId1', 'worksheet', '/xl/worksheets/data.xml'],
          ['rId9', 'chartsheet', 'chartsheets/sheet1.xml'],
        ]),
        'xl/worksheets/data.xml': `<x:worksheet ${x}><x:sheetData>${rows}</x:sheetData></x:worksheet>`,
      }),
    );
    expect(grids.map((g) => g.name)).toEqual(['表']);
    expect(grids[0]!.rows).toEqual([
      [],
      [null, 'インライン', '式の文字', true, '#VALUE!', new Date('2025-05-24T00:00:00Z'), null, null],
      [7],
    ]);
  });

  it('reads dates by built-in (also 和暦) and custom formats, in the 1900 (with its phantom 1900-02-29) and 1904 systems', async () => {
    const styles =
      '<styleSheet><numFmts count="4"><numFmt numFmtId="164" formatCode="[$-ja-JP-x-gannen]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
      '<numFmt numFmtId="165" formatCode="#,##0&quot;日&quot;;[Red]\\-#,##0"/><numFmt numFmtId="166" formatCode="0.00E+00"/>' +
      '<numFmt numFmtId="167" formatCode="[$-411]ge.m.d"/></numFmts>' +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="57"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="49"/></cellXfs></styleSheet>';
    const row = (serials: number[]) =>
      `<row r="1">${serials.map((v, i) => `<c r="${'ABCDEFGHI'[i]}1" s="${i}"><v>${v}</v></c>`).join('')}</row>`;
    const parts = (pr: string) => ({
      'xl/workbook.xml': workbook('<sheet name="s" sheetId="1" r:id="rId1"/>', pr),
      'xl/_rels/workbook.xml.rels': rels([
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId3', 'styles', 'styles.xml'],
      ]),
      'xl/styles.xml': styles,
      'xl/worksheets/sheet1.xml': sheet(row([45748, 45748.75, 43586, 43586, 43586.5, 45748, 45748, 45748, 45748])),
    });
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const [g] = await readXlsx(pack(parts('')));
    expect(g!.rows[0]).toEqual([
      45748,
      day('2025-04-01'),
      day('2019-05-01'),
      day('2019-05-01'),
      day('2019-05-01'),
      45748,
      45748,
      day('2025-04-01'),
      45748,
    ]);
    const [g1904] = await readXlsx(pack(parts('<workbookPr date1904="1"/>')));
    expect(g1904!.rows[0]![1]).toEqual(day('2029-04-02'));
    expect([1, 59, 60, 61, 0].map((s) => serialToDate(s, false)?.toISOString().slice(0, 10))).toEqual([
      '1900-01-01',
      '1900-02-28',
      '1900-03-01',
      '1900-03-01',
      '1899-12-31',
    ]);
    expect(serialToDate(0, true)?.toISOString().slice(0, 10)).toBe('1904-01-01');
    expect(serialToDate(-1, false)).toBeNull();
  });

  it('tells date format codes from number and text ones', () => {
    for (const code of [
      'yyyy/mm/dd',
      'm/d',
      '[$-ja-JP-x-gannen]ggge"年"m"月"d"日"',
      'ge.m.d',
      '[h]:mm',
      'yyyy"年"m"月";@',
      'bbbb/mm',
    ])
      expect(isDateFormatCode(code), code).toBe(true);
    for (const code of [
      'General',
      '0.00E+00',
      '#,##0"日"',
      '[Red]0',
      '"yyyy"0',
      '\\d0',
      '@',
      '0_m',
      '[DBNum1][$-411]0',
    ])
      expect(isDateFormatCode(code), code).toBe(false);
  });

  it('throws on a package that is not a workbook or is cut short', async () => {
    await expect(readXlsx(pack({ 'hello.txt': 'x' }))).rejects.toThrow();
    const good = pack({
      'xl/workbook.xml': workbook('<sheet name="s" sheetId="1" r:id="rId1"/>'),
      'xl/_rels/workbook.xml.rels': rels([['rId1', 'worksheet', 'worksheets/sheet1.xml']]),
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>',
    });
    await expect(readXlsx(good)).rejects.toThrow();
  });
});
