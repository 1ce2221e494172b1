// The year's figures as a file of one form, what the file worker's 'stats' document job (db/workers/jobs.ts)
// and any backend handler call: DOCX (報告資料) or XLSX (one sheet per breakdown).
import type { ExportedFile } from '../../shared/contract';
import type { YearComparison } from '../../shared/stats/types';
import { DOCX_MIME } from './docx-parts';
import { XLSX_MIME } from './minutes-xlsx';
import { writeStatsDocx } from './stats-docx';
import { writeStatsXlsx, type StatsDocumentOptions } from './stats-xlsx';

export type { StatsDocumentOptions };
export type StatsFormat = 'docx' | 'xlsx';

/** 年度実績_2024年度.docx: the 西暦 year keeps files in order in a folder. */
export function statsFileBase(cmp: YearComparison, options: StatsDocumentOptions): string {
  return `年度実績_${cmp.current.fiscalYear}年度${options.threshold !== null ? '_少数秘匿' : ''}`;
}

export async function statsFile(
  cmp: YearComparison,
  format: StatsFormat,
  options: StatsDocumentOptions,
  now: Date,
): Promise<ExportedFile> {
  const base = statsFileBase(cmp, options);
  const bytes = format === 'docx' ? await writeStatsDocx(cmp, options) : await writeStatsXlsx(cmp, options, now);
  return {
    fileName: `${base}.${format}`,
    mimeType: format === 'docx' ? DOCX_MIME : XLSX_MIME,
    dataBase64: bytes.toString('base64'),
  };
}
