// Excel 97-2003 (.xls, BIFF8) and OpenDocument (.ods) workbooks as plain Grids, read with SheetJS CE
// (@e965/xlsx 0.20.3: the 0.18.x on npm has a prototype-pollution and a ReDoS advisory, fixed here).
// Dates are decided here, not by SheetJS: numbers come back raw (cellDates: false) with their number
// format (cellNF), and a number whose format is a date format (SSF.is_date, which knows 和暦 codes such
// as [$-411]ggge"年"m"月"d"日") becomes the UTC-midnight Date the xlsx reader gives, in the workbook's own
// date system (1904 for workbooks made on old Macs; SheetJS already converts an .ods's null-date to it).
import * as XLSX from '@e965/xlsx';
import type { Cell, Grid, MergeRange } from '../../shared/ledger/grid';

/** Thrown when a sheet holds more rows than `maxRows`: it was cut while being read, nothing is guessed. */
export class SheetRowsError extends Error {
  constructor() {
    super('rows');
  }
}

/** Thrown for an .ods whose content is encrypted (LibreOffice's own password protection). */
export class OdfEncryptedError extends Error {
  constructor() {
    super('odf encrypted');
  }
}

interface SheetCell {
  t?: string;
  v?: unknown;
  z?: string | number;
}

type DenseSheet = XLSX.WorkSheet & { '!data'?: (SheetCell[] | undefined)[] };

export function readSheetJs(bytes: Uint8Array, maxRows: number): Grid[] {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: 'buffer',
      dense: true,
      cellDates: false,
      cellNF: true,
      cellText: false,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
      bookVBA: false,
      // A sheet is read no further than one row past the limit: a huge sheet costs no more memory than that.
      sheetRows: maxRows + 1,
    });
  } catch (err) {
    if (err instanceof Error && /ODS Encryption/i.test(err.message)) throw new OdfEncryptedError();
    throw err;
  }
  const date1904 = !!workbook.Workbook?.WBProps?.date1904;
  let rows = 0;
  const grids = workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name] as DenseSheet | undefined;
    const grid = sheetToGrid(name, sheet, date1904);
    rows += grid.rows.filter((row) => row.length > 0).length;
    if (rows > maxRows || (sheet && wasCut(sheet, maxRows))) throw new SheetRowsError();
    return grid;
  });
  return grids;
}

/** SheetJS keeps a cut sheet's real extent in !fullref. */
function wasCut(sheet: DenseSheet, maxRows: number): boolean {
  const full = sheet['!fullref'];
  if (typeof full !== 'string') return false;
  return XLSX.utils.decode_range(full).e.r + 1 > maxRows;
}

function sheetToGrid(name: string, sheet: DenseSheet | undefined, date1904: boolean): Grid {
  const data = sheet?.['!data'] ?? [];
  const rows: Cell[][] = [];
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const cells: Cell[] = [];
    if (source) {
      for (let c = 0; c < source.length; c++) cells.push(toCell(source[c], date1904));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    }
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return { name, rows, merges: mergesOf(sheet) };
}

// Excel's error codes as BIFF stores them; SheetJS hands back the code.
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

export function toCell(cell: SheetCell | undefined | null, date1904: boolean): Cell {
  if (!cell) return null;
  const v = cell.v;
  switch (cell.t) {
    case 's':
    case 'str':
      return typeof v === 'string' ? v : v === undefined || v === null ? null : String(v);
    case 'b':
      return !!v;
    case 'e':
      return typeof v === 'number' ? (ERRORS[v] ?? '#ERROR!') : String(v ?? '#ERROR!');
    case 'd':
      return v instanceof Date ? utcDay(v) : null;
    case 'n': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return null;
      const format = typeof cell.z === 'number' ? XLSX.SSF.get_table()[cell.z] : cell.z;
      return typeof format === 'string' && XLSX.SSF.is_date(format) ? (serialToDate(v, date1904) ?? v) : v;
    }
    default:
      return null;
  }
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const LAST_SERIAL = 2_958_465; // 9999-12-31

/**
 * The day an Excel serial names, at UTC midnight. A time part still names that day (Excel's clock has no
 * zone). The 1900 system counts a 29 February 1900 that never was (Lotus's bug): serials before it are a
 * day early against the calendar. Out-of-range serials stay numbers.
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  if (serial < 0 || serial > LAST_SERIAL) return null;
  let days = Math.floor(serial);
  if (date1904) days += 1462;
  else if (days < 60) days += 1;
  return new Date(EPOCH_1900 + days * DAY_MS);
}

function utcDay(d: Date): Date | null {
  if (Number.isNaN(d.getTime())) return null;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function mergesOf(sheet: DenseSheet | undefined): MergeRange[] {
  return (sheet?.['!merges'] ?? []).map((m) => ({
    top: m.s.r + 1,
    left: m.s.c + 1,
    bottom: m.e.r + 1,
    right: m.e.c + 1,
  }));
}
