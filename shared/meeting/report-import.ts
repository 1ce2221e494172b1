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
}
