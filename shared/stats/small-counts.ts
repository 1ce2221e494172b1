// "Hide counts under a threshold" for documents that leave the office: a count of 1 … threshold−1 children could
// point at a family in a small town, so it is written 「3件未満」 (threshold 3); 0 stays 0.
// A hidden count must not come back by subtraction. The rule, per year and per total:
// - A total is a count too: under the threshold it is written 「N件未満」 like any other.
// - The cells that add up to a total form a list (a total can have several: the new registrations add up by
//   種別, by month, and by age band with 特定妊婦). A list gives its hidden cells back when exactly one is hidden,
//   or when the hidden ones can only be all 1 or all threshold−1 (2 hidden adding up to 2 are both 1). Then the
//   list's smallest shown count is hidden as well, written 「非表示」 (secondary suppression); a list with no
//   count left to hide hides its total instead, and then every list of that total keeps at least one count
//   hidden, or adding it up would give the total back.
// - A difference with the previous year is written only when both years' counts are.
// Meetings held (not about a child) are never hidden; abuse types have no total (a case counts once per type).
import type { StatsReport, StatsTable, TableRow } from './chart-tables';

/** The cells that add up to `total`, in one or more ways. */
export interface SumGroup {
  total: string;
  lists: string[][];
}

export type Shown = { kind: 'count'; value: number } | { kind: 'under'; threshold: number } | { kind: 'hidden' };

export interface ShownRow {
  label: string;
  current: Shown;
  previous: Shown;
  /** This year − previous year; null when either side is hidden. */
  diff: number | null;
}

export interface ShownTable extends Omit<StatsTable, 'rows' | 'total'> {
  rows: ShownRow[];
  total: ShownRow | null;
}

/** The threshold the setting offers first: 1 and 2 are written 「3件未満」. */
export const DEFAULT_THRESHOLD = 3;
/**
 * The smallest threshold that hides anything: 「2件未満」 beside counts of 0 written as 0 can only mean 1. A
 * smaller one asked for is raised to this (the setting's input should not offer it).
 */
export const MIN_THRESHOLD = 3;
export const HIDDEN_TEXT = '非表示';

type Mark = 'under' | 'hidden';

/**
 * Which counts of one year to hide: 'under' for a small count, 'hidden' for a count or total hidden so that no
 * small count can be worked out. `cells` are the counts that may be hidden at all.
 */
export function hiddenCells(
  values: ReadonlyMap<string, number>,
  cells: Iterable<string>,
  groups: readonly SumGroup[],
  threshold: number,
): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  if (threshold <= 1) return marks;
  const value = (c: string) => values.get(c) ?? 0;
  const small = (c: string) => value(c) >= 1 && value(c) < threshold;
  for (const c of cells) if (small(c)) marks.set(c, 'under');
  for (const g of groups) if (small(g.total)) marks.set(g.total, 'under');

  const reveals = (list: readonly string[]): boolean => {
    // A count hidden as 「非表示」 may be any number: with one in the list the others cannot be worked out.
    if (list.some((c) => marks.get(c) === 'hidden')) return false;
    const under = list.filter((c) => marks.get(c) === 'under');
    const k = under.length;
    if (k === 0) return false;
    const sum = under.reduce((s, c) => s + value(c), 0);
    return k === 1 || sum === k || sum === k * (threshold - 1);
  };
  const hideSmallestShown = (list: readonly string[]): boolean => {
    const shown = list.filter((c) => !marks.has(c) && value(c) > 0);
    if (shown.length === 0) return false;
    shown.sort((a, b) => value(a) - value(b) || (a < b ? -1 : 1));
    marks.set(shown[0]!, 'hidden');
    return true;
  };

  // Each pass hides at least one more count, so this ends; a handful of passes is the most a real report takes.
  for (let changed = true; changed;) {
    changed = false;
    for (const g of groups) {
      const totalMark = marks.get(g.total);
      // Under the threshold every cell is smaller still, so already hidden or 0.
      if (totalMark === 'under') continue;
      if (totalMark === 'hidden') {
        for (const list of g.lists) if (!list.some((c) => marks.has(c)) && hideSmallestShown(list)) changed = true;
        continue;
      }
      for (const list of g.lists) {
        if (!reveals(list)) continue;
        if (!hideSmallestShown(list)) marks.set(g.total, 'hidden');
        changed = true;
        break;
      }
    }
  }
  return marks;
}

/** The report's tables with each count as it may be written: all exact when `threshold` is null. */
export function shownTables(report: StatsReport, asked: number | null): ShownTable[] {
  const threshold = asked === null ? null : Math.max(MIN_THRESHOLD, Math.floor(asked));
  const tables = report.sheets.flatMap((s) => s.tables);
  const protectedCells = tables
    .filter((t) => t.protect)
    .flatMap((t) => [...t.rows, ...(t.total ? [t.total] : [])].map((r) => r.cell));
  const marksOf = (values: ReadonlyMap<string, number>) =>
    threshold === null ? new Map<string, Mark>() : hiddenCells(values, protectedCells, report.groups, threshold);
  const marks = { current: marksOf(report.values.current), previous: marksOf(report.values.previous) };
  const shown = (year: 'current' | 'previous', cell: string): Shown => {
    const mark = marks[year].get(cell);
    if (mark === 'under') return { kind: 'under', threshold: threshold! };
    if (mark === 'hidden') return { kind: 'hidden' };
    return { kind: 'count', value: report.values[year].get(cell) ?? 0 };
  };
  const row = (r: TableRow): ShownRow => {
    const current = shown('current', r.cell);
    const previous = shown('previous', r.cell);
    const diff = current.kind === 'count' && previous.kind === 'count' ? current.value - previous.value : null;
    return { label: r.label, current, previous, diff };
  };
  return tables.map((t) => ({ ...t, rows: t.rows.map(row), total: t.total ? row(t.total) : null }));
}

/** 12 / 「3件未満」 / 「非表示」. */
export function shownText(s: Shown): string {
  if (s.kind === 'count') return String(s.value);
  return s.kind === 'under' ? `${s.threshold}件未満` : HIDDEN_TEXT;
}

/** +2 / −1 / ±0, or 「－」 when a side is hidden. */
export function diffText(diff: number | null): string {
  if (diff === null) return '－';
  return diff > 0 ? `+${diff}` : diff < 0 ? `−${-diff}` : '±0';
}

/** The line every document with hidden counts carries, so a reader knows why a number is missing. */
export function hiddenNote(threshold: number): string {
  return `${threshold}件未満の件数は「${threshold}件未満」と書き、合計などから逆算できてしまう件数は「${HIDDEN_TEXT}」としています。`;
}
