// The running meeting as live.* returns it, and the console's facts about one case (live.caseBrief).
import type { LedgerCase } from '../ledger/case';
import type { Decision } from './decision';
import type { LiveState } from './live';
import type { AgencyReport } from './types';

export interface LiveSnapshot {
  state: LiveState;
  decisions: Decision[];
}

/** The console's facts about one case. */
export interface CaseBrief {
  case: LedgerCase;
  /** Newest first, at most five. */
  reports: AgencyReport[];
  lastDecision: (Decision & { meetingDate: string; meetingTitle: string }) | null;
  /** The earliest review day: the open plan's, or one set on the case before plans were kept in the app. */
  planReviewDue: string | null;
  /** The case's plan in force (not 終了), in words: 「モニタリング中（担当 保健師A）」. */
  plan: string | null;
  /** 家庭支援事業 not 終了, in words: 「養育支援訪問（措置中）」. */
  services: string[];
  closureProposed: boolean;
}
