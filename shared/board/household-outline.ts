// The dotted 同居 outline as a shape that follows its members rather than one rectangle round all of them:
// a rectangle round each run of members in a row, joined row to row by a corridor through the gaps between
// the other persons. One bounding rectangle ran through a divorced father standing between his former wife
// and their child; this outline keeps every non-member outside. Where no corridor fits, the parts are drawn
// apart rather than through someone. The same path string is drawn by the SVG export and by Konva's Path.
import { SYMBOL_SIZE } from './commands';
import { LABEL_BELOW, LABEL_WIDTH, PLACEMENT_ABOVE, type Rect } from './geometry';
import type { BoardDoc, Household, Id, Point } from './types';

const HALF = SYMBOL_SIZE / 2;
/** Air between the outermost text and the outline. */
const PAD = 4;
/** A corridor narrower than this would read as a line, not as one household. */
export const MIN_CORRIDOR = 24;
const CORNER = 14;

/** The room a person takes with its texts: the placement lines above, the symbol, the two-line label below. */
export function personBox(p: Point): Rect {
  const side = Math.max(HALF, LABEL_WIDTH / 2);
  return {
    x: p.x - side,
    y: p.y - HALF - PLACEMENT_ABOVE,
    width: side * 2,
    height: SYMBOL_SIZE + PLACEMENT_ABOVE + LABEL_BELOW,
  };
}

const grow = (r: Rect, d: number): Rect => ({
  x: r.x - d,
  y: r.y - d,
  width: r.width + 2 * d,
  height: r.height + 2 * d,
});
export const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const span = (rs: Rect[]): Rect => {
  const x = Math.min(...rs.map((r) => r.x));
  const y = Math.min(...rs.map((r) => r.y));
  return {
    x,
    y,
    width: Math.max(...rs.map((r) => r.x + r.width)) - x,
    height: Math.max(...rs.map((r) => r.y + r.height)) - y,
  };
};

export interface HouseholdOutline {
  /** The rectangles whose union is the outline's inside (runs and corridors). */
  parts: Rect[];
  /** The boundary as closed loops of corner points (several when the household is drawn in parts). */
  loops: Point[][];
  /** The loops as an SVG path with rounded corners. */
  path: string;
}

/**
 * The household's outline, or null when none of its members is on the board. `others` are the positions of
 * the persons who are not members: no part of the outline may touch their boxes.
 */
export function householdOutline(
  h: Household,
  at: (id: Id) => Point | undefined,
  others: readonly Point[],
): HouseholdOutline | null {
  const members = [...new Set(h.members)].map(at).filter((p): p is Point => p !== undefined);
  if (members.length === 0) return null;
  const blocked = others.map(personBox);
  const free = (r: Rect) => !blocked.some((b) => intersects(r, b));
  // Rows: members whose symbols share a band, top-down; in each row, left to right, a run grows while its
  // rectangle stays clear of everyone else.
  const sorted = [...members].sort((l, r) => l.y - r.y || l.x - r.x);
  const rows: Point[][] = [];
  for (const p of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - p.y) < HALF) row.push(p);
    else rows.push([p]);
  }
  const runRows: Rect[][] = rows.map((row) => {
    const runs: Rect[] = [];
    let current: Rect | null = null;
    for (const p of [...row].sort((l, r) => l.x - r.x)) {
      const own = grow(personBox(p), PAD);
      const joined: Rect | null = current ? span([current, own]) : null;
      if (joined && free(joined)) current = joined;
      else {
        if (current) runs.push(current);
        current = own;
      }
    }
    runs.push(current!);
    return runs;
  });
  const parts = runRows.flat();
  for (let i = 1; i < runRows.length; i++) {
    for (const upper of runRows[i - 1]!)
      for (const lower of runRows[i]!) {
        const c = corridor(upper, lower, blocked);
        if (c) parts.push(c);
      }
  }
  const loops = unionLoops(parts);
  return { parts, loops, path: loops.map((l) => roundedPath(l, CORNER)).join(' ') };
}

/** The widest clear vertical passage between two runs in neighbouring rows, or null. */
function corridor(upper: Rect, lower: Rect, blocked: Rect[]): Rect | null {
  const top = upper.y + upper.height - 1;
  const bottom = lower.y + 1;
  // Flush with the runs' sides where they line up, so a household of whole rows reads as one box.
  const lo = Math.max(upper.x, lower.x);
  const hi = Math.min(upper.x + upper.width, lower.x + lower.width);
  if (hi - lo < MIN_CORRIDOR) return null;
  if (bottom <= top) return { x: lo, y: bottom - 1, width: hi - lo, height: top - bottom + 2 };
  // Subtract the x-extent of everyone standing in the passage's height; keep the widest free interval.
  const cuts = blocked
    .filter((b) => b.y < bottom && top < b.y + b.height)
    .map((b) => [b.x - PAD, b.x + b.width + PAD] as const)
    .sort((l, r) => l[0] - r[0]);
  let best: [number, number] | null = null;
  let cursor = lo;
  for (const [from, to] of [...cuts, [hi, hi] as const]) {
    const end = Math.min(from, hi);
    if (end - cursor >= MIN_CORRIDOR && (!best || end - cursor > best[1] - best[0])) best = [cursor, end];
    cursor = Math.max(cursor, to);
    if (cursor >= hi) break;
  }
  return best ? { x: best[0], y: top, width: best[1] - best[0], height: bottom - top } : null;
}

/** The boundary of a union of rectangles as clockwise (on screen) closed loops, collinear corners removed. */
export function unionLoops(rects: readonly Rect[]): Point[][] {
  const xs = [...new Set(rects.flatMap((r) => [r.x, r.x + r.width]))].sort((a, b) => a - b);
  const ys = [...new Set(rects.flatMap((r) => [r.y, r.y + r.height]))].sort((a, b) => a - b);
  const filled = (i: number, j: number) => {
    if (i < 0 || j < 0 || i >= xs.length - 1 || j >= ys.length - 1) return false;
    const cx = (xs[i]! + xs[i + 1]!) / 2;
    const cy = (ys[j]! + ys[j + 1]!) / 2;
    return rects.some((r) => cx > r.x && cx < r.x + r.width && cy > r.y && cy < r.y + r.height);
  };
  const key = (p: Point) => `${p.x},${p.y}`;
  const edges = new Map<string, Point[]>();
  const addEdge = (from: Point, to: Point) =>
    (edges.get(key(from)) ?? edges.set(key(from), []).get(key(from))!).push(to);
  for (let i = 0; i < xs.length - 1; i++) {
    for (let j = 0; j < ys.length - 1; j++) {
      if (!filled(i, j)) continue;
      const [x0, x1, y0, y1] = [xs[i]!, xs[i + 1]!, ys[j]!, ys[j + 1]!];
      if (!filled(i, j - 1)) addEdge({ x: x0, y: y0 }, { x: x1, y: y0 });
      if (!filled(i + 1, j)) addEdge({ x: x1, y: y0 }, { x: x1, y: y1 });
      if (!filled(i, j + 1)) addEdge({ x: x1, y: y1 }, { x: x0, y: y1 });
      if (!filled(i - 1, j)) addEdge({ x: x0, y: y1 }, { x: x0, y: y0 });
    }
  }
  const loops: Point[][] = [];
  for (const [startKey, outs] of edges) {
    while (outs.length > 0) {
      const start = startKey.split(',').map(Number) as [number, number];
      const loop: Point[] = [{ x: start[0], y: start[1] }];
      let next = outs.pop()!;
      while (key(next) !== startKey) {
        loop.push(next);
        const more = edges.get(key(next));
        if (!more || more.length === 0) break;
        next = more.pop()!;
      }
      loops.push(simplify(loop));
    }
  }
  return loops.filter((l) => l.length >= 4);
}

function simplify(loop: Point[]): Point[] {
  return loop.filter((p, i) => {
    const prev = loop[(i + loop.length - 1) % loop.length]!;
    const next = loop[(i + 1) % loop.length]!;
    return !((prev.x === p.x && p.x === next.x) || (prev.y === p.y && p.y === next.y));
  });
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** A closed loop as an SVG path whose corners are rounded (never more than half of the shorter side). */
export function roundedPath(loop: readonly Point[], radius: number): string {
  const n = loop.length;
  const corner = (i: number) => {
    const p = loop[i]!;
    const prev = loop[(i + n - 1) % n]!;
    const next = loop[(i + 1) % n]!;
    const lin = Math.hypot(p.x - prev.x, p.y - prev.y);
    const lout = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, lin / 2, lout / 2);
    return {
      enter: { x: p.x + ((prev.x - p.x) / lin) * r, y: p.y + ((prev.y - p.y) / lin) * r },
      p,
      leave: { x: p.x + ((next.x - p.x) / lout) * r, y: p.y + ((next.y - p.y) / lout) * r },
    };
  };
  const corners = loop.map((_, i) => corner(i));
  const d = corners.map(
    (c, i) =>
      `${i === 0 ? 'M' : 'L'}${r1(c.enter.x)} ${r1(c.enter.y)}Q${r1(c.p.x)} ${r1(c.p.y)} ${r1(c.leave.x)} ${r1(c.leave.y)}`,
  );
  return `${d.join('')}Z`;
}

/** The outline of a household on a board: everyone who is not a member stays outside it. */
export function householdOutlineIn(
  doc: BoardDoc,
  h: Household,
  at: (id: Id) => Point | undefined,
): HouseholdOutline | null {
  const members = new Set(h.members);
  return householdOutline(
    h,
    at,
    doc.persons.filter((p) => !members.has(p.id)).flatMap((p) => at(p.id) ?? []),
  );
}

/**
 * Where a line from `from` (an agency) meets the household: the nearest point of its outline, so the line
 * touches the dotted outline instead of running in across the members to the middle. Null when `from` is
 * inside the outline.
 */
export function outlineEntry(outline: HouseholdOutline, from: Point): Point | null {
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (const r of outline.parts) {
    const p = {
      x: Math.min(Math.max(from.x, r.x), r.x + r.width),
      y: Math.min(Math.max(from.y, r.y), r.y + r.height),
    };
    const d = Math.hypot(p.x - from.x, p.y - from.y);
    if (d === 0) return null;
    if (d < bestDistance) {
      bestDistance = d;
      best = p;
    }
  }
  return best;
}
