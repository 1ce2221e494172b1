import { describe, it, expect } from 'vitest';
import { computeBudget, itemSeconds } from '../../shared/meeting/budget';
import type { ProgramEntry, ProgramItemFields } from '../../shared/meeting/program';
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
function fields(kind: ProgramItemFields['kind'], minutes: number): ProgramItemFields {
  return { kind, title: kind, presenter: null, minutes, notes: null };
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
      programSeconds: 0,
      cutoff: null,
      overflow: [],
      lateItems: [],
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
      programSeconds: 0,
      cutoff: null,
      overflow: [],
      lateItems: [],
    });
  });

  it('counts non-case items in 次第 order, so a 研修 before the 協議 block pushes cases past the line', () => {
    const program: ProgramEntry[] = [
      { ...fields('開会', 5), id: 'i1', record: null },
      { block: 'quick' },
      { ...fields('研修', 60), id: 'i2', record: null },
      { block: 'deep' },
      { ...fields('閉会', 5), id: 'i3', record: null },
    ];
    const items = [item('Q-1', 'quick', 0), item('Q-2', 'quick', 1), item('D-1', 'deep', 0, 20)];
    const budget = computeBudget(items, 90, settings, program);
    // 5 + 2 + 60 = 67 minutes before 協議: the 20-minute case ends at 87, 閉会 at 92 is late.
    expect(budget).toMatchObject({ programSeconds: 70 * 60, allocatedSeconds: 92 * 60, cutoff: null, overflow: [] });
    expect(budget.lateItems).toEqual(['i3']);
    const shorter = computeBudget(items, 80, settings, program);
    expect(shorter.cutoff).toEqual({ group: 'deep', index: 0 });
    expect(shorter.overflow).toEqual(['D-1']);
    expect(shorter.lateItems).toEqual(['i3']);
  });

  it('puts a block missing from the program at the end, and a 0-minute item is never late', () => {
    const program: ProgramEntry[] = [
      { ...fields('報告', 30), id: 'i1', record: null },
      { ...fields('閉会', 0), id: 'i2', record: null },
    ];
    const budget = computeBudget([item('D-1', 'deep', 0, 20)], 40, settings, program);
    expect(budget.overflow).toEqual(['D-1']);
    expect(budget.lateItems).toEqual([]);
  });
});
