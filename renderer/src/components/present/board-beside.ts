// The projector's arrangement of a board that has the whole (wide, low) body of the screen: a 16:9 area
// under the case bar is about 2.5 times as wide as it is high, so rows of agencies above and below the family
// (board-spread.ts) run out of height. Here every agency and free note stands beside the family instead, in
// columns on its left and right (each keeps the side it was drawn on, as far as the sides stay even), stacked
// by the height each one takes at the room's word size as measured on the last drawing, a column further out
// once a column would be taller than the screen. The family is spread by row and column as board-spread's.
import { AGENCY_W, LABEL_WIDTH, NOTE_H } from '../../../../shared/board/geometry';
import { HALF } from '../../../../shared/board/svg-primitives';
import type { BoardDoc } from '../../../../shared/board/types';

/** What the last drawing measured, in the SVG's units. */
export interface Measured {
  /** Each agency's box (in the document's order) and each free note's. */
  agencies: { w: number; h: number }[];
  notes: { w: number; h: number }[];
  /** Half the widest person (label or symbol), and the height a word takes. */
  personHalf: number;
  unit: number;
  /** The tallest a column may be: the area's height at the last drawing's scale. */
  columnMax: number;
}

export interface Beside {
  sx: number;
  sy: number;
  /** Distance from the family to the first column, in words (Measured.unit). */
  gap: number;
  measured: Measured;
}

/** Reads the sizes the room's words gave the agencies, notes and persons (board-text.ts fitted them). */
export function measureBoard(root: SVGSVGElement, scale: number, areaHeight: number): Measured {
  const size = (g: SVGGElement) => {
    const r = g.querySelector('rect')?.getBBox();
    return { w: r?.width ?? AGENCY_W, h: r?.height ?? NOTE_H };
  };
  const text = root.querySelector<SVGTextElement>('g.person > text');
  const unit = text ? parseFloat(text.style.fontSize) || 13 : 13;
  const persons = [...root.querySelectorAll<SVGGElement>('g.person')].map((g) => g.getBBox().width / 2);
  // A household's dotted outline reaches this far beside its persons' middles (household-outline.ts).
  if (root.querySelector('path.household')) persons.push(Math.max(HALF, LABEL_WIDTH / 2) + 4);
  return {
    agencies: [...root.querySelectorAll<SVGGElement>('g.agency')].map(size),
    notes: [...root.querySelectorAll<SVGGElement>(':scope > g.board g.note')].map(size),
    personHalf: Math.max(0, ...persons),
    unit,
    columnMax: (areaHeight * 0.92) / scale,
  };
}

/**
 * The first try: persons a third further apart than 自動配置 set them for paper, as a wide area has width
 * to spare and a 24 px label then keeps clear of the lines between partners.
 */
export const FIRST_BESIDE = { sx: 1.3, sy: 1, gap: 0.8 };

/** Persons apart where they overlapped (as board-spread's widen), the columns further out where they hit. */
export function widenBeside(s: Beside, found: { columns: boolean; rows: boolean; rowGap: boolean }): Beside {
  return {
    ...s,
    sx: found.columns ? s.sx * 1.2 : s.sx,
    sy: found.rows ? s.sy * 1.2 : s.sy,
    gap: found.rowGap ? s.gap * 1.5 : s.gap,
  };
}

interface Item {
  kind: 'agency' | 'note';
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export function besideBoard(doc: BoardDoc, s: Beside): BoardDoc {
  if (doc.persons.length === 0) return doc;
  const m = s.measured;
  const xs = doc.persons.map((p) => p.position.x);
  const ys = doc.persons.map((p) => p.position.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const persons = doc.persons.map((p) => ({
    ...p,
    position: { x: cx + (p.position.x - cx) * s.sx, y: cy + (p.position.y - cy) * s.sy },
  }));
  const familyLeft = cx - ((Math.max(...xs) - Math.min(...xs)) / 2) * s.sx - m.personHalf;
  const familyRight = cx + ((Math.max(...xs) - Math.min(...xs)) / 2) * s.sx + m.personHalf;
  const free = doc.notes.filter((n) => n.column === null);
  const items: Item[] = [
    ...doc.agencies.map((a, i) => ({
      kind: 'agency' as const,
      id: a.id,
      x: a.position.x,
      y: a.position.y,
      ...(m.agencies[i] ?? { w: AGENCY_W, h: 48 }),
    })),
    ...free.map((n, i) => ({
      kind: 'note' as const,
      id: n.id,
      x: n.position.x + (m.notes[i]?.w ?? 200) / 2,
      y: n.position.y,
      ...(m.notes[i] ?? { w: 200, h: NOTE_H }),
    })),
  ];
  // Left of the family's middle goes left, the rest right; the sides kept within one item of each other.
  const byX = [...items].sort((a, b) => a.x - b.x);
  let leftCount = byX.filter((item) => item.x < cx).length;
  leftCount = Math.min(Math.max(leftCount, Math.floor(items.length / 2)), Math.ceil(items.length / 2));
  const sides = [byX.slice(0, leftCount), byX.slice(leftCount)];
  const placed = new Map<string, { x: number; y: number }>();
  const vGap = m.unit * 0.6;
  sides.forEach((list, side) => {
    const outward = side === 0 ? -1 : 1;
    // Columns of what fits in the screen's height, in the drawn top-to-bottom order.
    const columns: Item[][] = [[]];
    let height = 0;
    for (const item of [...list].sort((a, b) => a.y - b.y)) {
      const column = columns.at(-1)!;
      if (column.length > 0 && height + vGap + item.h > m.columnMax) {
        columns.push([item]);
        height = item.h;
      } else {
        column.push(item);
        height += (column.length > 1 ? vGap : 0) + item.h;
      }
    }
    // The edge of each column nearest the family.
    let edge = (side === 0 ? familyLeft : familyRight) + outward * s.gap * m.unit;
    for (const column of columns) {
      const total = column.reduce((sum, item) => sum + item.h, 0) + vGap * (column.length - 1);
      let top = cy - total / 2;
      for (const item of column) {
        if (item.kind === 'agency') {
          // An agency's box grows away from the family from the edge drawn nearest it (board-text.ts).
          placed.set(item.id, { x: edge + (outward * AGENCY_W) / 2, y: top + item.h / 2 });
        } else {
          // A note keeps its top left corner.
          placed.set(item.id, { x: side === 0 ? edge - item.w : edge, y: top });
        }
        top += item.h + vGap;
      }
      edge += outward * (Math.max(...column.map((item) => item.w)) + m.unit);
    }
  });
  return {
    ...doc,
    persons,
    agencies: doc.agencies.map((a) => ({ ...a, position: placed.get(a.id) ?? a.position })),
    notes: doc.notes.map((n) => ({ ...n, position: placed.get(n.id) ?? n.position })),
  };
}
