// A meeting's agenda as agenda.* returns it.
import type { LedgerCase } from '../ledger/case';
import type { ProgramEntry } from './program';
import type { AgendaItem } from './types';

/** A meeting's agenda, with the cases' ledger rows so a screen needs no second call. */
export interface Agenda {
  meetingId: number;
  /** The date changes were counted from (the last meeting of the same kind and scope, or `since`). */
  since: string | null;
  items: AgendaItem[];
  cases: LedgerCase[];
  /** Whether a suggestion has been made yet. */
  suggested: boolean;
  /** The 次第: non-case items and where the 確認 / 協議 blocks sit (a missing block counts as at the end). */
  program: ProgramEntry[];
}
