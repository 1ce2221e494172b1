// Finding the header of a ledger sheet: title rows may sit above it, and it may span two rows with
// merged cells (児童 merged over 氏名 / ふりがな, or 登録番号 merged down over both rows). The header
// is the row (or pair of rows) whose cells name the most distinct known fields.
import type { ColumnTarget } from '../contract';
import type { MappedField } from './case';
import type { Cell, Grid, MergeRange } from './grid';
import { cellText } from './text';

export const HEADER_SYNONYMS: Readonly<Record<MappedField, readonly string[]>> = {
  caseNo: ['登録番号', '番号', 'ケース番号', 'No'],
  classification: ['種別', '区分', '登録種別'],
  registration: ['登録区分', '支援区分', '要対協区分', '登録の区分'],
  name: ['児童氏名', '氏名', '児童 氏名', '名前', '対象者氏名', '児童名'],
  kana: ['ふりがな', 'フリガナ', 'よみがな', 'ヨミガナ', 'カナ'],
  birthDate: ['生年月日'],
  dueDate: ['出産予定日', '分娩予定日'],
  sex: ['性別'],
  guardianName: ['保護者氏名', '保護者'],
  guardianRelation: ['続柄', '保護者続柄'],
  district: ['地区', '町名', '住所地区', '校区'],
  affiliation: ['所属', '所属機関', '学校・園'],
  abuseTypes: ['虐待の種類', '虐待種別', '虐待種類'],
  riskLevel: ['重症度', 'リスク', '緊急度', 'リスク度'],
  leadAgency: ['主担当機関', '主担当', '主たる支援機関'],
  agencies: ['関係機関'],
  receivedDate: ['受理日', '受理年月日'],
  registeredDate: ['登録日', '登録年月日'],
  policy: ['支援方針', '方針'],
  nextReview: ['次回確認', '次回確認時期', '次回確認日'],
  status: ['状態', 'ステータス', '進行状況'],
  closedDate: ['終結日', '終結年月日'],
  closedReason: ['終結理由'],
};

/** Header text folded for matching: width (NFKC), bracketed notes, spaces, a trailing '.' and case. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, '')
    .replace(/[.:。]+$/, '')
    .toLowerCase();
}

const SYNONYM_INDEX = new Map<string, MappedField>(
  (Object.entries(HEADER_SYNONYMS) as [MappedField, readonly string[]][]).flatMap(([field, words]) =>
    words.map((w) => [headerKey(w), field] as [string, MappedField]),
  ),
);

export function matchHeader(header: string): MappedField | null {
  return SYNONYM_INDEX.get(headerKey(header)) ?? null;
}

/** What a header suggests by itself: a field when it is a known synonym, else an extra column. */
export function suggestTarget(header: string): ColumnTarget {
  return matchHeader(header) ?? 'extra';
}

/** Group headings over columns that describe someone other than the child. */
const OTHER_PERSON_GROUPS = new Set(['保護者', '父', '母', '父母', '養育者', '親'].map(headerKey));

export interface HeaderColumn {
  /** 0-based column index (column index + 1 is the Excel column number). */
  index: number;
  /** As written and trimmed; two header rows joined with a space; `列<n>` when blank. */
  header: string;
  suggested: ColumnTarget;
}

export interface HeaderLayout {
  /** 1-based sheet rows of the header. */
  first: number;
  last: number;
  columns: HeaderColumn[];
}

/** How many rows from the top may hold the header (titles and notes come first). */
const HEADER_SCAN_ROWS = 30;
/** Fewer recognized fields than this is not a ledger table (a notes sheet, a cover page). */
const MIN_HEADER_FIELDS = 2;

interface Candidate {
  first: number;
  last: number;
  headers: (string | null)[];
  targets: (MappedField | null)[];
  score: number;
}

function cellAt(grid: Grid, row: number, col: number): Cell {
  return grid.rows[row - 1]?.[col - 1] ?? null;
}

function containing(merges: readonly MergeRange[], row: number, col: number): MergeRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

function score(targets: (MappedField | null)[]): number {
  return new Set(targets.filter((t) => t !== null)).size;
}

function single(grid: Grid, row: number, width: number): Candidate {
  const headers: (string | null)[] = [];
  for (let c = 1; c <= width; c++) headers.push(cellText(cellAt(grid, row, c)));
  const targets = headers.map((h) => (h === null ? null : matchHeader(h)));
  return { first: row, last: row, headers, targets, score: score(targets) };
}

/**
 * Two header rows. A merged top cell gives its text to every column it spans; a bottom cell inside a
 * merge that starts in the top row is the same cell, so it adds nothing. The combined text is tried
 * first (児童 + 氏名), then the bottom alone under a group heading (児童 / ふりがな), then the top alone
 * when nothing is below it. The top alone is never used over a filled bottom cell, so a header row
 * followed by a data row never scores higher than the header row on its own.
 */
function pair(grid: Grid, row: number, width: number, merges: readonly MergeRange[]): Candidate {
  const headers: (string | null)[] = [];
  const targets: (MappedField | null)[] = [];
  for (let c = 1; c <= width; c++) {
    const topMerge = containing(merges, row, c);
    const top =
      topMerge && topMerge.top === row ? cellText(cellAt(grid, row, topMerge.left)) : cellText(cellAt(grid, row, c));
    const bottomMerge = containing(merges, row + 1, c);
    const bottom = bottomMerge && bottomMerge.top < row + 1 ? null : cellText(cellAt(grid, row + 1, c));
    if (top === null || bottom === null) {
      const only = top ?? bottom;
      headers.push(only);
      targets.push(only === null ? null : matchHeader(only));
      continue;
    }
    const joined = top === bottom ? top : `${top} ${bottom}`;
    headers.push(joined);
    targets.push(matchHeader(joined) ?? (OTHER_PERSON_GROUPS.has(headerKey(top)) ? null : matchHeader(bottom)));
  }
  return { first: row, last: row + 1, headers, targets, score: score(targets) };
}

function columnHasData(grid: Grid, fromRow: number, col: number): boolean {
  for (let r = fromRow; r <= grid.rows.length; r++) {
    if (cellText(cellAt(grid, r, col)) !== null) return true;
  }
  return false;
}

/**
 * Headers that name 種別 in most ledgers (区分 = 要保護/要支援/特定妊婦) but, next to a column that names
 * 種別 plainly, can only be the 登録区分 (要対協登録 / センター支援).
 */
const SECOND_CHOICES = new Map<string, MappedField>([
  [headerKey('区分'), 'registration'],
  [headerKey('登録種別'), 'registration'],
]);

function withSecondChoices(best: Candidate): (MappedField | null)[] {
  const keys = best.headers.map((h) => (h === null ? '' : headerKey(h)));
  const plain = new Set(best.targets.filter((t, i) => t !== null && !SECOND_CHOICES.has(keys[i] ?? '')));
  return best.targets.map((t, i) => {
    const second = SECOND_CHOICES.get(keys[i] ?? '');
    return second !== undefined && t !== null && plain.has(t) && !plain.has(second) ? second : t;
  });
}

/**
 * The header of a sheet, or null when no row names at least two known fields. When two columns
 * suggest the same field, the first keeps it and the later one becomes an extra column.
 */
export function detectHeader(grid: Grid): HeaderLayout | null {
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const lastScan = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  const merges = grid.merges.filter((m) => m.top <= lastScan + 1);
  let best: Candidate | null = null;
  for (let r = 1; r <= lastScan; r++) {
    const one = single(grid, r, width);
    let choice = one;
    if (r < grid.rows.length) {
      const two = pair(grid, r, width, merges);
      const next = single(grid, r + 1, width);
      // Only a pair that names more fields than either row alone is a two-row header; otherwise a
      // title row or a data row would be glued onto the real header.
      if (two.score > Math.max(one.score, next.score)) choice = two;
    }
    if (choice.score >= MIN_HEADER_FIELDS && (best === null || choice.score > best.score)) best = choice;
  }
  if (best === null) return null;

  const claimed = new Set<MappedField>();
  const columns: HeaderColumn[] = [];
  const targets = withSecondChoices(best);
  for (let c = 1; c <= width; c++) {
    const header = best.headers[c - 1] ?? null;
    const target = targets[c - 1] ?? null;
    if (header === null) {
      if (columnHasData(grid, best.last + 1, c)) columns.push({ index: c - 1, header: `列${c}`, suggested: 'extra' });
      continue;
    }
    const suggested: ColumnTarget = target !== null && !claimed.has(target) ? target : 'extra';
    if (target !== null) claimed.add(target);
    columns.push({ index: c - 1, header, suggested });
  }
  return { first: best.first, last: best.last, columns };
}
