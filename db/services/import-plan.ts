// What an import does to the ledger, case by case. A row updates only what its sheet carries: fields
// without a column in that sheet, and extra columns the sheet does not have, keep their stored values,
// so importing a partial list (e.g. only 登録番号 and 支援方針) never blanks the rest of a case.
// A change that would undo a newer value set in the app (shared/ledger/undoes.ts) is listed but kept
// out unless the user chose to overwrite it; a 登録番号 that only differs from a stored one in width,
// invisible characters or hyphens is rejected rather than becoming a second case.
import type { ImportCaseUpdate, ImportRejection, ImportWarning, PreviewSheet } from '../../shared/contract';
import { CASE_FIELD_ORDER, type LedgerCase, type MappedField } from '../../shared/ledger/case';
import { describeCaseNoSpelling } from '../../shared/ledger/case-no';
import { fieldLabel } from '../../shared/ledger/fields';
import { canonicalExtraText } from '../../shared/ledger/dates';
import { diffCases } from '../../shared/ledger/diff';
import { isCp932Mangled } from '../../shared/text/cp932';
import { findUndone, type FieldHistory } from '../../shared/ledger/undoes';

export interface ParsedRow {
  sheet: string;
  row: number;
  case: LedgerCase;
}
export type Change = ReturnType<typeof diffCases>[number];
export interface CaseUpdate {
  after: LedgerCase;
  applied: Change[];
  report: ImportCaseUpdate;
  sheet: string;
  row: number;
}

export interface ImportPlan {
  inserts: LedgerCase[];
  /** Every case the file differs from; only those with `applied` changes are written. */
  updates: CaseUpdate[];
  unchanged: number;
  /** Rows whose 登録番号 matches a stored number only after normalization. */
  nearDuplicates: ImportRejection[];
  /**
   * Rows matched to a stored case that warn: the case already has a near-duplicate in the ledger (two cases
   * made before normalization), or a value kept because the file's has 「?」 from a CP932 save (keepCp932Losses).
   */
  spellingWarnings: ImportWarning[];
  /** Fields held back because the ledger changed them after the preview (holdNewerEditsIn). */
  heldWarnings: ImportWarning[];
}

/** What planning needs besides the rows: the ledger as it is now and the user's choices. */
export interface PlanContext {
  stored: (caseNo: string) => LedgerCase | null;
  history: (caseNo: string) => readonly FieldHistory[];
  /** Stored numbers that are not in normalized form, by their normalized form. */
  legacy: ReadonlyMap<string, readonly string[]>;
  fileName: string;
  /** Whether the user chose the file's value for a change that undoes a newer one. */
  overwrite: (caseNo: string, field: string) => boolean;
}

export function emptyPlan(): ImportPlan {
  return { inserts: [], updates: [], unchanged: 0, nearDuplicates: [], spellingWarnings: [], heldWarnings: [] };
}

interface Coverage {
  fields: Set<MappedField>;
  extraHeaders: Set<string>;
}

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

/** Adds `rows` to `plan`, comparing with the ledger as it is now. */
export function planRows(
  plan: ImportPlan,
  rows: readonly ParsedRow[],
  coverage: Map<string, Coverage>,
  ctx: PlanContext,
): void {
  for (const { sheet, row, case: incoming } of rows) {
    const before = ctx.stored(incoming.caseNo);
    if (!before) {
      const spellings = ctx.legacy.get(incoming.caseNo);
      if (spellings && spellings.length > 0)
        plan.nearDuplicates.push({ sheet, row, caseNo: incoming.caseNo, reason: nearDuplicateReason(spellings) });
      else plan.inserts.push(incoming);
      continue;
    }
    const others = ctx.legacy.get(incoming.caseNo);
    if (others && others.length > 0) {
      const list = others.map((o) => `「${o}」`).join('、');
      plan.spellingWarnings.push({
        sheet,
        row,
        caseNo: incoming.caseNo,
        message: `台帳には、この登録番号と${describeCaseNoSpelling(...others)}の違いしかない${list}も別のケースとしてあります（このケースだけを更新しました）`,
      });
    }
    const merged = keepCp932Losses(before, mergeCase(before, incoming, coverage.get(sheet)), (field) =>
      plan.spellingWarnings.push({ sheet, row, caseNo: incoming.caseNo, message: cp932Message(field) }),
    );
    const changes = diffCases(before, merged);
    if (changes.length === 0) {
      plan.unchanged++;
      continue;
    }
    const history = ctx.history(before.caseNo);
    const report = changes.map((ch) => {
      const undoes = findUndone(history, ch.field, ch.newValue, ctx.fileName);
      const kept = undoes !== null && !ctx.overwrite(before.caseNo, ch.field);
      return { field: ch.field, from: ch.oldValue, to: ch.newValue, undoes, kept };
    });
    const keptFields = new Set(report.filter((ch) => ch.kept).map((ch) => ch.field));
    const after = keptFields.size > 0 ? keepFields(merged, before, keptFields) : merged;
    plan.updates.push({
      after,
      applied: changes.filter((ch) => !keptFields.has(ch.field)),
      report: { caseNo: before.caseNo, changes: report },
      sheet,
      row,
    });
  }
}

function nearDuplicateReason(spellings: readonly string[]): string {
  const stored = spellings.map((s) => `「${s}」`).join('、');
  return `台帳の登録番号${stored}とは${describeCaseNoSpelling(...spellings)}の違いしかありません。別のケースとして登録せず、取り込みませんでした（台帳の登録番号を確かめてください）`;
}

/** `merged` with the named fields (keys or `extra:<header>`) put back to their stored values. */
function keepFields(merged: LedgerCase, before: LedgerCase, fields: ReadonlySet<string>): LedgerCase {
  const out: Record<string, unknown> = { ...merged, extra: { ...merged.extra } };
  const extra = out.extra as Record<string, string>;
  for (const field of fields) {
    if (field.startsWith('extra:')) {
      const header = field.slice('extra:'.length);
      if (header in before.extra) extra[header] = before.extra[header]!;
      else delete extra[header];
    } else out[field] = before[field as MappedField];
  }
  return out as LedgerCase;
}

export function mergeCase(before: LedgerCase, incoming: LedgerCase, coverage: Coverage | undefined): LedgerCase {
  if (!coverage) return incoming;
  const after: Record<string, unknown> = { ...before };
  for (const field of coverage.fields) after[field] = incoming[field];
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(before.extra))
    if (!isCovered(key, coverage.extraHeaders)) extra[key] = value;
  for (const [key, value] of Object.entries(incoming.extra)) {
    // The same day written another way (2025/5/24 stored by an older import, 2025-05-24 now) is no change.
    const stored = before.extra[key];
    extra[key] = stored !== undefined && canonicalExtraText(stored) === canonicalExtraText(value) ? stored : value;
  }
  after.extra = extra;
  return after as LedgerCase;
}

/**
 * A text the file carries only as a CP932 save of the stored one (𠮷 → ?) keeps the stored text: the
 * ledger's value is right, the file's lost characters. `found` is told each field (key or `extra:<header>`).
 */
export function keepCp932Losses(before: LedgerCase, merged: LedgerCase, found: (field: string) => void): LedgerCase {
  let out: LedgerCase | null = null;
  const copy = () => (out ??= { ...merged, extra: { ...merged.extra } });
  for (const field of CASE_FIELD_ORDER) {
    const stored = before[field];
    const value = merged[field];
    if (typeof stored === 'string' && typeof value === 'string' && isCp932Mangled(stored, value)) {
      (copy() as unknown as Record<string, unknown>)[field] = stored;
      found(field);
    }
  }
  for (const [key, value] of Object.entries(merged.extra)) {
    const stored = before.extra[key];
    if (stored !== undefined && isCp932Mangled(stored, value)) {
      copy().extra[key] = stored;
      found(`extra:${key}`);
    }
  }
  return out ?? merged;
}

function cp932Message(field: string): string {
  return `「${fieldLabel(field)}」: CP932 で保存されたため文字が「?」に置き換わっています。台帳の値を残しました`;
}

/** The parser keys a second column of the same header (or a kept original) as 備考（2）, 備考（3）, … */
function isCovered(key: string, headers: Set<string>): boolean {
  if (headers.has(key)) return true;
  const numbered = /^(.*)（\d+）$/.exec(key);
  return numbered !== null && headers.has(numbered[1]!);
}

/**
 * An import must not silently undo an edit made while its preview was open: every field the ledger changed
 * after the preview (`seen` holds each case as the preview read it, null when it did not exist) keeps its
 * stored value, and the row gets a warning naming the field with both values. This is apart from the
 * history rule above (findUndone), which only knows values the field held before. For plan.updates[from, to):
 * a commit spread over turns does a slice per turn, then dropEmptyUpdates once.
 */
export function holdNewerEditsIn(
  plan: ImportPlan,
  seen: ReadonlyMap<string, LedgerCase | null>,
  current: (caseNo: string) => LedgerCase | null,
  from: number,
  to: number,
): void {
  for (const update of plan.updates.slice(from, to)) {
    const caseNo = update.after.caseNo;
    const before = seen.get(caseNo);
    const now = current(caseNo);
    if (before === undefined || !now) continue;
    const since = new Set((before === null ? update.applied : diffCases(before, now)).map((c) => c.field));
    const held = update.applied.filter((c) => since.has(c.field));
    if (held.length === 0) continue;
    const heldFields = new Set(held.map((c) => c.field));
    update.after = keepFields(update.after, now, heldFields);
    update.applied = update.applied.filter((c) => !heldFields.has(c.field));
    update.report = { ...update.report, changes: update.report.changes.filter((c) => !heldFields.has(c.field)) };
    const list = held
      .map(
        (c) =>
          `${fieldLabel(c.field)}（いまの値「${c.oldValue ?? '（空）'}」、ファイルの値「${c.newValue ?? '（空）'}」）`,
      )
      .join('、');
    plan.heldWarnings.push({
      sheet: update.sheet,
      row: update.row,
      caseNo,
      message: `取り込みの確認の後にほかの操作で変更されたため、取り込んでいません: ${list}`,
    });
  }
}

/** A case left with nothing to change or to report counts as unchanged. */
export function dropEmptyUpdates(plan: ImportPlan): void {
  const before = plan.updates.length;
  plan.updates = plan.updates.filter((u) => u.applied.length > 0 || u.report.changes.length > 0);
  plan.unchanged += before - plan.updates.length;
}
