// Where a figure of the home view leads: the ledger with exactly the filters that give that figure's cases
// (the ledger's own filter state, so the user sees and can clear them), or a meeting's detail.
import type { FilterState } from '../LedgerFilters';
import { NO_FILTERS } from '../LedgerFilters';
import type { Classification, Registration, RiskLevel } from '../../../../shared/ledger/case';

export interface HomeLinks {
  openLedger(filters: FilterState): void;
  openMeeting(meetingId: number): void;
  openImport(): void;
  /** The 「依頼・回収」 view (月次報告の遅れ); absent until the app has that view. */
  openRequests?(): void;
}

/** Open cases whose 次回確認 is due by the month's end (this month and overdue), of one agency or all. */
export function reviewFilters(monthEnd: string, agency: string | null): FilterState {
  return { ...NO_FILTERS, status: ['active'], reviewDueBy: monthEnd, leadAgency: agency ?? '' };
}

export function riskFilters(risk: RiskLevel): FilterState {
  return { ...NO_FILTERS, status: ['active'], riskLevel: [risk] };
}

export function registrationFilters(registration: Registration): FilterState {
  return { ...NO_FILTERS, status: ['active'], registration: [registration] };
}

export function classificationFilters(classification: Classification): FilterState {
  return { ...NO_FILTERS, status: ['active'], classification: [classification] };
}
