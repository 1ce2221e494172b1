// The reports an import brought in (or would bring in, on the dry run), as the meeting page lists them: the
// case masked like the rest of the page (number and kana initials, maskedLabel), the agency, the date, the
// facts and the warning signs the triage reads. Free text (家庭状況の変化, 所見) is passed through the masking
// policy of the case, so a name written in a report does not appear on the meeting page either.
import type { LedgerCase } from '../ledger/case';
import { maskedLabel } from './mask';
import { REASON_LABELS, type AgencyReportInput, type TriageSettings } from './types';

export interface ImportedReport {
  caseNo: string;
  /** 'R7-0001 Y.H.', or the number alone when the case has no usable kana. */
  caseLabel: string;
  agency: string;
  /** ISO day; the screen formats it in the user's 和暦/西暦 style. */
  reportDate: string;
  /** What the report says, one short phrase each: 欠席3日, 外傷なし, 安全スケール6, 所見：… */
  facts: string[];
  /** The signs that put a case on the agenda (外傷の報告, 7日以上の欠席 …), in the triage's words. */
  warnings: string[];
}

export function importedReport(
  report: AgencyReportInput,
  c: Pick<LedgerCase, 'caseNo' | 'kana'> | null,
  settings: Pick<TriageSettings, 'absenceDays' | 'safetyLowAtMost'>,
  scrub: (text: string) => string,
): ImportedReport {
  const facts: string[] = [];
  if (report.daysAbsent !== null) facts.push(`欠席${report.daysAbsent}日`);
  if (report.unexplainedAbsence !== null) facts.push(`連絡のない欠席${report.unexplainedAbsence ? 'あり' : 'なし'}`);
  if (report.injury !== null) facts.push(`外傷${report.injury ? 'あり' : 'なし'}`);
  if (report.safetyScale !== null) facts.push(`安全スケール${report.safetyScale}`);
  if (report.homeChange) facts.push(`家庭状況の変化：${scrub(report.homeChange)}`);
  if (report.note) facts.push(`所見：${scrub(report.note)}`);

  const warnings: string[] = [];
  if (report.injury === true) warnings.push(REASON_LABELS.REPORT_INJURY);
  if (report.daysAbsent !== null && report.daysAbsent >= settings.absenceDays)
    warnings.push(`${settings.absenceDays}日以上の欠席`);
  if (report.unexplainedAbsence === true) warnings.push(REASON_LABELS.REPORT_UNEXPLAINED_ABSENCE);
  if (report.safetyScale !== null && report.safetyScale <= settings.safetyLowAtMost)
    warnings.push(REASON_LABELS.SAFETY_LOW);

  return {
    caseNo: report.caseNo,
    caseLabel: maskedLabel({ caseNo: report.caseNo, kana: c?.kana ?? null }),
    agency: report.agency,
    reportDate: report.reportDate,
    facts,
    warnings,
  };
}
