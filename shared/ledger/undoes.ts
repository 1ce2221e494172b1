// Whether an imported value would undo a newer change made in the app. A council's Excel file is a
// snapshot: re-importing an older copy after a meeting's write-back (or a hand edit, or an import of a
// newer file) must not quietly put the old values back.
//
// The rule, per field, from the case's history (oldest first): find the latest history row of that field
// whose *old* value equals the file's value, i.e. the last time the field moved away from what the file
// still says. If such a row exists, the file's value is older than that change, and every change of the
// field from that row on was made after the value the file holds. The change reported is the newest of
// them that is not an import of this same file name (re-importing the same file corrected in Excel is
// not "older"); with none left, the import is an ordinary update.
import type { HistoryEntry, HistorySource } from './case';

export interface UndoneChange {
  /** Where the value the import would replace came from. */
  source: HistorySource;
  at: string;
  /** Who made it, when the history row records the operator; otherwise null. */
  by: string | null;
  /** The meeting (会議#3 …) or the file name of that change. */
  detail: string | null;
}

export type FieldHistory = Pick<HistoryEntry, 'field' | 'oldValue' | 'newValue' | 'source' | 'at' | 'detail'> & {
  by?: string | null;
};

export function findUndone(
  history: readonly FieldHistory[],
  field: string,
  fileValue: string | null,
  fileName: string,
): UndoneChange | null {
  const rows = history.filter((h) => h.field === field);
  let from = -1;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i]!.oldValue === fileValue) {
      from = i;
      break;
    }
  }
  if (from < 0) return null;
  for (let i = rows.length - 1; i >= from; i--) {
    const h = rows[i]!;
    if (h.source === 'import' && h.detail === fileName) continue;
    return { source: h.source, at: h.at, by: h.by ?? null, detail: h.detail };
  }
  return null;
}

/** Why the change is shown apart, in the words of the preview (会議#3 で反映した値より古い値です). */
export function undoneExplanation(u: UndoneChange, when: string): string {
  const who = u.by ? `（${u.by}）` : '';
  switch (u.source) {
    case 'meeting':
      return `${u.detail ?? '会議'} で反映した値より古い値です`;
    case 'edit':
      return `${when} に手入力で変更した値${who}より古い値です`;
    case 'import':
      return `${when} に「${u.detail ?? '別のファイル'}」から取り込んだ値${who}より古い値です`;
  }
}
