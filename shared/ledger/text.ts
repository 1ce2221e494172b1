// Cell → text conversions shared by the ledger parser. Names must never pass through Unicode
// normalization (髙, 﨑, 𠮷 have to survive byte-identical), so `matchKey` is only ever applied to
// text we compare against fixed vocabularies (headers, enum values, dates), never to stored text.
import type { Cell } from './grid';

/** The UTC calendar day of a Date as YYYY-MM-DD (Excel dates arrive as UTC midnight). */
export function isoOfUtcDate(d: Date): string {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/**
 * A cell as stored text: strings trimmed, numbers without a trailing '.0', dates as ISO days,
 * booleans as Excel shows them. Empty → null.
 */
export function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') {
    const t = cell.trim();
    return t === '' ? null : t;
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : null;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? null : isoOfUtcDate(cell);
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return cellText(cell) === null;
}

/** Full-width → half-width, no whitespace: for matching against vocabularies only. */
export function matchKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Drops bracketed notes such as 軽度（見守り） or 身体的【疑い】, full- or half-width. */
export function stripNotes(text: string): string {
  return text.replace(/[（(][^）)]*[）)]|[【［[][^】］\]]*[】］\]]/g, '');
}
