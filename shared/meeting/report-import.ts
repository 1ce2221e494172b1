// What importing agencies' reports (reports.import) did, or would do on a dry run.
import type { ImportRejection, ImportWarning } from '../ledger/import-types';
import type { ImportedReport } from './imported-reports';

export type { ImportedReport } from './imported-reports';

export interface ReportImportResult {
  imported: number;
  /** Rows identical to a report already stored (same case, agency and date): importing twice adds nothing. */
  unchanged: number;
  rejected: ImportRejection[];
  warnings: ImportWarning[];
  /** Each report imported (or, on a dry run, that would be), in the file's order, masked for the meeting page. */
  reports: ImportedReport[];
  /** Set when the file was a returned assessment sheet (a request workbook) rather than a report sheet. */
  answers?: AnswersImport;
}

export type AnswerImportStatus = 'new' | 'replaced' | 'unchanged';

/** What a returned request workbook brought in: one agency's answers to one request. */
export interface AnswersImport {
  requestId: number;
  meetingId: number | null;
  agency: string;
  imported: number;
  /** A corrected re-send: the earlier answer is kept as history. */
  replaced: number;
  unchanged: number;
  cases: AnswerImportCase[];
}

export interface AnswerImportCase {
  caseNo: string;
  /** Masked like the meeting page: 'R7-0001 Y.H.'. */
  caseLabel: string;
  status: AnswerImportStatus;
  /** On a re-send, the labels of what differs from the current answer (items, 記入日, 記入者, その他の列). */
  changed: string[];
}
