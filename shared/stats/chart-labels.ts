// The words of the year's figures: labels for the keys the figures use ('0-2' → 0〜2歳, 身体的 → 身体的虐待,
// '2024-05' → 5月), the order a breakdown's keys are shown in, and the fiscal year in 和暦.
import { formatDate } from '../ledger/dates';
import type { Counts } from './types';

export const TOTAL_LABEL = '合計';
export const SPECIAL_PREGNANCY = '特定妊婦';

export const AGE_LABELS: Record<string, string> = {
  '0-2': '0〜2歳',
  '3-5': '3〜5歳',
  '6-11': '6〜11歳',
  '12-14': '12〜14歳',
  '15-17': '15〜17歳',
  '18+': '18歳以上',
  不明: '不明',
};

export const ABUSE_LABELS: Record<string, string> = {
  身体的: '身体的虐待',
  性的: '性的虐待',
  ネグレクト: 'ネグレクト',
  心理的: '心理的虐待',
};

/** '2024-04' → '4月'. */
export function monthLabel(month: string): string {
  const m = /^\d{4}-(\d{2})$/.exec(month);
  return m ? `${Number(m[1])}月` : month;
}

/**
 * The keys of a breakdown in the order to show them: the known keys in their own order (also when zero: a
 * breakdown always lists 要保護児童・要支援児童・特定妊婦), then other keys by this year's and last year's count,
 * the "no value" key (未記入, 未設定, 不明) last.
 */
export function orderKeys(known: readonly string[], current: Counts, previous: Counts, last?: string): string[] {
  const seen = new Set(known);
  const others = [...new Set([...Object.keys(current), ...Object.keys(previous)])].filter(
    (k) => !seen.has(k) && k !== last,
  );
  others.sort(
    (a, b) =>
      (current[b] ?? 0) - (current[a] ?? 0) || (previous[b] ?? 0) - (previous[a] ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const hasLast = last !== undefined && ((current[last] ?? 0) > 0 || (previous[last] ?? 0) > 0);
  return [...known, ...others, ...(hasLast ? [last] : [])];
}

/**
 * The fiscal year in 和暦 as the 代表者会議 names it: 2024 → 令和6年度, 2019 → 令和元年度 (the era of the year's
 * end, counted from the year the fiscal year starts in).
 */
export function fiscalYearLabel(fiscalYear: number): string {
  const wareki = formatDate(`${fiscalYear}-12-31`, 'wareki');
  const m = /^(.+?年)/.exec(wareki);
  return m ? `${m[1]}度` : `${fiscalYear}年度`;
}
