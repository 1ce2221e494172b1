// The two text comparisons an import makes before counting a change: a day written another way in an extra
// column is no change, and a CP932 「?」 keeps the ledger's text.
import { describe, expect, it } from 'vitest';
import { keepCp932Losses, mergeCase } from '../../db/services/import-plan';
import { emptyCase } from '../../shared/ledger/case';
import { diffCases } from '../../shared/ledger/diff';

const coverage = { fields: new Set(['caseNo', 'name'] as const), extraHeaders: new Set(['最終協議日', '備考']) };

describe('import plan text comparisons', () => {
  it('an extra day stored as 2025/5/24 by an older import equals the ISO the file gives now', () => {
    const before = { ...emptyCase('A-1'), extra: { 最終協議日: '2025/5/24', 備考: 'x' } };
    const incoming = { ...emptyCase('A-1'), extra: { 最終協議日: '2025-05-24', 備考: 'y' } };
    const merged = mergeCase(before, incoming, coverage as never);
    expect(merged.extra).toEqual({ 最終協議日: '2025/5/24', 備考: 'y' });
    expect(diffCases(before, merged).map((c) => c.field)).toEqual(['extra:備考']);
  });

  it('keeps the stored text where the file has 「?」 for what CP932 cannot hold, and names each field', () => {
    const before = { ...emptyCase('A-1'), name: '𠮷田 花子', extra: { 備考: '😀' } };
    const file = { ...before, name: '?田 花子', extra: { 備考: '?' } };
    const found: string[] = [];
    const kept = keepCp932Losses(before, file, (f) => found.push(f));
    expect(kept).toEqual(before);
    expect(found).toEqual(['name', 'extra:備考']);
    const renamed = { ...before, name: '?田 花代' };
    expect(keepCp932Losses(before, renamed, () => {})).toBe(renamed);
  });
});
