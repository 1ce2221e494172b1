// Where the lines of a genogram run, shared by the SVG export and the Konva board so both draw the same.
// A person's `position` is the centre of its symbol (SYMBOL_SIZE square).
import { GRID_X, SYMBOL_SIZE } from './commands';
import type { BoardDoc, ChildLink, Household, Id, Point } from './types';

const HALF = SYMBOL_SIZE / 2;
/** How far below the partners' symbols the couple line runs. */
export const UNION_DROP = 30;
/**
 * The room a person's texts take around the symbol: the label below (at most LABEL_WIDTH wide, two lines),
 * the placement lines above. Neighbours sit GRID_X apart, so a label gets that less a small gap.
 */
export const LABEL_WIDTH = GRID_X - 8;
export const LABEL_BELOW = 42;
export const PLACEMENT_ABOVE = 18;
/**
 * The sizes of the boxes the board draws, one set for the canvas and the SVG export (the minutes show what
 * the screen showed). An agency's position is its box's centre, a note's its top-left corner.
 */
export const AGENCY_W = 150;
export const AGENCY_H = 48;
export const NOTE_W = 200;
/** A note on the canvas; the SVG export grows a note with its text instead. */
export const NOTE_H = 76;
/** Half the width of a short name (本人, 母, 祖母 …) under a symbol. */
const SHORT_LABEL_HALF = 24;
/** Air between the outermost text and a household's dotted outline. */
const HOUSEHOLD_PAD = 4;

export interface UnionGeometry {
  /** a's bottom → down → across → up to b's bottom. */
  points: Point[];
  /** Where the children hang from (and where separation/divorce slashes go). */
  mid: Point;
}

export function unionGeometry(a: Point, b: Point): UnionGeometry {
  const y = Math.max(a.y, b.y) + HALF + UNION_DROP;
  return {
    points: [
      { x: a.x, y: a.y + HALF },
      { x: a.x, y },
      { x: b.x, y },
      { x: b.x, y: b.y + HALF },
    ],
    mid: { x: (a.x + b.x) / 2, y },
  };
}

/** The point a child hangs from: its union's midpoint or below its single parent. */
export function childAnchor(doc: BoardDoc, link: ChildLink, at: (id: Id) => Point | undefined): Point | null {
  if (link.union) {
    const u = doc.unions.find((x) => x.id === link.union);
    const a = u && at(u.a);
    const b = u && at(u.b);
    return a && b ? unionGeometry(a, b).mid : null;
  }
  const p = link.parent ? at(link.parent) : undefined;
  return p ? { x: p.x, y: p.y + HALF + UNION_DROP } : null;
}

/**
 * The line from the anchor to the child: down to a sibling bar half-way, across, down to the child's top.
 * Twins leave the bar from one shared point (`twinPoint`) and run diagonally to each twin.
 */
export function childPath(anchor: Point, child: Point, twinPoint: Point | null): Point[] {
  const top = { x: child.x, y: child.y - HALF };
  const barY = (anchor.y + top.y) / 2;
  if (twinPoint) return [anchor, { x: anchor.x, y: barY }, { x: twinPoint.x, y: barY }, twinPoint, top];
  return [anchor, { x: anchor.x, y: barY }, { x: child.x, y: barY }, top];
}

/** The shared point of a twin group: centred over the twins, a little below the sibling bar. */
export function twinPoints(doc: BoardDoc, at: (id: Id) => Point | undefined): Map<Id, Point> {
  const groups = new Map<Id, ChildLink[]>();
  for (const c of doc.children) if (c.twinGroup) groups.set(c.twinGroup, [...(groups.get(c.twinGroup) ?? []), c]);
  const result = new Map<Id, Point>();
  for (const [group, links] of groups) {
    const kids = links.map((l) => at(l.child)).filter((p): p is Point => p !== undefined);
    const first = links[0];
    const anchor = first ? childAnchor(doc, first, at) : null;
    if (kids.length === 0 || !anchor) continue;
    const top = Math.min(...kids.map((k) => k.y)) - HALF;
    result.set(group, {
      x: kids.reduce((s, k) => s + k.x, 0) / kids.length,
      y: (anchor.y + top) / 2 + (top - anchor.y) / 4,
    });
  }
  return result;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The dotted outline around a household's members (null when it has none on the board). It encloses their
 * labels below and a placement line above, not only the symbols, so the dots never run through a name.
 */
export function householdRect(h: Household, at: (id: Id) => Point | undefined): Rect | null {
  const ps = h.members.map(at).filter((p): p is Point => p !== undefined);
  if (ps.length === 0) return null;
  const side = Math.max(HALF, LABEL_WIDTH / 2) + HOUSEHOLD_PAD;
  const minX = Math.min(...ps.map((p) => p.x)) - side;
  const minY = Math.min(...ps.map((p) => p.y)) - HALF - PLACEMENT_ABOVE - HOUSEHOLD_PAD;
  const maxX = Math.max(...ps.map((p) => p.x)) + side;
  const maxY = Math.max(...ps.map((p) => p.y)) + HALF + LABEL_BELOW + HOUSEHOLD_PAD;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Identical twins: a bar across the two diagonal lines of each twin group (fraternal twins have none),
 * a third of the way from the shared point down to the twins.
 */
export function twinBars(doc: BoardDoc, at: (id: Id) => Point | undefined): { group: Id; from: Point; to: Point }[] {
  const bars: { group: Id; from: Point; to: Point }[] = [];
  for (const [group, point] of twinPoints(doc, at)) {
    const links = doc.children.filter((c) => c.twinGroup === group);
    if (links.length < 2 || !links.some((l) => l.twinKind === 'identical')) continue;
    const kids = links.map((l) => at(l.child)).filter((p): p is Point => p !== undefined);
    const first = kids[0];
    if (kids.length < 2 || !first) continue;
    const t = 0.35;
    const [from, to] = [Math.min(...kids.map((k) => k.x)), Math.max(...kids.map((k) => k.x))].map((kx) => ({
      x: point.x + (kx - point.x) * t,
      y: point.y + (first.y - HALF - point.y) * t,
    }));
    bars.push({ group, from: from!, to: to! });
  }
  return bars;
}

/** A zigzag between two points (conflict, stressful links), as a flat polyline. */
export function zigzag(from: Point, to: Point, step = 10, amplitude = 5): Point[] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return [from, to];
  const n = Math.max(2, Math.floor(length / step));
  const nx = -dy / length;
  const ny = dx / length;
  const points: Point[] = [from];
  for (let i = 1; i < n; i++) {
    const t = i / n;
    const side = i % 2 === 0 ? -1 : 1;
    points.push({ x: from.x + dx * t + nx * amplitude * side, y: from.y + dy * t + ny * amplitude * side });
  }
  points.push(to);
  return points;
}

/** Shortens a segment so it starts and ends at the edge of the symbols rather than their centres. */
export function trimSegment(from: Point, to: Point, startGap = HALF + 4, endGap = HALF + 4): [Point, Point] {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length <= startGap + endGap) return [from, to];
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  return [
    { x: from.x + ux * startGap, y: from.y + uy * startGap },
    { x: to.x - ux * endGap, y: to.y - uy * endGap },
  ];
}

/**
 * How far from a person's centre a line coming from `from` stops: at the symbol's edge, or when it comes from
 * below, under the name, so an agency's arrow never runs through the label.
 */
export function personLinkGap(from: Point, person: Point): number {
  const dx = from.x - person.x;
  const dy = from.y - person.y;
  const below = HALF + LABEL_BELOW;
  // Only a line that would run through the name (a short one, centred under the symbol) stops below it.
  if (dy <= 0 || Math.abs((dx / dy) * below) > SHORT_LABEL_HALF) return HALF + 4;
  return Math.hypot(dx, dy) * (below / dy) + 4;
}
