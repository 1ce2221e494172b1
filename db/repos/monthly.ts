// The reports a school or nursery sent about its children, for 月次報告の遅れ (shared/assessment/monthly-reports.ts):
// per case and agency, the last imported agency report and the current assessment answers' days.
import type { Db } from '../open';

export class MonthlyRepo {
  constructor(private readonly db: Db) {}

  /** Per case and agency as written, the last agency_reports day. */
  lastAgencyReports(): { caseNo: string; agency: string; day: string }[] {
    return this.db
      .prepare('SELECT case_no AS caseNo, agency, MAX(report_date) AS day FROM agency_reports GROUP BY case_no, agency')
      .all() as { caseNo: string; agency: string; day: string }[];
  }

  /** Every current (not replaced) assessment answer's case, agency, 記入日 and import instant. */
  currentAnswerDays(): { caseNo: string; agency: string; filledOn: string | null; importedAt: string }[] {
    return this.db
      .prepare(
        `SELECT case_no AS caseNo, agency, json_extract(data, '$.filledOn') AS filledOn, imported_at AS importedAt
           FROM assessment_answers WHERE replaced_at IS NULL`,
      )
      .all() as { caseNo: string; agency: string; filledOn: string | null; importedAt: string }[];
  }
}
