// The user's choices on changes that would undo a newer value: by default the ledger's value is kept;
// a field (or a whole case) set to 'file' goes to ledger.importCommit as overwriteNewer.
import type { ImportCaseUpdate } from '../../../shared/contract';

export type Take = 'ledger' | 'file';
/** `${caseNo}\u0000${field}` → 'file'; a field not in the map keeps the ledger's value. */
export type Choices = ReadonlyMap<string, Take>;

export const choiceKey = (caseNo: string, field: string) => `${caseNo}\u0000${field}`;

export function takeOf(choices: Choices, caseNo: string, field: string): Take {
  return choices.get(choiceKey(caseNo, field)) ?? 'ledger';
}

export function choose(choices: Choices, caseNo: string, fields: readonly string[], take: Take): Choices {
  const next = new Map(choices);
  for (const field of fields) {
    if (take === 'file') next.set(choiceKey(caseNo, field), 'file');
    else next.delete(choiceKey(caseNo, field));
  }
  return next;
}

/** The cases with changes that would undo a newer value, and only those changes. */
export function undoingUpdates(updates: readonly ImportCaseUpdate[]): ImportCaseUpdate[] {
  return updates
    .map((u) => ({ caseNo: u.caseNo, changes: u.changes.filter((ch) => ch.undoes !== null) }))
    .filter((u) => u.changes.length > 0);
}

/** The ordinary changes: written whatever is chosen. */
export function plainUpdates(updates: readonly ImportCaseUpdate[]): ImportCaseUpdate[] {
  return updates
    .map((u) => ({ caseNo: u.caseNo, changes: u.changes.filter((ch) => ch.undoes === null) }))
    .filter((u) => u.changes.length > 0);
}

/** What ledger.importCommit gets: only choices that name an undoing change of this preview. */
export function overwriteList(
  updates: readonly ImportCaseUpdate[],
  choices: Choices,
): { caseNo: string; field: string }[] {
  const out: { caseNo: string; field: string }[] = [];
  for (const u of undoingUpdates(updates)) {
    for (const ch of u.changes)
      if (takeOf(choices, u.caseNo, ch.field) === 'file') out.push({ caseNo: u.caseNo, field: ch.field });
  }
  return out;
}
