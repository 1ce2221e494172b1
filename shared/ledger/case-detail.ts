// One case as the case panel loads it: the row, its history and the version an edit is checked against.
import type { HistoryEntry, LedgerCase } from './case';

export interface CaseDetail {
  case: LedgerCase;
  history: HistoryEntry[];
  /** Bumped by every write to the case; ledger.update sends it back. */
  version: number;
}
