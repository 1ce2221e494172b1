// A sheet as plain values, whatever file it came from (xlsx, xls, ods read in db/files/, CSV decoded from
// Shift_JIS or UTF-8). The ledger parser in shared/ works on this shape only, so it stays pure.

/** One cell: text, a number, a boolean, an Excel date (as a UTC Date at midnight), or empty. */
export type Cell = string | number | boolean | Date | null;

export interface MergeRange {
  /** 1-based, inclusive, like Excel. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  name: string;
  /** rows[i] is sheet row i + 1; rows[i][j] is column j + 1. Rows may be ragged. */
  rows: Cell[][];
  merges: MergeRange[];
}
