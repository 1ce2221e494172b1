// The small texts around the symbols, shared by the SVG export and the Konva board so both write the same:
// a union's years (婚/同 start, 別 separation, 離 divorce) under its line, and a person's placements
// (一時保護 / 施設 / 里親 with their dates) above the symbol, one line per placement, latest nearest the symbol.
import { formatDate } from '../ledger/dates';
import type { Person, Union } from './types';

/** 「婚2015 離2022」: the start year and the latest of separation/divorce; '' when no year is known. */
export function unionYearsText(u: Union): string {
  const start = u.startYear !== null ? `${u.kind === 'marriage' ? '婚' : '同'}${u.startYear}` : '';
  const end = u.divorcedYear !== null ? `離${u.divorcedYear}` : u.separatedYear !== null ? `別${u.separatedYear}` : '';
  return [start, end].filter((s) => s !== '').join(' ');
}

/** 「一時保護 2026/02/01〜」, 「施設 2020/04/01〜2023/03/31」, 「里親」 (no dates known): one line per placement. */
export function placementLines(p: Pick<Person, 'placements'>): string[] {
  return p.placements.map((pl) => {
    if (pl.from === null && pl.to === null) return pl.kind;
    return `${pl.kind} ${formatDate(pl.from, 'seireki')}〜${formatDate(pl.to, 'seireki')}`;
  });
}
