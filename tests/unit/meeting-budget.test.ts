import { describe, it, expect } from 'vitest';
import { computeBudget, itemSeconds } from '../../shared/meeting/budget';
import { DEFAULT_TRIAGE_SETTINGS, type AgendaItem, type Group } from '../../shared/meeting/types';

function item(caseNo: string, group: Group, order: number, deepMinutes: number | null = null): AgendaItem {
  return {
    caseNo,
    group,
    ruleGroup: group === 'hold' ? 'deep' : group,
    reasons: ['REVIEW_DUE'],
    order,
    deepMinutes,
    draft: null,
    override: null,
  };
}
const settings = DEFAULT_TRIAGE_SETTINGS; // 60 s per 確認, 10 min per 協議

describe('computeBudget', () => {
  it('adds 確認 seconds and 協議 minutes (per case when set), leaving 保留 out', () => {
    const items = [
      item('Q-1', 'quick', 0),
      item('Q-2', 'quick', 1),
      item('D-1', 'deep', 0),
      item('D-2', 'deep', 1, 25),
      item('H-1', 'hold', 0),
    ];
    expect(computeBudget(items, 120, settings)).toEqual({
      availableSeconds: 7200,
      allocatedSeconds: 120 + 600 + 1500,
      quickSeconds: 120,
      deepSeconds: 2100,
      cutoff: null,
      overflow: [],
    });
    expect(itemSeconds(item('H-1', 'hold', 0), settings)).toBe(0);
  });

  it('puts the 確認 block first, then 協議 in board order, and cuts where the time runs out', () => {
    // 60 minutes: 3 × 1 min of 確認, then 協議 of 20, 30, 10 → the 10-minute case is over by 3 minutes.
    const items = [
      item('D-3', 'deep', 2),
      item('Q-1', 'quick', 0),
      item('D-1', 'deep', 0, 20),
      item('Q-2', 'quick', 1),
      item('D-2', 'deep', 1, 30),
      item('Q-3', 'quick', 2),
      item('D-4', 'deep', 3, 1),
    ];
    const budget = computeBudget(items, 60, settings);
    expect(budget.cutoff).toEqual({ group: 'deep', index: 2 });
    // D-4 alone would fit in the minutes left, but the meeting goes in order: it is past the line too.
    expect(budget.overflow).toEqual(['D-3', 'D-4']);
    expect(budget.allocatedSeconds).toBe(180 + (20 + 30 + 10 + 1) * 60);
  });

  it('counts a case ending exactly at the planned end as fitting', () => {
    const items = [item('Q-1', 'quick', 0), item('D-1', 'deep', 0, 9)];
    expect(computeBudget(items, 10, settings)).toMatchObject({ cutoff: null, overflow: [] });
    expect(computeBudget(items, 10, { ...settings, quickSeconds: 61 })).toMatchObject({
      cutoff: { group: 'deep', index: 0 },
      overflow: ['D-1'],
    });
  });

  it('can cut inside the 確認 block', () => {
    const items = Array.from({ length: 15 }, (_, i) => item(`Q-${i}`, 'quick', i));
    const budget = computeBudget([...items, item('D-1', 'deep', 0)], 10, { ...settings, quickSeconds: 50 });
    expect(budget.cutoff).toEqual({ group: 'quick', index: 12 });
    expect(budget.overflow).toEqual(['Q-12', 'Q-13', 'Q-14', 'D-1']);
  });

  it('is empty for an empty agenda', () => {
    expect(computeBudget([], 90, settings)).toEqual({
      availableSeconds: 5400,
      allocatedSeconds: 0,
      quickSeconds: 0,
      deepSeconds: 0,
      cutoff: null,
      overflow: [],
    });
  });
});
