// Small counts hidden for documents that leave the office: 1 … threshold−1 written 「N件未満」, 0 kept, and no
// hidden count worked out again from a total (secondary suppression, small-counts.ts).
import { describe, expect, it } from 'vitest';
import { statsReport } from '../../shared/stats/chart-tables';
import {
  diffText,
  hiddenCells,
  hiddenNote,
  shownTables,
  shownText,
  type SumGroup,
} from '../../shared/stats/small-counts';
import { comparison } from './stats-comparison';

const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

/**
 * What a reader can still work out: each count shown is exact, 「N件未満」 is 1 … t−1, 「非表示」 any number ≥ 0,
 * and a total shown is the sum of its list. Returns the values each 「N件未満」 cell can still take.
 */
function possibleValues(
  list: string[],
  total: number | null,
  vals: Map<string, number>,
  marks: Map<string, string>,
  t: number,
): Map<string, Set<number>> {
  const ranges = list.map((c) => {
    const mark = marks.get(c);
    if (mark === 'under') return Array.from({ length: t - 1 }, (_, i) => i + 1);
    if (mark === 'hidden') return Array.from({ length: (total ?? 30) + 1 }, (_, i) => i);
    return [vals.get(c)!];
  });
  const out = new Map<string, Set<number>>(list.filter((c) => marks.get(c) === 'under').map((c) => [c, new Set()]));
  const walk = (i: number, picked: number[]) => {
    if (i === list.length) {
      if (total === null || picked.reduce((a, b) => a + b, 0) === total)
        picked.forEach((v, j) => out.get(list[j]!)?.add(v));
      return;
    }
    for (const v of ranges[i]!) walk(i + 1, [...picked, v]);
  };
  walk(0, []);
  return out;
}

describe('hiddenCells', () => {
  const group = (cells: string[]): SumGroup[] => [{ total: 'T', lists: [cells] }];

  it('writes 1 and 2 as under 3, keeps 0 and 3 and up; hides the smallest shown count beside a lone small one', () => {
    const v = values({ a: 0, b: 2, c: 5, d: 9, T: 16 });
    const marks = hiddenCells(v, ['a', 'b', 'c', 'd'], group(['a', 'b', 'c', 'd']), 3);
    expect(Object.fromEntries(marks)).toEqual({ b: 'under', c: 'hidden' });
  });

  it('leaves two small counts that could be 1+2 or 2+1 alone, but not two that must both be 1 or both be 2', () => {
    const ambiguous = hiddenCells(values({ a: 1, b: 2, c: 7, T: 10 }), ['a', 'b', 'c'], group(['a', 'b', 'c']), 3);
    expect(Object.fromEntries(ambiguous)).toEqual({ a: 'under', b: 'under' });
    for (const pair of [
      [1, 1],
      [2, 2],
    ]) {
      const v = values({ a: pair[0]!, b: pair[1]!, c: 7, T: 7 + pair[0]! + pair[1]! });
      expect(hiddenCells(v, ['a', 'b', 'c'], group(['a', 'b', 'c']), 3).get('c')).toBe('hidden');
    }
  });

  it('hides the total when no count is left to hide, and then a count in every other list of that total', () => {
    // By 種別 only one small count and nothing else; by month all shown: the total must go, and a month with it.
    const v = values({ k1: 0, k2: 4, m1: 1, m2: 3, T: 4 });
    const groups: SumGroup[] = [
      {
        total: 'T',
        lists: [
          ['m1', 'm2'],
          ['k1', 'k2'],
        ],
      },
    ];
    const marks = hiddenCells(v, ['k1', 'k2', 'm1', 'm2'], groups, 3);
    expect(marks.get('m1')).toBe('under');
    expect(marks.get('m2')).toBe('hidden');
    expect(marks.get('T')).toBeUndefined();

    const only = values({ a: 2, b: 2, c: 0, T: 4, x: 1, y: 3 });
    const both: SumGroup[] = [
      {
        total: 'T',
        lists: [
          ['a', 'b', 'c'],
          ['x', 'y'],
        ],
      },
    ];
    const m2 = hiddenCells(only, ['a', 'b', 'c', 'x', 'y'], both, 3);
    expect(m2.get('T')).toBe('hidden');
    expect(m2.get('x')).toBe('under');
  });

  it('writes a total under the threshold as under it too', () => {
    const marks = hiddenCells(values({ a: 1, b: 1, T: 2 }), ['a', 'b'], group(['a', 'b']), 3);
    expect(Object.fromEntries(marks)).toEqual({ a: 'under', b: 'under', T: 'under' });
  });

  it('hides nothing with threshold 1 or less', () => {
    expect(hiddenCells(values({ a: 1, T: 1 }), ['a'], group(['a']), 1).size).toBe(0);
  });

  it('never lets a total give a small count back (every list of up to 4 counts 0 … 5, thresholds 3 … 5)', () => {
    for (const t of [3, 4, 5]) {
      const lists: number[][] = [];
      const gen = (prefix: number[]) => {
        if (prefix.length > 0) lists.push(prefix);
        if (prefix.length < 4) for (let v = 0; v <= 5; v++) gen([...prefix, v]);
      };
      gen([]);
      for (const counts of lists) {
        const cells = counts.map((_, i) => `c${i}`);
        const total = counts.reduce((a, b) => a + b, 0);
        const v = values({ ...Object.fromEntries(cells.map((c, i) => [c, counts[i]!])), T: total });
        const marks = hiddenCells(v, cells, group(cells), t);
        const totalShown = marks.has('T') ? null : total;
        for (const [cell, possible] of possibleValues(cells, totalShown, v, marks, t))
          expect(possible.size, `${t}: ${counts.join(',')} → ${cell}`).toBeGreaterThan(1);
      }
    }
  });
});

describe('shownTables', () => {
  const report = statsReport(comparison());

  it('writes every count exactly when the setting is off', () => {
    const tables = shownTables(report, null);
    for (const t of tables)
      for (const r of [...t.rows, ...(t.total ? [t.total] : [])]) {
        expect(r.current.kind).toBe('count');
        expect(r.previous.kind).toBe('count');
      }
    const cls = tables.find((t) => t.id === 'newByClassification')!;
    expect(cls.rows.map((r) => [r.label, shownText(r.current), shownText(r.previous), diffText(r.diff)])).toEqual([
      ['要保護児童', '25', '20', '+5'],
      ['要支援児童', '15', '13', '+2'],
      ['特定妊婦', '2', '3', '−1'],
    ]);
    expect(cls.total!.current).toEqual({ kind: 'count', value: 42 });
  });

  it('with threshold 3: 「3件未満」, a count hidden beside it, no difference across a hidden count, meetings kept', () => {
    const tables = shownTables(report, 3);
    const cls = tables.find((t) => t.id === 'newByClassification')!;
    expect(cls.rows.map((r) => shownText(r.current))).toEqual(['25', '非表示', '3件未満']);
    expect(cls.rows.map((r) => r.diff)).toEqual([5, null, null]);
    expect(shownText(cls.total!.current)).toBe('42');
    expect(diffText(null)).toBe('－');
    // 代表者会議 was held once: a meeting is not a child, so the 1 stays.
    const meetings = tables.find((t) => t.id === 'meetingsByKind')!;
    expect(shownText(meetings.rows.find((r) => r.label === '代表者会議')!.current)).toBe('1');
    // The previous year is judged on its own counts: its 特定妊婦 3 is shown.
    expect(shownText(cls.rows[2]!.previous)).toBe('3');
  });

  it('keeps the new registrations of every month, 種別 and age band from giving a small count back', () => {
    const tables = shownTables(report, 3);
    const months = tables.find((t) => t.id === 'monthsNew')!;
    // Three months of 2 (all that is small) would add up to what the total leaves: one more month is hidden.
    expect(months.rows.filter((r) => r.current.kind === 'hidden')).toHaveLength(1);
    expect(months.rows.filter((r) => r.current.kind === 'under')).toHaveLength(3);
  });

  it('raises a threshold under 3 to 3: 「2件未満」 beside a 0 could only mean 1', () => {
    const cls = shownTables(report, 2).find((t) => t.id === 'newByClassification')!;
    expect(shownText(cls.rows[2]!.current)).toBe('3件未満');
  });

  it('says why counts are missing', () => {
    expect(hiddenNote(3)).toContain('「3件未満」');
    expect(hiddenNote(3)).toContain('「非表示」');
  });
});
