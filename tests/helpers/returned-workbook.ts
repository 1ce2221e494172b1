// A returned request workbook (依頼のアセスメントシート) as an agency would send it back, written with exceljs in
// the layout of shared/assessment/workbook-layout.ts. The options give what agencies do to the file: their own
// columns added at the end or in the middle, a program that drops the hidden sheet, rows inserted above the
// table, words typed instead of the drop-down's (あり, ○, 「たぶん」). Used by unit, integration and e2e tests.
import ExcelJS from 'exceljs';
import type { AssessmentItem } from '../../shared/assessment/sheet';
import * as L from '../../shared/assessment/workbook-layout';
import type { Cell, Grid } from '../../shared/ledger/grid';

export type ReturnedValue = string | number | boolean | Date | null;

export interface ReturnedCase {
  caseNo: string;
  name?: string;
  affiliation?: string;
  question?: string;
  /** By item LABEL (what the agency sees), what it wrote. */
  answers?: Record<string, ReturnedValue>;
  filledOn?: ReturnedValue;
  filledBy?: ReturnedValue;
  /** Values of the extra / inserted columns, by their header. */
  extra?: Record<string, ReturnedValue>;
}

export interface ReturnedWorkbook {
  requestId: number;
  agency: string;
  /** The request's items as sent; retired ones are not columns. */
  items: readonly AssessmentItem[];
  cases: ReturnedCase[];
  dueDate?: string;
  /** The agency's own columns after 記入者 (headers; values come from each case's `extra`). */
  extraColumns?: string[];
  /** A column the agency inserted just after the column with header `after`. */
  insertedColumn?: { after: string; header: string };
  /** false: a program that drops hidden sheets saved it (default true). */
  hiddenSheet?: boolean;
  /** Rows the agency inserted above the title (the table moves down). */
  rowsAbove?: number;
  /** The visible 依頼番号 / 機関名 cells, when the agency changed them. */
  visibleRequestNo?: ReturnedValue;
  visibleAgency?: string;
}

/** The headers of the answer sheet in order, with the inserted column. */
export function returnedHeaders(spec: ReturnedWorkbook): { headers: string[]; groups: string[] } {
  const items = spec.items.filter((i) => !i.retired);
  const headers: string[] = [...L.LEADING_COLUMNS, ...items.map((i) => i.label), ...L.TRAILING_COLUMNS];
  const groups: string[] = [...L.LEADING_COLUMNS.map(() => ''), ...items.map((i) => i.group), '', ''];
  for (const h of spec.extraColumns ?? []) {
    headers.push(h);
    groups.push('');
  }
  if (spec.insertedColumn) {
    const at = headers.indexOf(spec.insertedColumn.after) + 1;
    if (at === 0) throw new Error(`no column ${spec.insertedColumn.after}`);
    headers.splice(at, 0, spec.insertedColumn.header);
    groups.splice(at, 0, '');
  }
  return { headers, groups };
}

/** The workbook as rows of the answer sheet and of the hidden sheet (also the Grids a reader gets). */
export function returnedGrids(spec: ReturnedWorkbook): Grid[] {
  const { headers, groups } = returnedHeaders(spec);
  const above: Cell[][] = Array.from({ length: spec.rowsAbove ?? 0 }, (_, i) => (i === 0 ? ['（機関の控え）'] : []));
  const top: Cell[][] = [
    [L.SHEET_TITLE],
    [],
    [L.LABEL_AGENCY, spec.visibleAgency ?? spec.agency],
    [L.LABEL_REQUEST, spec.visibleRequestNo === undefined ? spec.requestId : spec.visibleRequestNo],
    [L.LABEL_DUE, spec.dueDate ?? '2026-12-10'],
    [],
  ];
  const byLabel = new Map(spec.items.map((i) => [i.label, i]));
  const rows: Cell[][] = [...above, ...top, groups.map((g) => g || null), headers];
  for (const c of spec.cases) {
    rows.push(
      headers.map((h): Cell => {
        if (h === L.COL_CASE_NO) return c.caseNo;
        if (h === L.COL_NAME) return c.name ?? null;
        if (h === L.COL_AFFILIATION) return c.affiliation ?? null;
        if (h === L.COL_QUESTIONS) return c.question ?? null;
        if (h === L.COL_FILLED_ON) return c.filledOn ?? null;
        if (h === L.COL_FILLED_BY) return c.filledBy ?? null;
        if (byLabel.has(h)) return c.answers?.[h] ?? null;
        return c.extra?.[h] ?? null;
      }),
    );
  }
  const grids: Grid[] = [{ name: L.ANSWER_SHEET, rows, merges: [] }];
  if (spec.hiddenSheet !== false) {
    const meta: Cell[][] = [
      [L.META_MARKER],
      [L.META_REQUEST, spec.requestId],
      [L.META_AGENCY, spec.agency],
      ...spec.items.filter((i) => !i.retired).map((i): Cell[] => [L.META_ITEM, i.id, i.label]),
    ];
    grids.push({ name: L.META_SHEET, rows: meta, merges: [] });
  }
  return grids;
}

/** The returned file's bytes (.xlsx), as exceljs (a program other than the app's writer) saves it. */
export async function returnedWorkbook(spec: ReturnedWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const grid of returnedGrids(spec)) {
    const ws = wb.addWorksheet(grid.name);
    if (grid.name === L.META_SHEET) ws.state = 'veryHidden';
    grid.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = value;
      });
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
