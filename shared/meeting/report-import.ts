// What importing agencies' reports (reports.import) did, or would do on a dry run.
import type { ImportRejection, ImportWarning } from '../ledger/import-types';

export interface ReportImportResult {
  imported: number;
  /** Rows identical to a report already stored (same case, agency and date): importing twice adds nothing. */
  unchanged: number;
  rejected: ImportRejection[];
  warnings: ImportWarning[];
}
