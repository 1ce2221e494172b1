import { describe, expect, it } from 'vitest';
import { fiscalYearOf, lastEndedFiscalYear, offeredFiscalYears } from '../../shared/stats/year-choice';

describe('the 年度実績 screen year choice', () => {
  it('places a day in its April–March year', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2026-12-31')).toBe(2026);
    expect(fiscalYearOf('2027-01-01')).toBe(2026);
  });

  it('opens on the last year that has ended (the 前年度実績)', () => {
    expect(lastEndedFiscalYear('2026-03-31')).toBe(2024);
    expect(lastEndedFiscalYear('2026-04-01')).toBe(2025);
    expect(lastEndedFiscalYear('2026-11-30')).toBe(2025);
  });

  it('offers the running year and the ended ones, newest first, including the default', () => {
    const years = offeredFiscalYears('2026-11-30');
    expect(years.slice(0, 3)).toEqual([2026, 2025, 2024]);
    expect(years).toHaveLength(10);
    expect(years).toContain(lastEndedFiscalYear('2026-11-30'));
  });
});
