// ledger.*: the case ledger (台帳) — read, create, edit, import from a council's Excel/CSV, export.
import { z } from 'zod';
import { caseFieldsSchema, type LedgerCase } from '../ledger/case';
import { caseNoSchema } from '../ledger/case-no';
import type { CaseDetail } from '../ledger/case-detail';
import { mappingOverrideSchema, type ImportPreview, type ImportReport } from '../ledger/import-types';
import { filePasswordSchema } from '../text/file-password';
import { empty, fileUpload, method, result, type ExportedFile } from './method';

export const caseChangesSchema = caseFieldsSchema.omit({ caseNo: true }).partial().strict();
export type CaseChanges = z.infer<typeof caseChangesSchema>;

/**
 * A workbook's open password (読み取りパスワード), sent only with the call that reads the file: the backend
 * uses it for that read and keeps it nowhere (not in the pending import, not in the 操作ログ).
 */
export const incomingFilePasswordSchema = z
  .string()
  .min(1, 'ファイルのパスワードを入力してください')
  .max(255, 'ファイルのパスワードは 255 文字までです');

export const EXPORT_FORMATS = ['xlsx', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** A CSV's character set: UTF-8 with BOM (keeps every character) or CP932 (シフトJIS, for older tools). */
export const CSV_ENCODINGS = ['utf8', 'cp932'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export const ledgerMethods = {
  /** Every case (the table filters and sorts on the client side; 10,000 rows is a few MB). */
  'ledger.list': method(empty, result<{ cases: LedgerCase[] }>()),
  'ledger.get': method(z.object({ caseNo: caseNoSchema }).strict(), result<CaseDetail>()),
  'ledger.create': method(
    z.object({ case: caseFieldsSchema.extend({ caseNo: caseNoSchema }) }).strict(),
    result<CaseDetail>(),
  ),
  /** `version` is the case's version the editor loaded (CaseDetail.version): an edit on an older one is refused ('conflict'). */
  'ledger.update': method(
    z
      .object({ caseNo: caseNoSchema, changes: caseChangesSchema, version: z.number().int().positive().optional() })
      .strict(),
    result<CaseDetail>(),
  ),

  /** Reads the file and reports what an import would do; writes nothing. Returns a token for commit. */
  'ledger.importPreview': method(
    fileUpload
      .extend({ mapping: mappingOverrideSchema.optional(), filePassword: incomingFilePasswordSchema.optional() })
      .strict(),
    result<ImportPreview>(),
  ),
  /** Applies a previewed import (with the mapping the user settled on) in one transaction. */
  'ledger.importCommit': method(
    z
      .object({
        token: z.string().min(1),
        mapping: mappingOverrideSchema.optional(),
        /**
         * Changes that would undo a newer value set in the app (ImportFieldChange.undoes) are kept out unless
         * named here, per case and field, or 'all' (the CLI's --overwrite-newer).
         */
        overwriteNewer: z
          .union([
            z.literal('all'),
            z.array(z.object({ caseNo: caseNoSchema, field: z.string().min(1).max(600) }).strict()).max(500_000),
          ])
          .optional(),
      })
      .strict(),
    result<ImportReport>(),
  ),

  /**
   * The whole ledger, or with `caseNos` exactly those cases in that order (the rows the ledger screen shows
   * under its search, filters and sort).
   */
  'ledger.export': method(
    z
      .object({
        format: z.enum(EXPORT_FORMATS),
        caseNos: z.array(caseNoSchema).max(200_000).optional(),
        /** xlsx only: the file's open password (CSV/JSON cannot carry one and are refused with it). */
        filePassword: filePasswordSchema.optional(),
        /** csv only; default utf8. */
        encoding: z.enum(CSV_ENCODINGS).optional(),
      })
      .strict(),
    result<ExportedFile>(),
  ),
} as const;
