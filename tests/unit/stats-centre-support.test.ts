// 年度実績 and 登録区分: the 要対協's figures count only its own registrations; センター支援 families are counted
// apart, each by its 登録区分 on the day that counts (registration, closure, year end), read back from history.
import { describe, expect, it } from 'vitest';
import { figuresOnly, fiscalYearFigures } from '../../shared/stats/fiscal-year';
import type { StatsCase, StatsChange } from '../../shared/stats/inputs';

function kase(caseNo: string, fields: Partial<StatsCase>): StatsCase {
  return {
    caseNo,
    classification: '要支援児童',
    birthDate: '2015-05-05',
    abuseTypes: [],
    riskLevel: '軽度',
    receivedDate: null,
    registeredDate: null,
    status: 'active',
    closedDate: null,
    closedReason: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    ...fields,
  };
}

const CASES: StatsCase[] = [
  // センター支援 all year: new and open for the centre.
  kase('X1', { registration: 'センター支援', registeredDate: '2024-05-01' }),
  // センター支援, closed in the year: the centre's closure, not the 要対協's.
  kase('X2', {
    registration: 'センター支援',
    registeredDate: '2024-06-01',
    status: 'closed',
    closedDate: '2024-09-01',
    closedReason: '状況改善',
  }),
  // Supported by the centre from July, registered with the 要対協 in December (history): new for the centre,
  // open at the year end for the 要対協.
  kase('X3', { registeredDate: '2024-07-01', classification: '要保護児童' }),
  // Without the field (a ledger from before it) and with it spelled out: both 要対協.
  kase('X4', { registeredDate: '2024-04-10' }),
  kase('X5', { registration: '要対協登録', registeredDate: '2024-08-01' }),
  // null from the database (json_extract of an absent key): 要対協.
  kase('X6', { registration: null, registeredDate: '2024-08-02', status: 'closed', closedDate: '2025-01-10' }),
];

const CHANGES: StatsChange[] = [
  { caseNo: 'X3', field: 'registration', at: '2024-12-01T01:00:00.000Z', oldValue: 'センター支援' },
];

describe('fiscalYearFigures and 登録区分', () => {
  const figures = fiscalYearFigures({
    fiscalYear: 2024,
    timeZone: 'Asia/Tokyo',
    cases: CASES,
    changes: CHANGES,
    meetings: [],
    decisions: [],
  });

  it('counts only 要対協 registrations in the 要対協 figures', () => {
    expect(figures.newRegistrations.total).toBe(3);
    expect(figures.newRegistrations.byClassification).toEqual({ 要支援児童: 3 });
    expect(figures.months.reduce((s, m) => s + m.new, 0)).toBe(3);
    expect(figures.closures).toEqual({ total: 1, byReason: { 未記入: 1 } });
    expect(figures.openAtYearEnd.total).toBe(3);
    expect(figures.openAtYearEnd.byClassification).toEqual({ 要保護児童: 1, 要支援児童: 2 });
  });

  it('counts the センター支援 families apart, by their 登録区分 on each day', () => {
    expect(figures.centreSupport).toEqual({ newCases: 3, closures: 1, openAtYearEnd: 1 });
  });

  it('keeps them out of the CLI figures, whose keys do not change', () => {
    expect(Object.keys(figuresOnly(figures))).toEqual([
      'fiscalYear',
      'from',
      'to',
      'newRegistrations',
      'closures',
      'openAtYearEnd',
      'meetings',
      'months',
    ]);
  });
});
