import type { CsvEncoding, ExportedFile, ExportFormat } from '../../shared/contract';
import type { LedgerCase } from '../../shared/ledger/case';
import { dayInZone } from '../../shared/time/zone';
import { writeLedgerCsv } from '../files/write-csv';
import { writeLedgerJson } from '../files/write-json';
import { writeLedgerXlsx } from '../files/write-xlsx';

export const MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

export interface ExportOptions {
  shown?: boolean;
  encoding?: CsvEncoding;
}

/**
 * `cases` in the order given. The file is named by the council's date: 進行管理台帳_2026-11-24.xlsx, and a part
 * of the ledger (the rows the screen showed) says so and how many: 進行管理台帳_表示中12件_2026-11-24.xlsx.
 */
export async function exportLedger(
  cases: LedgerCase[],
  format: ExportFormat,
  now: Date,
  timeZone: string,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const { bytes, ...file } = await exportLedgerFile(cases, format, now, timeZone, options);
  return { ...file, dataBase64: bytes.toString('base64') };
}

/** The same file as bytes: what the file worker (db/workers/jobs.ts) runs. */
export async function exportLedgerFile(
  cases: LedgerCase[],
  format: ExportFormat,
  now: Date,
  timeZone: string,
  options: ExportOptions = {},
): Promise<Omit<ExportedFile, 'dataBase64'> & { bytes: Buffer }> {
  const bytes =
    format === 'xlsx'
      ? await writeLedgerXlsx(cases, now)
      : format === 'csv'
        ? writeLedgerCsv(cases, options.encoding)
        : writeLedgerJson(cases);
  return {
    fileName: `進行管理台帳_${options.shown ? `表示中${cases.length}件_` : ''}${dayInZone(now, timeZone)}.${format}`,
    mimeType: format === 'csv' && options.encoding === 'cp932' ? 'text/csv; charset=shift_jis' : MIME[format],
    bytes,
  };
}
