import { describe, it, expect } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { diffCases } from '../../shared/ledger/diff';

describe('diffCases', () => {
  const before: LedgerCase = {
    ...emptyCase('S-1'),
    name: '架空 一',
    abuseTypes: ['身体的'],
    agencies: ['学校', '警察署'],
    riskLevel: '中度',
    extra: { 備考: 'あり', 学年: '3' },
  };

  it('is empty for equal cases', () => {
    expect(diffCases(before, structuredClone(before))).toEqual([]);
  });

  it('lists changed fields in field order, then extra columns', () => {
    const after: LedgerCase = {
      ...before,
      name: null,
      abuseTypes: ['身体的', '心理的'],
      agencies: [],
      riskLevel: '重度',
      status: 'closed',
      extra: { 学年: '4', 地区メモ: '北' },
    };
    expect(diffCases(before, after)).toEqual([
      { field: 'name', oldValue: '架空 一', newValue: null },
      { field: 'abuseTypes', oldValue: '身体的', newValue: '身体的、心理的' },
      { field: 'riskLevel', oldValue: '中度', newValue: '重度' },
      { field: 'agencies', oldValue: '学校、警察署', newValue: null },
      { field: 'status', oldValue: 'active', newValue: 'closed' },
      { field: 'extra:備考', oldValue: 'あり', newValue: null },
      { field: 'extra:学年', oldValue: '3', newValue: '4' },
      { field: 'extra:地区メモ', oldValue: null, newValue: '北' },
    ]);
  });
});
