// Turns the sheets of an imported ledger into cases. The rule: no row and no column is lost. Every
// non-blank row becomes a case or a rejection with its sheet, row and a Japanese reason; every
// column that maps to no field is kept in `extra` under its header.
//
// What rejects a row (it is not imported, and the report says why):
//   - no 登録番号;
//   - a 登録番号 already used by an earlier row of the file, on any sheet (the later row is rejected, even
//     when the earlier one was itself rejected: which of the two is right is for a person to decide);
//   - a date that cannot be read (including a month-only value in a day field, and 12月 with no year):
//     importing it empty would silently lose it;
//   - a value longer than the case schema allows, or a cell longer than Excel's 32,767 characters;
//   - a 登録番号 that differs from an earlier row's only in width, invisible characters or the kind of
//     hyphen (normalizeCaseNo): it is the same number, so the later row is a duplicate.
// What only warns (the row is imported and the original text is kept in `extra` under its header):
//   - a 種別 / 重症度 / 虐待の種類 / 性別 / 状態 value that is not in the vocabulary (e.g. 緊急度 "AA");
//   - a second column mapped to a field that already has a value in the row.
// Sheet-level warnings: no recognizable header (the sheet is skipped), no 登録番号 column.
// A rejected row reports all its reasons at once (joined with " / ") and none of its warnings.
// Blank rows and a totals row (合計 / 計 / "60件" with no real 登録番号) are skipped without a report.
import type { ColumnTarget, ImportRejection, ImportWarning, MappingOverride, PreviewSheet } from '../contract';
import { emptyCase, type Classification, type LedgerCase, type MappedField } from './case';
import { describeCaseNoSpelling, normalizeCaseNo } from './case-no';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from './import-limits';
import { FIELD_LABELS } from './fields';
import type { Cell, Grid } from './grid';
import { detectHeader, type HeaderLayout } from './headers';
import { applyField, keepOriginal, schemaProblems, warn, type Column, type RowContext } from './parse-row';
import { cellText, isBlankCell, matchKey } from './text';
import { classificationIn } from './values';

export interface ParsedCase {
  sheet: string;
  row: number;
  case: LedgerCase;
}

export interface ParsedWorkbook {
  sheets: PreviewSheet[];
  cases: ParsedCase[];
  rejected: ImportRejection[];
  warnings: ImportWarning[];
}

const SAMPLE_ROWS = 5;
const TOTAL_WORDS = new Set(['計', '合計', '総計', '小計']);
const COUNT_CELL = /^(?:計|合計|総計|小計)?:?\d+件$/;

function sheetColumns(layout: HeaderLayout, override: Record<string, ColumnTarget> | undefined): Column[] {
  const used = new Set<string>();
  return layout.columns.map((col) => {
    const target = override?.[String(col.index)] ?? col.suggested;
    let extraKey = col.header;
    if (target === 'extra') {
      for (let n = 2; used.has(extraKey); n++) extraKey = `${col.header}（${n}）`;
      used.add(extraKey);
    }
    return { index: col.index, header: col.header, target, suggested: col.suggested, extraKey };
  });
}

/** Values of vertically merged data cells, keyed "row:col" (1-based), for the rows they cover below the top. */
function verticalFill(grid: Grid, firstDataRow: number): Map<string, Cell> {
  const fill = new Map<string, Cell>();
  for (const m of grid.merges) {
    if (m.bottom <= m.top || m.top < firstDataRow) continue;
    const value = grid.rows[m.top - 1]?.[m.left - 1] ?? null;
    for (let r = m.top + 1; r <= m.bottom; r++) fill.set(`${r}:${m.left}`, value);
  }
  return fill;
}

function isTotalsRow(cells: readonly Cell[], caseNo: string | null): boolean {
  const isTotalText = (t: string) => TOTAL_WORDS.has(t) || COUNT_CELL.test(t);
  if (caseNo !== null) return isTotalText(matchKey(caseNo));
  return cells.some((cell) => {
    const t = cellText(cell);
    return t !== null && isTotalText(matchKey(t));
  });
}

interface FileState {
  seen: Map<string, { sheet: string; row: number; raw: string }>;
  out: ParsedWorkbook;
  /** Where each parsed case goes as soon as its row is read. */
  emit: (c: ParsedCase) => void;
}

function parseSheet(grid: Grid, override: Record<string, ColumnTarget> | undefined, state: FileState): void {
  const { out } = state;
  const layout = detectHeader(grid);
  const sheetClass: Classification | null = classificationIn(grid.name);
  const preview: PreviewSheet = {
    name: grid.name,
    headerRows: null,
    classification: sheetClass,
    columns: [],
    dataRows: 0,
    sample: [],
  };
  out.sheets.push(preview);
  if (layout === null) {
    const empty = grid.rows.every((r) => r.every(isBlankCell));
    out.warnings.push({
      sheet: grid.name,
      row: null,
      caseNo: null,
      message: empty
        ? `シート「${grid.name}」は空のため、読み込みませんでした`
        : `シート「${grid.name}」に台帳の見出し行が見つからないため、読み込みませんでした`,
    });
    return;
  }
  const columns = sheetColumns(layout, override);
  preview.headerRows = { first: layout.first, last: layout.last };
  preview.columns = columns.map(({ index, header, target, suggested }) => ({ index, header, target, suggested }));
  const caseNoColumn = columns.find((col) => col.target === 'caseNo');
  if (!caseNoColumn) {
    out.warnings.push({
      sheet: grid.name,
      row: null,
      caseNo: null,
      message: `シート「${grid.name}」に「登録番号」の列がないため、この表の行は登録できません`,
    });
  }
  const fill = verticalFill(grid, layout.last + 1);

  for (let row = layout.last + 1; row <= grid.rows.length; row++) {
    const raw = grid.rows[row - 1] ?? [];
    if (raw.every(isBlankCell)) continue;
    const cellOf = (index: number): Cell => {
      const own = raw[index] ?? null;
      // Most sheets have no merged data cells: skip building a lookup key for every blank cell then.
      return fill.size > 0 && isBlankCell(own) ? (fill.get(`${row}:${index + 1}`) ?? own) : own;
    };
    const rawCaseNo = caseNoColumn ? cellText(cellOf(caseNoColumn.index)) : null;
    const caseNo = rawCaseNo === null ? null : normalizeCaseNo(rawCaseNo) || null;
    if (isTotalsRow(raw, caseNo)) continue;
    preview.dataRows += 1;

    const rowWarnings: ImportWarning[] = [];
    const ctx: RowContext = { sheet: grid.name, row, caseNo, warnings: rowWarnings, extra: {} };
    const c = emptyCase(caseNo ?? '');
    const reasons: string[] = [];
    if (caseNo === null) reasons.push('登録番号がありません');

    // Extra columns first, so an original value kept by a coded field never takes an extra column's key.
    const filled = new Set<MappedField>();
    const fieldCells: [MappedField, Column, Cell, string][] = [];
    for (const col of columns) {
      const cell = cellOf(col.index);
      const text = cellText(cell);
      if (text === null || col.target === 'ignore') continue;
      if (text.length > IMPORT_LIMITS.cellChars) {
        // Not kept anywhere: a cell Excel itself could not hold is not ledger data.
        reasons.push(LIMIT_MESSAGES.cellChars(col.header, text.length));
        continue;
      }
      // Kept as written (a 備考 of R7.4.1 stays R7.4.1); the import compares the same day written another way as equal.
      if (col.target === 'extra') ctx.extra[col.extraKey] = text;
      else fieldCells.push([col.target, col, cell, text]);
    }
    for (const [field, col, cell, text] of fieldCells) {
      if (filled.has(field)) {
        const key = keepOriginal(ctx, col.header, text);
        warn(
          ctx,
          `「${FIELD_LABELS[field]}」には別の列の値が入っているため、「${col.header}」の値は「${key}」に残しました`,
        );
        continue;
      }
      filled.add(field);
      const problem = applyField(ctx, c, field, col, cell, text);
      if (problem) reasons.push(problem);
    }
    if (c.classification === null) c.classification = sheetClass;
    if (c.closedDate !== null) c.status = 'closed';
    c.extra = ctx.extra;

    if (caseNo !== null && rawCaseNo !== null) {
      const first = state.seen.get(caseNo);
      if (first) reasons.unshift(duplicateReason(caseNo, rawCaseNo, first));
      else state.seen.set(caseNo, { sheet: grid.name, row, raw: rawCaseNo });
    }
    if (reasons.length === 0) reasons.push(...schemaProblems(c));
    if (reasons.length > 0) {
      out.rejected.push({ sheet: grid.name, row, caseNo, reason: reasons.join(' / ') });
      continue;
    }
    out.warnings.push(...rowWarnings);
    state.emit({ sheet: grid.name, row, case: c });
    if (preview.sample.length < SAMPLE_ROWS) preview.sample.push({ row, case: c });
  }
}

function duplicateReason(caseNo: string, raw: string, first: { sheet: string; row: number; raw: string }): string {
  const where = `シート「${first.sheet}」の${first.row}行目`;
  if (raw === first.raw) return `登録番号「${caseNo}」が重複しています（${where}と同じ）`;
  const differs = describeCaseNoSpelling(raw, first.raw);
  return `登録番号「${caseNo}」が重複しています（${where}の「${first.raw}」とは${differs}の違いしかなく、同じ番号です）`;
}

/**
 * Parses every sheet. `mapping` overrides the suggested column targets per sheet name and 0-based
 * column index. Cases come out in sheet and row order: in `cases`, or, when `onCase` is given, each to it
 * as soon as it is parsed (the file worker sends them on while it parses the rest) and `cases` stays empty.
 */
export function parseWorkbook(
  grids: readonly Grid[],
  mapping?: MappingOverride,
  onCase?: (c: ParsedCase) => void,
): ParsedWorkbook {
  const out: ParsedWorkbook = { sheets: [], cases: [], rejected: [], warnings: [] };
  const state: FileState = { seen: new Map(), out, emit: onCase ?? ((c) => out.cases.push(c)) };
  for (const grid of grids) parseSheet(grid, mapping?.[grid.name], state);
  return out;
}
