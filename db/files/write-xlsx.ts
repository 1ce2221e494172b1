// The export workbook: one sheet 台帳 whose row 1 is the header, so re-importing it is exact. The 取扱注意
// marking goes in the printed header/footer and the workbook properties, never in a row above the header.
import ExcelJS from 'exceljs';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { caseToExportRow, collectExtraHeaders } from '../../shared/ledger/fields';

export const CONFIDENTIAL = '取扱注意';

/** `cases` in the order they should appear. */
export async function writeLedgerXlsx(cases: readonly LedgerCase[], now: Date): Promise<Buffer> {
  const extras = collectExtraHeaders(cases);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsunagu';
  workbook.title = `進行管理台帳（${CONFIDENTIAL}）`;
  workbook.subject = CONFIDENTIAL;
  workbook.keywords = CONFIDENTIAL;
  workbook.category = CONFIDENTIAL;
  workbook.description = '要保護児童対策地域協議会の進行管理台帳です。関係者以外に渡さないでください。';
  workbook.created = now;
  workbook.modified = now;

  const sheet = workbook.addWorksheet('台帳', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
    headerFooter: {
      oddHeader: `&L&"-,Bold"${CONFIDENTIAL}&R進行管理台帳`,
      oddFooter: `&L${CONFIDENTIAL}&C&P / &N`,
    },
  });

  const headers = caseToExportRow(emptyCase(''), extras).map((entry) => entry.header);
  const widths = headers.map((h) => displayWidth(h));
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });

  const dateColumns = new Set<number>();
  for (const c of cases) {
    const values = caseToExportRow(c, extras).map((entry) => entry.value);
    values.forEach((value, i) => {
      if (value instanceof Date) dateColumns.add(i + 1);
      const w = value instanceof Date ? 10 : displayWidth(value ?? '');
      if (w > (widths[i] ?? 0)) widths[i] = w;
    });
    sheet.addRow(values);
  }
  for (const col of dateColumns) sheet.getColumn(col).numFmt = 'yyyy/mm/dd';
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = Math.min(Math.max(w + 2, 8), 50);
  });
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/** Full-width characters take two columns in Excel's width unit. Only the longest line counts. */
function displayWidth(text: string): number {
  let max = 0;
  for (const line of text.split(/\r?\n/)) {
    let w = 0;
    for (const ch of line) w += (ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1;
    if (w > max) max = w;
  }
  return max;
}
