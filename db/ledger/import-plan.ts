// What an import does to the ledger, case by case. A row updates only what its sheet carries: fields
// without a column in that sheet, and extra columns the sheet does not have, keep their stored values,
// so importing a partial list (e.g. only 登録番号 and 支援方針) never blanks the rest of a case.
import type { PreviewSheet } from '../../shared/contract';
import { CASE_FIELD_ORDER, type LedgerCase, type MappedField } from '../../shared/ledger/case';
import { diffCases } from '../../shared/ledger/diff';

export interface ParsedRow { sheet: string; row: number; case: LedgerCase }
export type Change = ReturnType<typeof diffCases>[number];
export interface CaseUpdate { after: LedgerCase; changes: Change[] }

export interface ImportPlan {
  inserts: LedgerCase[];
  updates: CaseUpdate[];
  unchanged: number;
}

export function emptyPlan(): ImportPlan {
  return { inserts: [], updates: [], unchanged: 0 };
}

interface Coverage { fields: Set<MappedField>; extraHeaders: Set<string> }

const MAPPED = new Set<string>(CASE_FIELD_ORDER);

export function coverageBySheet(sheets: readonly PreviewSheet[]): Map<string, Coverage> {
  const out = new Map<string, Coverage>();
  for (const sheet of sheets) {
    const fields = new Set<MappedField>(['caseNo']);
    const extraHeaders = new Set<string>();
    for (const col of sheet.columns) {
      if (col.target === 'ignore') continue;
      // Mapped columns can also leave text in extra (a risk on another scale, an unknown abuse type).
      extraHeaders.add(col.header);
      if (MAPPED.has(col.target)) fields.add(col.target as MappedField);
    }
    if (sheet.classification) fields.add('classification');
    // The parser derives the status from a closure date as well as from a 状態 column.
    if (fields.has('closedDate')) fields.add('status');
    out.set(sheet.name, { fields, extraHeaders });
  }
  return out;
}

/** Adds `rows` to `plan`; `stored` is the ledger as it is now. */
export function planRows(
  plan: ImportPlan,
  rows: readonly ParsedRow[],
  coverage: Map<string, Coverage>,
  stored: (caseNo: string) => LedgerCase | null,
): void {
  for (const { sheet, case: incoming } of rows) {
    const before = stored(incoming.caseNo);
    if (!before) {
      plan.inserts.push(incoming);
      continue;
    }
    const after = mergeCase(before, incoming, coverage.get(sheet));
    const changes = diffCases(before, after);
    if (changes.length === 0) plan.unchanged++;
    else plan.updates.push({ after, changes });
  }
}

export function mergeCase(before: LedgerCase, incoming: LedgerCase, coverage: Coverage | undefined): LedgerCase {
  if (!coverage) return incoming;
  const after: Record<string, unknown> = { ...before };
  for (const field of coverage.fields) after[field] = incoming[field];
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(before.extra)) if (!isCovered(key, coverage.extraHeaders)) extra[key] = value;
  for (const [key, value] of Object.entries(incoming.extra)) extra[key] = value;
  after.extra = extra;
  return after as LedgerCase;
}

/** The parser keys a second column of the same header (or a kept original) as 備考（2）, 備考（3）, … */
function isCovered(key: string, headers: Set<string>): boolean {
  if (headers.has(key)) return true;
  const numbered = /^(.*)（\d+）$/.exec(key);
  return numbered !== null && headers.has(numbered[1]!);
}
