// How every workbook the app writes prints: long text wraps inside its cell, top-aligned, in a row tall enough
// to show all of it (Excel and LibreOffice do not grow a row by themselves for text written by a program, so a
// multi-line cell would print as one cut-off line); A4, as wide as one page, as many pages down as it takes,
// the header row repeated on each page, 取扱注意 in the header and footer.
// The row height is an estimate from the text, not a measurement: the column width counts '0's of the default
// font, a CJK character is about two of them, and a line of 11-pt text takes 15 pt.
import type ExcelJS from 'exceljs';

/** The height of one line of 11-pt text in points, and what a row adds around it. */
export const LINE_HEIGHT_PT = 15;
export const ROW_PADDING_PT = 5;
/** Excel's ceiling for a row height in points. */
const MAX_ROW_PT = 409;

/** Width in '0' units: full-width (CJK, kana, full-width forms) characters count double. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // kana, CJK compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms (not the half-width katakana after them)
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) || // pictographs
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extension planes (𠮷)
  );
}

/**
 * How many lines `text` takes in a column `columnWidth` '0's wide with wrapping on: each of its own lines
 * wraps at the column's width less a character of cell padding. Character by character, as CJK text wraps
 * (Latin words wrap a little earlier, which the padding absorbs).
 */
export function wrappedLineCount(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - 1);
  let count = 0;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    let lines = 1;
    let used = 0;
    for (const ch of line) {
      const w = isWide(ch.codePointAt(0)!) ? 2 : 1;
      if (used + w > usable && used > 0) {
        lines += 1;
        used = 0;
      }
      used += w;
    }
    count += lines;
  }
  return count;
}

/** The row height in points that shows every cell of the row whole: the tallest cell decides. */
export function rowHeightFor(values: readonly string[], columnWidths: readonly number[]): number {
  let lines = 1;
  values.forEach((value, i) => {
    if (value) lines = Math.max(lines, wrappedLineCount(value, columnWidths[i] ?? 10));
  });
  return Math.min(MAX_ROW_PT, lines * LINE_HEIGHT_PT + ROW_PADDING_PT);
}

/** Portrait A4 holds about this many '0's of 11-pt text across at 100 %; a wider sheet prints landscape. */
export const PORTRAIT_WIDTH = 110;

export function landscapeFor(columnWidths: readonly number[]): boolean {
  return columnWidths.reduce((sum, w) => sum + w, 0) > PORTRAIT_WIDTH;
}

/** Excel's default column width when none is set, in '0's. */
const DEFAULT_COLUMN_WIDTH = 8.43;

export interface PrintOptions {
  /** Header and footer text, & already doubled. */
  headerFooter: { oddHeader: string; oddFooter: string };
  /** Landscape for sheets wider than portrait A4 fits legibly. */
  landscape: boolean;
  /** The rows repeated at the top of every printed page (1 for a one-row header). */
  headerRows?: number;
}

/** A4 (paperSize 9), one page wide and as many long as needed, the header rows repeated on each page. */
export function printPageSetup(options: Pick<PrintOptions, 'landscape' | 'headerRows'>): Partial<ExcelJS.PageSetup> {
  const rows = options.headerRows ?? 1;
  return {
    orientation: options.landscape ? 'landscape' : 'portrait',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${rows}`,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
}

/**
 * Wraps and top-aligns every cell and sizes every row below the header to its text. Call after the rows are
 * written (a streamed sheet: call wrapAndSize per row before committing it).
 */
export function fitRowsToText(sheet: ExcelJS.Worksheet, headerRows = 1): void {
  const widths: number[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) widths.push(sheet.getColumn(c).width ?? DEFAULT_COLUMN_WIDTH);
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    wrapAndSize(row, widths, number > headerRows);
  });
}

/** One row: every cell wrapped and top-aligned; the row's height set from its text when `size`. */
export function wrapAndSize(row: ExcelJS.Row, widths: readonly number[], size = true): void {
  const values: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    values[col - 1] = cell.text;
  });
  if (size) row.height = rowHeightFor(values, widths);
}

/** Page setup, header/footer and wrapped, sized rows: what every sheet the app writes gets. */
export function applyPrintLayout(sheet: ExcelJS.Worksheet, options: PrintOptions): void {
  sheet.pageSetup = { ...sheet.pageSetup, ...printPageSetup(options) };
  sheet.headerFooter = { ...sheet.headerFooter, ...options.headerFooter };
  fitRowsToText(sheet, options.headerRows ?? 1);
}
