// What a ledger import reports: the wizard's column mapping, the preview of each sheet and what a commit
// would (or did) change. The contract's ledger.importPreview / ledger.importCommit return these; the parser
// (parse.ts) and the header matcher (headers.ts) produce their parts.
import { z } from 'zod';
import { CASE_FIELD_ORDER, type LedgerCase, type MappedField } from './case';
import type { UndoneChange } from './undoes';

/** What a column of an imported sheet becomes: a case field, an `extra` column, or nothing. */
export const columnTargetSchema = z.union([z.enum(CASE_FIELD_ORDER), z.literal('extra'), z.literal('ignore')]);
export type ColumnTarget = MappedField | 'extra' | 'ignore';

/** Per sheet name, per column index (0-based, as a string key) → the user's choice in the wizard. */
export const mappingOverrideSchema = z.record(z.string(), z.record(z.string(), columnTargetSchema));
export type MappingOverride = z.infer<typeof mappingOverrideSchema>;

export interface ImportRejection {
  sheet: string;
  row: number;
  caseNo: string | null;
  reason: string;
}
export interface ImportWarning {
  sheet: string;
  row: number | null;
  caseNo: string | null;
  message: string;
}

export interface ImportReport {
  imported: number;
  /** Cases with at least one change written (or, in a preview, to be written). */
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
  warnings: ImportWarning[];
  /** Every existing case the file differs from, field by field (old → new). */
  updates: ImportCaseUpdate[];
  /** Field changes not written because they would undo a newer value (the app's value is kept). */
  keptNewer: number;
}

/** One field an import changes; `field` is a case field key or `extra:<header>`, values as history stores them. */
export interface ImportFieldChange {
  field: string;
  from: string | null;
  to: string | null;
  /** The newer change in the app this would undo (see shared/ledger/undoes.ts), or null. */
  undoes: UndoneChange | null;
  /** True when the app's newer value is kept: an undoing change not chosen for overwriting. */
  kept: boolean;
}

export interface ImportCaseUpdate {
  caseNo: string;
  changes: ImportFieldChange[];
}

export interface PreviewColumn {
  index: number;
  header: string;
  target: ColumnTarget;
  /** What header synonyms suggested, before any override. */
  suggested: ColumnTarget;
}

export interface PreviewSheet {
  name: string;
  /** 1-based sheet rows of the header (two rows when the header is merged over two). */
  headerRows: { first: number; last: number } | null;
  /** Set when the sheet's name gives the classification of its rows. */
  classification: LedgerCase['classification'];
  columns: PreviewColumn[];
  dataRows: number;
  /** A few parsed rows, for the wizard to show. */
  sample: { row: number; case: LedgerCase }[];
}

export interface ImportPreview {
  token: string;
  fileName: string;
  sheets: PreviewSheet[];
  /** What committing with this mapping would do (a dry run). */
  report: ImportReport;
}
