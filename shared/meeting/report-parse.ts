// Agencies' reports (関係機関からの報告) from a sheet: one row per case and report. Like the ledger import,
// no row is lost: every non-blank row becomes a report or a rejection with its sheet, row and a Japanese
// reason; columns that feed no field are named in a warning. The header is found the same way (title
// rows above it, synonyms, width and brackets folded by headerKey). Whether a caseNo is in the ledger,
// and whether a report is already stored, is for the caller with the database.
import type { ImportRejection, ImportWarning } from '../contract';
import { normalizeCaseNo } from '../ledger/case-no';
import { parseDateCell } from '../ledger/dates';
import type { Cell, Grid } from '../ledger/grid';
import { HEADER_SYNONYMS, headerKey } from '../ledger/headers';
import { cellText, isBlankCell, matchKey } from '../ledger/text';
import { agencyReportSchema, type AgencyReportInput } from './types';

type ReportField =
  | 'caseNo'
  | 'reportDate'
  | 'agency'
  | 'period'
  | 'periodFrom'
  | 'periodTo'
  | 'daysAbsent'
  | 'unexplainedAbsence'
  | 'injury'
  | 'homeChange'
  | 'safetyScale'
  | 'note';

export const REPORT_HEADER_SYNONYMS: Readonly<Record<ReportField, readonly string[]>> = {
  caseNo: HEADER_SYNONYMS.caseNo,
  reportDate: ['報告日', '報告年月日', '記入日', '作成日', '報告日付'],
  agency: ['報告機関', '報告機関名', '機関名', '機関', '報告元', '関係機関'],
  period: ['期間', '報告期間', '対象期間'],
  periodFrom: ['期間開始', '開始日', '期間自', '期間始'],
  periodTo: ['期間終了', '終了日', '期間至', '期間終'],
  daysAbsent: ['欠席日数', '欠席', '欠席数', '欠席日数日'],
  unexplainedAbsence: ['連絡のない欠席', '連絡なし欠席', '無連絡欠席', '無断欠席', '連絡のない欠席の有無'],
  injury: ['外傷', '外傷の有無', 'けが', 'あざ・けが', 'けが・あざ', '傷・あざ'],
  homeChange: ['家庭状況の変化', '家庭の変化', '家庭状況', '家庭環境の変化'],
  safetyScale: ['安全スケール', '安全尺度', '安全度', 'スケール'],
  note: ['所見', '備考', '特記事項', '様子', '所見・備考'],
};

const FIELD_LABELS: Readonly<Record<ReportField, string>> = {
  caseNo: '登録番号',
  reportDate: '報告日',
  agency: '報告機関',
  period: '期間',
  periodFrom: '期間（開始）',
  periodTo: '期間（終了）',
  daysAbsent: '欠席日数',
  unexplainedAbsence: '連絡のない欠席',
  injury: '外傷',
  homeChange: '家庭状況の変化',
  safetyScale: '安全スケール',
  note: '所見',
};

const SYNONYMS = new Map<string, ReportField>(
  (Object.entries(REPORT_HEADER_SYNONYMS) as [ReportField, readonly string[]][]).flatMap(([field, words]) =>
    words.map((w) => [headerKey(w), field] as [string, ReportField]),
  ),
);

/** The report field a header names; 期間（自）/ 期間（至） split by their bracketed note. */
export function matchReportHeader(header: string): ReportField | null {
  const field = SYNONYMS.get(headerKey(header)) ?? null;
  if (field !== 'period') return field;
  const raw = header.normalize('NFKC');
  if (/至|終|まで/.test(raw)) return 'periodTo';
  if (/自|開始|始|から/.test(raw)) return 'periodFrom';
  return 'period';
}

export type YesNo = { kind: 'empty' } | { kind: 'ok'; value: boolean } | { kind: 'unknown'; text: string };

const YES = new Set(['有', '有り', 'あり', 'アリ', '○', '〇', '◯', 'はい', '1', 'true', 'yes', 'y', 'レ', '✓']);
const NO = new Set(['無', '無し', 'なし', 'ナシ', '×', '✕', 'いいえ', '0', 'false', 'no', 'n']);
const NOTHING = new Set(['-', '－', 'ー', '―', '‐', '—']);

/** 有/無, あり/なし, ○/×, はい/いいえ, 1/0 (and TRUE/FALSE cells). */
export function parseYesNo(cell: Cell): YesNo {
  if (typeof cell === 'boolean') return { kind: 'ok', value: cell };
  const text = cellText(cell);
  if (text === null) return { kind: 'empty' };
  const key = matchKey(text).toLowerCase();
  if (YES.has(key)) return { kind: 'ok', value: true };
  if (NO.has(key)) return { kind: 'ok', value: false };
  if (NOTHING.has(key)) return { kind: 'empty' };
  return { kind: 'unknown', text };
}

/** A whole number in a cell, allowing a unit after it (「3日」「3 日間」「8点」). */
export function parseWholeNumber(
  cell: Cell,
): { kind: 'empty' } | { kind: 'ok'; value: number } | { kind: 'unknown'; text: string } {
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? { kind: 'ok', value: cell } : { kind: 'unknown', text: String(cell) };
  const text = cellText(cell);
  if (text === null) return { kind: 'empty' };
  const key = matchKey(text);
  if (NOTHING.has(key)) return { kind: 'empty' };
  const m = /^(\d{1,4})(?:日間?|日|点|回)?$/.exec(key);
  return m ? { kind: 'ok', value: Number(m[1]) } : { kind: 'unknown', text };
}

export interface ParsedReportRow {
  sheet: string;
  row: number;
  report: AgencyReportInput;
}

export interface ParsedReports {
  rows: ParsedReportRow[];
  rejected: ImportRejection[];
  warnings: ImportWarning[];
}

interface Layout {
  headerRow: number;
  columns: { index: number; header: string; field: ReportField | null }[];
}

const HEADER_SCAN_ROWS = 30;
const TOTAL_WORDS = new Set(['計', '合計', '総計', '小計']);

/** The row naming the most report fields (at least 登録番号 and one more), within the first rows. */
export function detectReportHeader(grid: Grid): Layout | null {
  let best: { row: number; score: number } | null = null;
  for (let r = 1; r <= Math.min(grid.rows.length, HEADER_SCAN_ROWS); r++) {
    const fields = new Set<ReportField>();
    for (const cell of grid.rows[r - 1] ?? []) {
      const text = cellText(cell);
      const field = text === null ? null : matchReportHeader(text);
      if (field) fields.add(field);
    }
    if (fields.has('caseNo') && fields.size >= 2 && (best === null || fields.size > best.score))
      best = { row: r, score: fields.size };
  }
  if (best === null) return null;
  const claimed = new Set<ReportField>();
  const columns: Layout['columns'] = [];
  (grid.rows[best.row - 1] ?? []).forEach((cell, index) => {
    const header = cellText(cell);
    if (header === null) return;
    let field = matchReportHeader(header);
    // A second plain 期間 column is the end of the period: 期間 | 期間 over 自 / 至.
    if (field === 'period' && claimed.has('period') && !claimed.has('periodTo')) field = 'periodTo';
    if (field !== null && claimed.has(field)) field = null;
    if (field !== null) claimed.add(field);
    columns.push({ index, header, field });
  });
  // Two plain 期間 columns: the first one is the start.
  if (claimed.has('period') && claimed.has('periodTo') && !claimed.has('periodFrom')) {
    for (const col of columns) if (col.field === 'period') col.field = 'periodFrom';
  }
  return { headerRow: best.row, columns };
}

const PERIOD_SPLIT = /\s*(?:[～~〜]|から)\s*/;

type Draft = { -readonly [K in keyof AgencyReportInput]: AgencyReportInput[K] };

function emptyReport(caseNo: string): Draft {
  return {
    caseNo,
    reportDate: '',
    agency: '',
    periodFrom: null,
    periodTo: null,
    daysAbsent: null,
    unexplainedAbsence: null,
    injury: null,
    homeChange: null,
    safetyScale: null,
    note: null,
  };
}

/** Sets one field from a cell; returns what is wrong with the cell, or null. */
function applyCell(r: Draft, field: ReportField, header: string, cell: Cell): string | null {
  const day = (c: Cell): string | null | Error => {
    const parsed = parseDateCell(c);
    if (parsed.kind === 'invalid') return new Error(parsed.text);
    return parsed.kind === 'date' ? parsed.iso : null;
  };
  switch (field) {
    case 'caseNo':
      return null;
    case 'reportDate':
    case 'periodFrom':
    case 'periodTo': {
      const value = day(cell);
      if (value instanceof Error) return `「${header}」の日付を読めません: 「${value.message}」`;
      if (field === 'reportDate') r.reportDate = value ?? '';
      else r[field] = value;
      return null;
    }
    case 'period': {
      const text = cellText(cell);
      if (text === null) return null;
      const parts = cell instanceof Date || typeof cell === 'number' ? [cell] : text.split(PERIOD_SPLIT);
      const [from, to] = parts.map((p) => day(p === '' ? null : p));
      if (parts.length > 2 || from instanceof Error || to instanceof Error)
        return `「${header}」の期間を読めません: 「${text}」`;
      r.periodFrom = from ?? null;
      r.periodTo = to ?? null;
      return null;
    }
    case 'daysAbsent':
    case 'safetyScale': {
      const parsed = parseWholeNumber(cell);
      if (parsed.kind === 'unknown') return `「${header}」の値「${parsed.text}」を数として読めません`;
      const max = field === 'safetyScale' ? 10 : 366;
      if (parsed.kind === 'ok' && parsed.value > max)
        return `「${header}」の値 ${parsed.value} は 0〜${max} の範囲にありません`;
      r[field] = parsed.kind === 'ok' ? parsed.value : null;
      return null;
    }
    case 'unexplainedAbsence':
    case 'injury': {
      const parsed = parseYesNo(cell);
      if (parsed.kind === 'unknown') return `「${header}」の値「${parsed.text}」を有／無として読めません`;
      r[field] = parsed.kind === 'ok' ? parsed.value : null;
      return null;
    }
    case 'agency':
      r.agency = cellText(cell) ?? '';
      return null;
    case 'homeChange':
    case 'note':
      r[field] = cellText(cell);
      return null;
  }
}

function parseSheet(grid: Grid, out: ParsedReports): void {
  const layout = detectReportHeader(grid);
  if (layout === null) {
    if (grid.rows.some((row) => row.some((cell) => !isBlankCell(cell)))) {
      out.warnings.push({
        sheet: grid.name,
        row: null,
        caseNo: null,
        message: `シート「${grid.name}」に報告の見出し行（登録番号・報告日・報告機関など）が見つからないため、読み込みませんでした`,
      });
    }
    return;
  }
  const unused = layout.columns.filter((c) => c.field === null).map((c) => `「${c.header}」`);
  if (unused.length > 0) {
    out.warnings.push({
      sheet: grid.name,
      row: null,
      caseNo: null,
      message: `列 ${unused.join('、')} は報告のどの項目にも当たらないため、取り込みに使いませんでした`,
    });
  }
  const caseNoCol = layout.columns.find((c) => c.field === 'caseNo');
  for (let row = layout.headerRow + 1; row <= grid.rows.length; row++) {
    const cells = grid.rows[row - 1] ?? [];
    if (cells.every(isBlankCell)) continue;
    const rawCaseNo = caseNoCol ? cellText(cells[caseNoCol.index] ?? null) : null;
    const caseNo = rawCaseNo === null ? null : normalizeCaseNo(rawCaseNo) || null;
    if (caseNo !== null && TOTAL_WORDS.has(matchKey(caseNo))) continue;
    const report = emptyReport(caseNo ?? '');
    const reasons: string[] = [];
    if (caseNo === null) reasons.push('登録番号がありません');
    for (const col of layout.columns) {
      if (col.field === null) continue;
      const problem = applyCell(report, col.field, col.header, cells[col.index] ?? null);
      if (problem) reasons.push(problem);
    }
    if (report.reportDate === '' && !reasons.some((r) => r.includes('日付')))
      reasons.push(`${FIELD_LABELS.reportDate}がありません`);
    if (report.agency === '') reasons.push(`${FIELD_LABELS.agency}がありません`);
    if (reasons.length === 0) {
      const checked = agencyReportSchema.safeParse(report);
      if (!checked.success) {
        for (const issue of checked.error.issues) {
          const label = FIELD_LABELS[issue.path[0] as ReportField] ?? String(issue.path[0] ?? '');
          reasons.push(issue.code === 'too_big' ? `「${label}」が長すぎます` : `「${label}」の値が正しくありません`);
        }
      } else {
        out.rows.push({ sheet: grid.name, row, report: checked.data });
        continue;
      }
    }
    out.rejected.push({ sheet: grid.name, row, caseNo, reason: reasons.join(' / ') });
  }
}

/** Every sheet's reports; sheets without a report header are skipped with a warning. */
export function parseReportWorkbook(grids: readonly Grid[]): ParsedReports {
  const out: ParsedReports = { rows: [], rejected: [], warnings: [] };
  for (const grid of grids) parseSheet(grid, out);
  return out;
}
