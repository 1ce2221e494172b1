// The export workbook: one sheet 台帳 whose row 1 is the header, so re-importing it is exact. The 取扱注意
// marking goes in the printed header/footer and the workbook properties, never in a row above the header.
//
// Written streaming (exceljs's WorkbookWriter, inline strings): each row is serialized and dropped as it
// is added, so 50,000 rows take seconds and tens of MB instead of exceljs's whole in-memory model (26 s,
// 1.6 GB). The columns (widths, date format) are fixed before the first row, hence a first pass to
// measure them. It runs in the file worker (db/workers/), not on the backend's event loop.
import { PassThrough } from 'node:stream';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { caseToExportRow, collectExtraHeaders } from '../../shared/ledger/fields';

export const CONFIDENTIAL = '取扱注意';

/** `cases` in the order they should appear. */
export async function writeLedgerXlsx(cases: readonly LedgerCase[], now: Date): Promise<Buffer> {
  const extras = collectExtraHeaders(cases);
  const headers = caseToExportRow(emptyCase(''), extras).map((entry) => entry.header);
  const widths = headers.map((h) => displayWidth(h));
  const dateColumns = new Set<number>();
  for (const c of cases) {
    caseToExportRow(c, extras).forEach(({ value }, i) => {
      if (value instanceof Date) dateColumns.add(i + 1);
      const w = value instanceof Date ? 10 : displayWidth(value ?? '');
      if (w > (widths[i] ?? 0)) widths[i] = w;
    });
  }

  // Loaded on first use: the file worker starts without it (reading needs only node:zlib).
  const { default: ExcelJS } = await import('exceljs');
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
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
  sheet.columns = widths.map((w, i) => ({
    width: Math.min(Math.max(w + 2, 8), 50),
    ...(dateColumns.has(i + 1) ? { style: { numFmt: 'yyyy/mm/dd' } } : {}),
  }));

  const header = sheet.addRow(headers);
  header.eachCell((cell) => {
    // Per cell, not per row: a row style would also paint the empty cells to the right of the table.
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });
  header.commit();
  for (const c of cases) sheet.addRow(caseToExportRow(c, extras).map((entry) => entry.value)).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
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
