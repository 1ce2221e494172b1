// The ecomap half of 自動配置: agencies on a ring of slots around the family, never on it. Each agency takes
// the free slot nearest to what it is linked to (a person or a household), so its lines run inward and short
// and do not cut across the other agencies; agencies linked to nothing take the slots nearest the family's
// top. Slots that would cover a note or another area the caller names (the Signs-of-Safety columns) are
// skipped; when one ring is full, the next ring out is used.
import { AGENCY_H, AGENCY_W, NOTE_H, NOTE_W, type Rect } from './geometry';
import { householdOutlineIn, intersects, personBox } from './household-outline';
import type { BoardDoc, Id, Point } from './types';

/** Air between the family (with its household outlines) and the ring of agencies. */
export const RING_GAP = 48;
const SLOT_GAP_X = 24;
const SLOT_GAP_Y = 28;

export function agencyBox(p: Point): Rect {
  return { x: p.x - AGENCY_W / 2, y: p.y - AGENCY_H / 2, width: AGENCY_W, height: AGENCY_H };
}

/** Everything the family draws: persons with their texts and the household outlines. */
export function familyBounds(doc: BoardDoc, at: (id: Id) => Point | undefined): Rect | null {
  const points = doc.persons.map((p) => at(p.id)).filter((p): p is Point => p !== undefined);
  const boxes = points.map(personBox);
  for (const h of doc.households) boxes.push(...(householdOutlineIn(doc, h, at)?.parts ?? []));
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
}

/** The slot centres of the ring `ring` (0 = innermost) around `family`, clockwise from the top-left corner. */
function ringSlots(family: Rect, ring: number): Point[] {
  const gap = RING_GAP + ring * (AGENCY_H + RING_GAP);
  const gapX = RING_GAP + ring * (AGENCY_W + RING_GAP);
  const left = family.x - gapX - AGENCY_W / 2;
  const right = family.x + family.width + gapX + AGENCY_W / 2;
  const top = family.y - gap - AGENCY_H / 2;
  const bottom = family.y + family.height + gap + AGENCY_H / 2;
  const slots: Point[] = [];
  const stepX = AGENCY_W + SLOT_GAP_X;
  const across = Math.max(1, Math.floor((right - left) / stepX) + 1);
  const startX = (left + right) / 2 - ((across - 1) * stepX) / 2;
  for (let i = 0; i < across; i++) slots.push({ x: startX + i * stepX, y: top });
  const stepY = AGENCY_H + SLOT_GAP_Y;
  // The sides run between the top and bottom rows, clear of both.
  const down = Math.max(0, Math.floor((bottom - top - 2 * stepY) / stepY) + 1);
  const startY = (top + bottom) / 2 - ((down - 1) * stepY) / 2;
  for (let i = 0; i < down; i++) slots.push({ x: right, y: startY + i * stepY });
  for (let i = across - 1; i >= 0; i--) slots.push({ x: startX + i * stepX, y: bottom });
  for (let i = down - 1; i >= 0; i--) slots.push({ x: left, y: startY + i * stepY });
  return slots;
}

/**
 * A place for every agency around the family as laid out in `at`. `avoid`: areas no agency may cover
 * (notes are always avoided).
 */
export function layoutAgencies(
  doc: BoardDoc,
  at: (id: Id) => Point | undefined,
  avoid: readonly Rect[] = [],
): Map<Id, Point> {
  const result = new Map<Id, Point>();
  const family = familyBounds(doc, at);
  if (!family || doc.agencies.length === 0) return result;
  const blocked: Rect[] = [
    ...avoid,
    ...doc.notes.map((n) => ({ x: n.position.x, y: n.position.y, width: NOTE_W, height: NOTE_H })),
  ];
  const centre = { x: family.x + family.width / 2, y: family.y };
  const householdCentre = (id: Id): Point | undefined => {
    const h = doc.households.find((x) => x.id === id);
    const ps = h?.members.map(at).filter((p): p is Point => p !== undefined) ?? [];
    if (ps.length === 0) return undefined;
    return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
  };
  const targetOf = (agency: Id): Point => {
    const ends = doc.agencyLinks
      .filter((l) => l.agency === agency)
      .map((l) => at(l.target) ?? householdCentre(l.target))
      .filter((p): p is Point => p !== undefined);
    if (ends.length === 0) return centre;
    return { x: ends.reduce((s, p) => s + p.x, 0) / ends.length, y: ends.reduce((s, p) => s + p.y, 0) / ends.length };
  };
  // Agencies whose target is farthest out from the family's middle choose first: they have the clearest side.
  const middle = { x: family.x + family.width / 2, y: family.y + family.height / 2 };
  const order = doc.agencies
    .map((a, i) => ({ a, i, target: targetOf(a.id) }))
    .sort(
      (l, r) =>
        Math.hypot(r.target.x - middle.x, r.target.y - middle.y) -
          Math.hypot(l.target.x - middle.x, l.target.y - middle.y) || l.i - r.i,
    );
  const taken: Rect[] = [];
  let slots: Point[] = [];
  for (let ring = 0; result.size < doc.agencies.length; ring++) {
    slots = [...slots, ...ringSlots(family, ring)].filter((s) => {
      const box = agencyBox(s);
      return !blocked.some((b) => intersects(box, b)) && !taken.some((t) => intersects(box, t));
    });
    for (const { a, target } of order) {
      if (result.has(a.id)) continue;
      // The outward direction from the family's middle through the target decides the side.
      const aim = {
        x: target.x + (target.x - middle.x) * 2,
        y: target.y + (target.y - middle.y) * 2,
      };
      const free = slots.filter((s) => !taken.some((t) => intersects(agencyBox(s), t)));
      if (free.length === 0) break;
      const best = free.reduce((b, s) => (dist(s, aim) < dist(b, aim) ? s : b));
      result.set(a.id, best);
      taken.push(agencyBox(best));
    }
    if (ring > 20) break; // a guard; 20 rings hold far more agencies than a board has
  }
  return result;
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
