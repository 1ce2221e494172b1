// What the secretariat marks on a case outside the ledger columns: a proposed closure and the
// support plan's (サポートプラン) review date. Both feed the agenda suggestion.
import type { Db } from '../open';

export class CaseMarksRepo {
  constructor(private readonly db: Db) {}

  setClosureProposed(caseNo: string, proposed: boolean, by: string, at: string): void {
    if (proposed) {
      this.db
        .prepare(
          'INSERT INTO closure_proposals (case_no, proposed_at, proposed_by) VALUES (?, ?, ?) ON CONFLICT(case_no) DO NOTHING',
        )
        .run(caseNo, at, by);
    } else {
      this.db.prepare('DELETE FROM closure_proposals WHERE case_no = ?').run(caseNo);
    }
  }

  closureProposed(): Set<string> {
    return new Set(this.db.prepare('SELECT case_no FROM closure_proposals').pluck().all() as string[]);
  }

  setPlanReview(caseNo: string, reviewDue: string | null, at: string): void {
    if (reviewDue === null) {
      this.db.prepare('DELETE FROM support_plans WHERE case_no = ?').run(caseNo);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO support_plans (case_no, review_due, updated_at) VALUES (?, ?, ?)
      ON CONFLICT(case_no) DO UPDATE SET review_due = excluded.review_due, updated_at = excluded.updated_at`,
      )
      .run(caseNo, reviewDue, at);
  }

  isClosureProposed(caseNo: string): boolean {
    return this.db.prepare('SELECT 1 FROM closure_proposals WHERE case_no = ?').get(caseNo) !== undefined;
  }

  planReview(caseNo: string): string | null {
    return (
      (this.db.prepare('SELECT review_due FROM support_plans WHERE case_no = ?').pluck().get(caseNo) as
        string | undefined) ?? null
    );
  }

  planReviewDueBy(date: string): Set<string> {
    return new Set(
      this.db.prepare('SELECT case_no FROM support_plans WHERE review_due <= ?').pluck().all(date) as string[],
    );
  }
}
