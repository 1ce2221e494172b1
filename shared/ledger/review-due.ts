// 次回確認 overdue: the ledger highlights an open case whose next review lies before today (the council's day,
// passed in). A month (次回確認時期 "R7.12") is overdue only once that month is over: "in December" is still
// kept on 31 December. A closed case has nothing to review, and a date that is not real is left to the case
// panel, which says what is wrong with it.
import type { LedgerCase } from './case';
import { isRealIsoDate } from './dates';

export function isReviewOverdue(c: Pick<LedgerCase, 'nextReview' | 'status'>, today: string): boolean {
  const due = c.nextReview;
  if (c.status === 'closed' || due === null || !isRealIsoDate(due, true)) return false;
  // 'YYYY-MM' < 'YYYY-MM-DD' of the same month, so a month compares by the month of today.
  return due.length === 7 ? due < today.slice(0, 7) : due < today;
}
