// The 統括支援員's list of サポートプラン reviews: every open plan whose 見直し falls on or before a day, the
// overdue ones first, grouped by 担当 and function as the list asks.
import type { PlanFunction, SupportPlan } from './support-plan';

export interface ReviewRow {
  planId: number;
  caseNo: string | null;
  familyLabel: string;
  owner: string | null;
  leadFunction: PlanFunction;
  reviewDue: string;
  overdue: boolean;
}

export interface ReviewGroup {
  owner: string | null;
  leadFunction: PlanFunction;
  rows: ReviewRow[];
}

/** Open plans with a review day on or before `until`; overdue = before `today`. Sorted by day, then label. */
export function reviewsDue(plans: readonly SupportPlan[], today: string, until: string): ReviewRow[] {
  return plans
    .filter((p) => p.status !== 'closed' && p.reviewDue !== null && p.reviewDue <= until)
    .map((p) => ({
      planId: p.id,
      caseNo: p.caseNo,
      familyLabel: p.familyLabel,
      owner: p.owner,
      leadFunction: p.leadFunction,
      reviewDue: p.reviewDue!,
      overdue: p.reviewDue! < today,
    }))
    .sort((a, b) =>
      a.reviewDue === b.reviewDue
        ? a.familyLabel.localeCompare(b.familyLabel, 'ja')
        : a.reviewDue < b.reviewDue
          ? -1
          : 1,
    );
}

/** The rows by 担当 (no 担当 last) and function, each group keeping the rows' order. */
export function groupByOwner(rows: readonly ReviewRow[]): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const row of rows) {
    const key = `${row.owner ?? '\uffff'}\u0000${row.leadFunction}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { owner: row.owner, leadFunction: row.leadFunction, rows: [] }));
    group.rows.push(row);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

/** The caseNos whose plan is due for review by `date` (the agenda suggestion's PLAN_REVIEW_DUE). */
export function caseNosDueBy(plans: readonly SupportPlan[], date: string): Set<string> {
  const out = new Set<string>();
  for (const p of plans)
    if (p.caseNo !== null && p.status !== 'closed' && p.reviewDue !== null && p.reviewDue <= date) out.add(p.caseNo);
  return out;
}
