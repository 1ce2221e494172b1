// The plan editor's pure helpers (shared/plan/plan-form.ts): the review list's default horizon and which typed
// rows are saved.
import { describe, expect, it } from 'vitest';
import { endOfNextMonth, savableContent, unsavedRows } from '../../shared/plan/plan-form';
import { EMPTY_PLAN_CONTENT } from '../../shared/plan/support-plan';

describe('endOfNextMonth', () => {
  it('is the last day of the following month, across years and February', () => {
    expect(endOfNextMonth('2026-11-30')).toBe('2026-12-31');
    expect(endOfNextMonth('2026-12-01')).toBe('2027-01-31');
    expect(endOfNextMonth('2027-01-31')).toBe('2027-02-28');
    expect(endOfNextMonth('2028-01-15')).toBe('2028-02-29');
    expect(endOfNextMonth('2026-03-31')).toBe('2026-04-30');
  });
});

describe('savableContent', () => {
  it('leaves out rows whose key part is empty and counts the started ones', () => {
    const content = {
      ...EMPTY_PLAN_CONTENT,
      children: [
        { name: '架空 はると', birthDate: null, affiliation: null },
        { name: ' ', birthDate: null, affiliation: '保育園' },
      ],
      guardians: [{ name: '', birthDate: null, affiliation: null, work: null }],
      supports: [
        { service: '訪問', who: null, role: null, monitoring: null, progress: null },
        { service: '', who: '保健師', role: null, monitoring: null, progress: null },
      ],
    };
    const saved = savableContent(content);
    expect(saved.children.map((c) => c.name)).toEqual(['架空 はると']);
    expect(saved.guardians).toEqual([]);
    expect(saved.supports.map((s) => s.service)).toEqual(['訪問']);
    // The blank guardian row was never started: only the child with a 所属 and the support with a 提供者 count.
    expect(unsavedRows(content)).toBe(2);
  });
});
