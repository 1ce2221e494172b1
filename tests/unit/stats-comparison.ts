// A hand-built YearComparison for the chart, small-count and document tests: known counts in every breakdown,
// a few small ones (1 and 2) to hide, and a previous year that differs.
import type {
  CentreSupportFigures,
  FamilySupportFigures,
  FiscalYearFigures,
  YearComparison,
} from '../../shared/stats/types';

type Year = FiscalYearFigures & { familySupport: FamilySupportFigures; centreSupport: CentreSupportFigures };

function months(fiscalYear: number, fresh: number[], closed: number[]): FiscalYearFigures['months'] {
  return fresh.map((n, i) => {
    const month = ((i + 3) % 12) + 1;
    const year = month >= 4 ? fiscalYear : fiscalYear + 1;
    return { month: `${year}-${String(month).padStart(2, '0')}`, new: n, closed: closed[i]! };
  });
}

export function comparison(): YearComparison {
  const current: Year = {
    fiscalYear: 2024,
    from: '2024-04-01',
    to: '2025-03-31',
    newRegistrations: {
      total: 42,
      byClassification: { 要保護児童: 25, 要支援児童: 15, 特定妊婦: 2 },
      byAbuseType: { 身体的: 12, ネグレクト: 14, 心理的: 9, 性的: 1 },
      byAgeBand: { '0-2': 8, '3-5': 9, '6-11': 13, '12-14': 6, '15-17': 3, 不明: 1 },
    },
    closures: { total: 30, byReason: { 転居: 9, 状況改善: 16, '18歳到達': 2, 未記入: 3 } },
    openAtYearEnd: {
      total: 120,
      byClassification: { 要保護児童: 70, 要支援児童: 45, 特定妊婦: 5 },
      byRisk: { 生命の危険: 2, 重度: 18, 中度: 40, 軽度: 45, 危惧: 12, 未設定: 3 },
    },
    meetings: {
      byKind: { 代表者会議: 1, 実務者会議: 12, 個別ケース検討会議: 23 },
      casesConfirmed: 310,
      casesDiscussed: 64,
    },
    months: months(2024, [3, 5, 4, 2, 6, 3, 4, 3, 2, 5, 3, 2], [2, 3, 1, 4, 2, 3, 3, 2, 4, 2, 2, 2]),
    familySupport: {
      recommended: { 子育て短期支援: 4, 養育支援訪問: 11, 一時預かり: 6 },
      provided: { 子育て短期支援: 2, 養育支援訪問: 7 },
    },
    centreSupport: { newCases: 14, closures: 6, openAtYearEnd: 31 },
  };
  const previous: Year = {
    fiscalYear: 2023,
    from: '2023-04-01',
    to: '2024-03-31',
    newRegistrations: {
      total: 36,
      byClassification: { 要保護児童: 20, 要支援児童: 13, 特定妊婦: 3 },
      byAbuseType: { 身体的: 10, ネグレクト: 11, 心理的: 8 },
      byAgeBand: { '0-2': 6, '3-5': 8, '6-11': 10, '12-14': 5, '15-17': 4 },
    },
    closures: { total: 28, byReason: { 転居: 7, 状況改善: 18, 未記入: 3 } },
    openAtYearEnd: {
      total: 108,
      byClassification: { 要保護児童: 64, 要支援児童: 40, 特定妊婦: 4 },
      byRisk: { 重度: 15, 中度: 38, 軽度: 40, 危惧: 15 },
    },
    meetings: {
      byKind: { 代表者会議: 1, 実務者会議: 12, 個別ケース検討会議: 19 },
      casesConfirmed: 280,
      casesDiscussed: 58,
    },
    months: months(2023, [2, 4, 3, 3, 4, 3, 2, 4, 3, 3, 3, 2], [3, 2, 2, 3, 2, 2, 3, 2, 3, 2, 2, 2]),
    familySupport: { recommended: { 養育支援訪問: 9, 一時預かり: 5 }, provided: { 養育支援訪問: 6 } },
    centreSupport: { newCases: 9, closures: 2, openAtYearEnd: 23 },
  };
  return { current, previous };
}
