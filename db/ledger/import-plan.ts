// What an import does to the ledger, case by case. A row updates only what its sheet carries: fields
// without a column in that sheet, and extra columns the sheet does not have, keep their stored values,
// so importing a partial list (e.g. only 登録番号 and 支援方針) never blanks the rest of a case.
import type { ImportWarning, PreviewSheet } from '../../shared/contract';
import { CASE_FIELD_ORDER, type LedgerCase, type MappedField } from '../../shared/ledger/case';
import { diffCases } from '../../shared/ledger/diff';
import { fieldLabel } from '../../shared/ledger/fields';

export interface ParsedRow { sheet: string; row: number; case: LedgerCase }
export type Change = ReturnType<typeof diffCases>[number];
export interface CaseUpdate { after: LedgerCase; changes: Change[]; sheet?: string; row?: number }

export interface ImportPlan {
  inserts: LedgerCase[];
  updates: CaseUpdate[];
  unchanged: number;
  /** Fields held back because the ledger changed them after the preview (holdNewerEdits). */
  warnings: ImportWarning[];
}

export function emptyPlan(): ImportPlan {
  return { inserts: [], updates: [], unchanged: 0, warnings: [] };
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
  for (const { sheet, row, case: incoming } of rows) {
    const before = stored(incoming.caseNo);
    if (!before) {
      plan.inserts.push(incoming);
      continue;
    }
    const after = mergeCase(before, incoming, coverage.get(sheet));
    const changes = diffCases(before, after);
    if (changes.length === 0) plan.unchanged++;
    else plan.updates.push({ after, changes, sheet, row });
  }
}

/**
 * An import must not silently undo a newer edit: every field the ledger changed after the preview
 * (`seen` holds each case as the preview read it, null when it did not exist) keeps its stored value, and
 * the row gets a warning naming the field with both values. A case left with no change counts as unchanged.
 */
export function holdNewerEdits(plan: ImportPlan, seen: ReadonlyMap<string, LedgerCase | null>, current: (caseNo: string) => LedgerCase | null): void {
  const kept: CaseUpdate[] = [];
  for (const update of plan.updates) {
    const caseNo = update.after.caseNo;
    const before = seen.get(caseNo);
    const now = current(caseNo);
    if (before === undefined || !now) {
      kept.push(update);
      continue;
    }
    const since = new Set((before === null ? update.changes : diffCases(before, now)).map((c) => c.field));
    const held = update.changes.filter((c) => since.has(c.field));
    if (held.length === 0) {
      kept.push(update);
      continue;
    }
    let after = update.after;
    for (const change of held) after = withStoredValue(after, now, change.field);
    const list = held.map((c) => `${fieldLabel(c.field)}（いまの値「${c.oldValue ?? '（空）'}」、ファイルの値「${c.newValue ?? '（空）'}」）`).join('、');
    plan.warnings.push({
      sheet: update.sheet ?? '', row: update.row ?? null, caseNo,
      message: `取り込みの確認の後にほかの操作で変更されたため、取り込んでいません: ${list}`,
    });
    const changes = update.changes.filter((c) => !since.has(c.field));
    if (changes.length === 0) plan.unchanged++;
    else kept.push({ ...update, after, changes });
  }
  plan.updates = kept;
}

function withStoredValue(after: LedgerCase, stored: LedgerCase, field: string): LedgerCase {
  if (field.startsWith('extra:')) {
    const header = field.slice('extra:'.length);
    const extra = { ...after.extra };
    if (header in stored.extra) extra[header] = stored.extra[header]!;
    else delete extra[header];
    return { ...after, extra };
  }
  return { ...after, [field]: stored[field as MappedField] };
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
