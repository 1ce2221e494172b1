// stats.*: the year's figures (年度実績) for the screens and the 報告資料, computed by shared/stats/fiscal-year.ts.
import { z } from 'zod';
import type { YearComparison } from '../stats/types';
import { filePasswordSchema } from '../text/file-password';
import { method, result, type ExportedFile } from './method';

// The years a ledger's dates may fall in (date-rules.ts: 1900–2100), so every year asked for can hold cases.
export const FISCAL_YEAR_MIN = 1900;
export const FISCAL_YEAR_MAX = 2099;
export const FISCAL_YEAR_MESSAGE = `年度は西暦の4桁（${FISCAL_YEAR_MIN}〜${FISCAL_YEAR_MAX}）で指定してください（例：2024 は 2024年4月〜2025年3月）。`;

/** A fiscal year by the calendar year it starts in (2024 = 2024-04-01 … 2025-03-31). */
export const fiscalYearSchema = z
  .number({ error: FISCAL_YEAR_MESSAGE })
  .int(FISCAL_YEAR_MESSAGE)
  .min(FISCAL_YEAR_MIN, FISCAL_YEAR_MESSAGE)
  .max(FISCAL_YEAR_MAX, FISCAL_YEAR_MESSAGE);

export const statsMethods = {
  /** The figures of a fiscal year and of the year before it, for the comparison. */
  'stats.year': method(z.object({ fiscalYear: fiscalYearSchema }).strict(), result<YearComparison>()),
  /**
   * The 報告資料 (docx) or the figures workbook (xlsx) of a year with the year before it; logged. With
   * hideSmallCounts the counts under the `smallCountThreshold` setting are hidden (small-counts.ts).
   */
  'stats.export': method(
    z
      .object({
        fiscalYear: fiscalYearSchema,
        format: z.enum(['docx', 'xlsx']),
        hideSmallCounts: z.boolean(),
        filePassword: filePasswordSchema.optional(),
      })
      .strict(),
    result<ExportedFile>(),
  ),
} as const;
