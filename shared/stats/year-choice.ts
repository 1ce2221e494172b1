// Which fiscal years the 年度実績 screen offers, and which it opens on. The 代表者会議 hears the 前年度実績: the
// figures of the last year that has ended, so that is the default (on 2026-04-01 that is 2025, April 2025 –
// March 2026; on 2026-03-31 it is still 2024, as 2025 is not over).

/** The fiscal year a day falls in (2024 = 2024-04-01 … 2025-03-31). `isoDay` is 'YYYY-MM-DD'. */
export function fiscalYearOf(isoDay: string): number {
  const year = Number(isoDay.slice(0, 4));
  const month = Number(isoDay.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** The last fiscal year that has ended by `isoDay`. */
export function lastEndedFiscalYear(isoDay: string): number {
  return fiscalYearOf(isoDay) - 1;
}

/** How many years back the picker goes. */
export const YEARS_OFFERED = 10;

/** The picker's years, newest first: the current (running) year, then the ended ones. */
export function offeredFiscalYears(isoDay: string, count = YEARS_OFFERED): number[] {
  const current = fiscalYearOf(isoDay);
  return Array.from({ length: count }, (_, i) => current - i);
}
