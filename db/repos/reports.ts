// Agencies' reports. A report is identified by (case, agency, report date): the same row imported
// again is recognised and not added twice.
import { agencyReportSchema, type AgencyReport, type AgencyReportInput } from '../../shared/meeting/types';
import type { Db } from '../open';

interface ReportRow {
  id: number;
  data: string;
  created_at: string;
}

export class ReportsRepo {
  private readonly selectKey;
  private readonly insertRow;

  constructor(private readonly db: Db) {
    this.selectKey = db.prepare(
      'SELECT id, data, created_at FROM agency_reports WHERE case_no = ? AND agency = ? AND report_date = ?',
    );
    this.insertRow = db.prepare(
      'INSERT INTO agency_reports (case_no, report_date, agency, data, created_at) VALUES (?, ?, ?, ?, ?)',
    );
  }

  /** One case's reports from every agency, newest first. */
  forCase(caseNo: string): AgencyReport[] {
    const rows = this.db
      .prepare('SELECT id, data, created_at FROM agency_reports WHERE case_no = ? ORDER BY report_date DESC, id DESC')
      .all(caseNo) as ReportRow[];
    return rows.map(toReport);
  }

  /** Reports dated after `since` (every report when null) and no later than `until`, grouped by case, any order. */
  byCase(since: string | null, until: string): Map<string, AgencyReport[]> {
    const rows = this.db
      .prepare('SELECT id, data, created_at FROM agency_reports WHERE report_date > ? AND report_date <= ?')
      .all(since ?? '', until) as ReportRow[];
    const grouped = new Map<string, AgencyReport[]>();
    for (const row of rows) {
      const report = toReport(row);
      const list = grouped.get(report.caseNo);
      if (list) list.push(report);
      else grouped.set(report.caseNo, [report]);
    }
    return grouped;
  }

  find(key: Pick<AgencyReportInput, 'caseNo' | 'agency' | 'reportDate'>): AgencyReport | null {
    const row = this.selectKey.get(key.caseNo, key.agency, key.reportDate) as ReportRow | undefined;
    return row ? toReport(row) : null;
  }

  /** Call after checking `find`: the unique key makes a second insert of the same report fail. */
  insert(report: AgencyReportInput, at: string): AgencyReport {
    const { lastInsertRowid } = this.insertRow.run(
      report.caseNo,
      report.reportDate,
      report.agency,
      JSON.stringify(report),
      at,
    );
    return { ...report, id: Number(lastInsertRowid), createdAt: at };
  }
}

// Stored only after validation, so read back without re-validating: the suggestion reads thousands.
function toReport(row: ReportRow): AgencyReport {
  const report = JSON.parse(row.data) as AgencyReport;
  report.id = row.id;
  report.createdAt = row.created_at;
  return report;
}

/** Whether two reports say the same thing (ids and timestamps aside). */
export function sameReport(a: AgencyReportInput, b: AgencyReportInput): boolean {
  const keys = Object.keys(agencyReportSchema.shape) as (keyof AgencyReportInput)[];
  return keys.every((k) => a[k] === b[k]);
}
