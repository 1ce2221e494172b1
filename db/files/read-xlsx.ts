// An xlsx workbook as plain Grids: every sheet, merged ranges, Excel dates as UTC midnight (exceljs
// already honours the 1904 date system and converts serials in UTC), formulas as their cached result,
// rich text and hyperlinks as their text, error cells as the error text (#N/A).
import ExcelJS from 'exceljs';
import type { Cell, Grid, MergeRange } from '../../shared/ledger/grid';

export async function readXlsx(bytes: Uint8Array): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings want its own Buffer type; the runtime takes any Node Buffer.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  return workbook.worksheets.map(sheetToGrid);
}

function sheetToGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // Only the top-left cell of a merged range holds the value in the file; the merges list says the rest.
      const isCovered = cell.isMerged && cell.master.address !== cell.address;
      cells[col - 1] = isCovered ? null : toCell(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  return { name: sheet.name, rows, merges: mergesOf(sheet) };
}

export function toCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return utcMidnight(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) {
    // A hyperlink's text may itself be rich text.
    const text = value.text as unknown;
    return text === undefined || text === null ? value.hyperlink : toCell(text as ExcelJS.CellValue);
  }
  if ('formula' in value || 'sharedFormula' in value) return toCell(value.result ?? null);
  return null;
}

/** A date cell with a time part still names a day: the day it falls on in Excel's own (zone-free) clock. */
function utcMidnight(d: Date): Date | null {
  if (Number.isNaN(d.getTime())) return null;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function mergesOf(sheet: ExcelJS.Worksheet): MergeRange[] {
  // exceljs keeps merges on a private map; the public `model.merges` would rebuild the whole sheet model.
  const merges = (sheet as unknown as { _merges?: Record<string, { model?: MergeRange }> })._merges ?? {};
  return Object.values(merges)
    .map((range) => range.model)
    .filter((m): m is MergeRange => !!m)
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}
