// The projector's own arrangement of a board. 自動配置 spaces people for paper (136 apart) and puts the
// agencies on a ring beside the family; at 24 px words on a 16:9 projector the drawing runs out of width
// first, so the room's copy is re-spaced here before it is drawn (the SVG writer then draws every line to
// the new places): the family is spread apart by row and column as far as its words need; the agencies drawn
// beside it stay beside it (stacked, as many as its rows hold), the others and the free notes stand in rows
// of three above and below it, in their left-to-right order.
// The document itself is not changed. PresentBoard grows the spread until nothing on screen overlaps.
import { AGENCY_W, NOTE_H, NOTE_W } from '../../../../shared/board/geometry';
import type { BoardDoc } from '../../../../shared/board/types';

export interface Spread {
  /** The family's columns and rows, as a multiple of the drawn distances. */
  sx: number;
  sy: number;
  /** Distance from the family to the rows above and below it, in the SVG's units. */
  gap: number;
  /** Distance between neighbours in those rows, as a multiple of an agency's width. */
  pitch: number;
  /** Distance between two rows on the same side, in the SVG's units. */
  rowStep: number;
}

/** At most this many agencies and notes side by side: a row of four 24 px names is wider than the drawing. */
const PER_ROW = 3;

export const FIRST_SPREAD: Spread = { sx: 1, sy: 1, gap: 70, pitch: 1.2, rowStep: 110 };

/**
 * What PresentBoard does when the spread still overlaps: widen one kind of distance per round, persons
 * first. Widening everything at once is only the same drawing larger, which the fit shrinks back.
 */
export function widen(
  s: Spread,
  found: { columns: boolean; rows: boolean; rowItems: boolean; rowGap: boolean; rowStep: boolean },
): Spread {
  if (found.columns || found.rows)
    return { ...s, sx: found.columns ? s.sx * 1.2 : s.sx, sy: found.rows ? s.sy * 1.2 : s.sy };
  if (found.rowGap) return { ...s, gap: s.gap * 1.35 };
  return { ...s, pitch: found.rowItems ? s.pitch * 1.15 : s.pitch, rowStep: s.rowStep * 1.25 };
}

interface Item {
  kind: 'agency' | 'note';
  id: string;
  /** The centre as drawn, which decides its row and its place in the row. */
  x: number;
  y: number;
}

export function spreadBoard(doc: BoardDoc, s: Spread): BoardDoc {
  if (doc.persons.length === 0) return doc;
  const xs = doc.persons.map((p) => p.position.x);
  const ys = doc.persons.map((p) => p.position.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const persons = doc.persons.map((p) => ({
    ...p,
    position: { x: cx + (p.position.x - cx) * s.sx, y: cy + (p.position.y - cy) * s.sy },
  }));
  const top = cy - ((Math.max(...ys) - Math.min(...ys)) / 2) * s.sy;
  const bottom = cy + ((Math.max(...ys) - Math.min(...ys)) / 2) * s.sy;
  const items: Item[] = [
    ...doc.agencies.map((a) => ({ kind: 'agency' as const, id: a.id, x: a.position.x, y: a.position.y })),
    ...doc.notes
      .filter((n) => n.column === null)
      .map((n) => ({ kind: 'note' as const, id: n.id, x: n.position.x + NOTE_W / 2, y: n.position.y + NOTE_H / 2 })),
  ];
  const xsNow = persons.map((p) => p.position.x);
  const left = Math.min(...xsNow);
  const right = Math.max(...xsNow);
  // Beside the family, stacked, the agencies drawn beside it (within its rows' height), at most as many as
  // its rows hold; above it the agencies drawn above its middle, below it the rest; the rows kept about even,
  // so one row does not set the drawing's width alone. Notes always go below: a note grows downwards as its
  // text re-wraps, which above the family would run into it.
  const drawnTop = Math.min(...ys);
  const drawnBottom = Math.max(...ys);
  const perSide = Math.max(1, Math.round((drawnBottom - drawnTop) / 130) + 1);
  const besideOf = (side: -1 | 1) =>
    items
      .filter(
        (item) =>
          item.kind === 'agency' &&
          item.y >= drawnTop - 40 &&
          item.y <= drawnBottom + 40 &&
          (side < 0 ? item.x < Math.min(...xs) : item.x > Math.max(...xs)),
      )
      .sort((a, b) => a.y - b.y)
      .slice(0, perSide);
  const sides = [besideOf(-1), besideOf(1)] as const;
  const rest = items.filter((item) => !sides.some((list) => list.includes(item)));
  const byY = [...rest].sort((a, b) => a.y - b.y);
  const half = Math.ceil(byY.length / 2);
  const upper = byY.filter((item, i) => item.kind === 'agency' && item.y < cy && i < half);
  const lower = byY.filter((item) => !upper.includes(item));
  const placed = new Map<string, { x: number; y: number }>();
  sides.forEach((list, i) => {
    const x = i === 0 ? left - s.gap - (AGENCY_W * s.pitch) / 2 : right + s.gap + (AGENCY_W * s.pitch) / 2;
    list.forEach((item, k) => placed.set(item.id, { x, y: cy + (k - (list.length - 1) / 2) * s.rowStep }));
  });
  // Rows of PER_ROW at most, the first next to the family and the others further out (direction -1: up).
  const rows = (list: Item[], firstY: number, direction: number) => {
    const ordered = [...list].sort((a, b) => a.x - b.x);
    const step = AGENCY_W * s.pitch;
    const count = Math.ceil(ordered.length / PER_ROW);
    for (let r = 0; r < count; r++) {
      const chunk = ordered.slice(r * PER_ROW, (r + 1) * PER_ROW);
      const y = firstY + direction * r * s.rowStep;
      chunk.forEach((item, i) => placed.set(item.id, { x: cx + (i - (chunk.length - 1) / 2) * step, y }));
    }
  };
  rows(upper, top - s.gap - 40, -1);
  rows(lower, bottom + s.gap + 60, 1);
  return {
    ...doc,
    persons,
    agencies: doc.agencies.map((a) => ({ ...a, position: placed.get(a.id) ?? a.position })),
    notes: doc.notes.map((n) => {
      const at = placed.get(n.id);
      return at ? { ...n, position: { x: at.x - NOTE_W / 2, y: at.y - NOTE_H / 2 } } : n;
    }),
  };
}
