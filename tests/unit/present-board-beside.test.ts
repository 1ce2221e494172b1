// The projector's whole-body arrangement of a large board (board-beside.ts): every agency and free note beside
// the family, stacked by its measured height without overlapping, the sides even, a further column when one
// would be taller than the screen. The saved document is not changed.
import { describe, expect, it } from 'vitest';
import { AGENCY_W } from '../../shared/board/geometry';
import { relayoutCommand } from '../../shared/board/layout';
import { applyCommand } from '../../shared/board/commands';
import type { BoardDoc } from '../../shared/board/types';
import { besideBoard, FIRST_BESIDE, type Measured } from '../../renderer/src/components/present/board-beside';
import { householdFamilies } from './board-families';

const board = (): BoardDoc => {
  const doc = householdFamilies.eightAgencies!();
  return applyCommand(doc, relayoutCommand(doc)).doc;
};

const measured = (doc: BoardDoc, columnMax = 10_000): Measured => ({
  agencies: doc.agencies.map((_, i) => ({ w: 150 + i * 10, h: 60 })),
  notes: doc.notes.filter((n) => n.column === null).map(() => ({ w: 220, h: 90 })),
  personHalf: 50,
  unit: 20,
  columnMax,
});

/** Each placed item's box: agencies by their centre (grown away from the family), notes by their corner. */
function boxes(doc: BoardDoc, m: Measured) {
  const xs = doc.persons.map((p) => p.position.x);
  const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
  const agencies = doc.agencies.map((a, i) => {
    const { w, h } = m.agencies[i]!;
    const out = a.position.x >= mid ? 1 : -1;
    const near = a.position.x - (out * AGENCY_W) / 2;
    const left = out > 0 ? near : near - w;
    return { left, right: left + w, top: a.position.y - h / 2, bottom: a.position.y + h / 2 };
  });
  const notes = doc.notes
    .filter((n) => n.column === null)
    .map((n, i) => {
      const { w, h } = m.notes[i]!;
      return { left: n.position.x, right: n.position.x + w, top: n.position.y, bottom: n.position.y + h };
    });
  return { all: [...agencies, ...notes], family: { left: Math.min(...xs) - 50, right: Math.max(...xs) + 50 } };
}

const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

describe('besideBoard', () => {
  it('puts every agency and note beside the family, evenly, none on another', () => {
    const doc = board();
    const m = measured(doc);
    const placed = besideBoard(doc, { ...FIRST_BESIDE, measured: m });
    const { all, family } = boxes(placed, m);
    expect(all).toHaveLength(doc.agencies.length + doc.notes.filter((n) => n.column === null).length);
    const left = all.filter((b) => b.right <= family.left);
    const right = all.filter((b) => b.left >= family.right);
    expect(left.length + right.length).toBe(all.length);
    expect(Math.abs(left.length - right.length)).toBeLessThanOrEqual(1);
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  });

  it('starts a column further out when one would be taller than the screen', () => {
    const doc = board();
    const m = measured(doc, 200);
    const placed = besideBoard(doc, { ...FIRST_BESIDE, measured: m });
    const { all } = boxes(placed, m);
    const top = Math.min(...all.map((b) => b.top));
    const bottom = Math.max(...all.map((b) => b.bottom));
    expect(bottom - top).toBeLessThanOrEqual(200);
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  });

  it('spreads the family by sx and sy and leaves the document as it was', () => {
    const doc = board();
    const before = JSON.stringify(doc);
    const placed = besideBoard(doc, { sx: 2, sy: 1.5, gap: 1, measured: measured(doc) });
    const width = (d: BoardDoc) =>
      Math.max(...d.persons.map((p) => p.position.x)) - Math.min(...d.persons.map((p) => p.position.x));
    expect(width(placed)).toBeCloseTo(width(doc) * 2);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
