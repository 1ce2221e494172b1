// Where the board's connectors go, computed from the persons' current positions on every render: the lines
// are never stored, so they stay bound to the symbols while they are dragged. Pure, so it is tested in Node.
import { agencyLinkStyle, childLineStyle, DEFAULT_NOTATION, relationLineStyle, type LineStyle } from '../../../../shared/board/notation';
import type { BoardDoc, Id, Person, Point, Union } from '../../../../shared/board/types';

/** Width and height of a person symbol; positions are symbol centres. */
export const SYMBOL = 44;
const HALF = SYMBOL / 2;
/** How far below the partners the union line runs. */
const UNION_DROP = 22;

export interface Segment { id: Id; points: number[]; dash: number[] | null; stroke: string; width: number }

export interface UnionGeometry extends Segment { union: Union; mid: Point; slashes: number[][] }

/** The canvas uses the same notation as the SVG export: meaning carried by pattern as well as colour. */
function styled(style: LineStyle, id: Id, from: Point, to: Point): Segment {
  return {
    id,
    points: style.zigzag ? zigzag(from, to) : [from.x, from.y, to.x, to.y],
    dash: style.dash.length ? style.dash : null,
    stroke: style.stroke,
    width: style.width,
  };
}

/** A zigzag between two points (conflict, stressful links), so it reads without colour. */
export function zigzag(from: Point, to: Point, step = 10, amplitude = 5): number[] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const n = Math.max(2, Math.floor(length / step));
  const nx = length ? -dy / length : 0;
  const ny = length ? dx / length : 0;
  const points = [from.x, from.y];
  for (let i = 1; i < n; i++) {
    const side = i % 2 ? amplitude : -amplitude;
    points.push(from.x + (dx * i) / n + nx * side, from.y + (dy * i) / n + ny * side);
  }
  points.push(to.x, to.y);
  return points;
}

function byId(doc: BoardDoc): Map<Id, Person> {
  return new Map(doc.persons.map((p) => [p.id, p]));
}

export function unionGeometry(doc: BoardDoc, persons = byId(doc)): UnionGeometry[] {
  return doc.unions.flatMap((union) => {
    const a = persons.get(union.a);
    const b = persons.get(union.b);
    if (!a || !b) return [];
    const y = Math.max(a.position.y, b.position.y) + HALF + UNION_DROP;
    const mid = { x: (a.position.x + b.position.x) / 2, y };
    // Separation: one slash; divorce: two.
    const count = union.divorced ? 2 : union.separatedYear !== null ? 1 : 0;
    const slashes = Array.from({ length: count }, (_, i) => {
      const x = mid.x + (i - (count - 1) / 2) * 8;
      return [x - 5, y + 9, x + 5, y - 9];
    });
    return [{
      id: union.id, union, mid, slashes,
      points: [a.position.x, a.position.y + HALF, a.position.x, y, b.position.x, y, b.position.x, b.position.y + HALF],
      dash: union.kind === 'cohabitation' ? [10, 6] : null,
      stroke: '#1b2430',
      width: 2,
    }];
  });
}

/** Each child hangs from its union's midpoint (or its single parent) by an elbow over the sibling row. */
export function childGeometry(doc: BoardDoc, unions: UnionGeometry[], persons = byId(doc)): Segment[] {
  const mids = new Map(unions.map((u) => [u.id, u.mid]));
  return doc.children.flatMap((link) => {
    const child = persons.get(link.child);
    const parent = link.parent ? persons.get(link.parent) : undefined;
    const from = link.union ? mids.get(link.union) : parent ? { x: parent.position.x, y: parent.position.y + HALF } : undefined;
    if (!child || !from) return [];
    const top = child.position.y - HALF;
    const bar = Math.max(from.y + 8, top - 24);
    const style = childLineStyle(link.kind, DEFAULT_NOTATION);
    return [{
      id: link.id,
      points: [from.x, from.y, from.x, bar, child.position.x, bar, child.position.x, top],
      dash: style.dash.length ? style.dash : null,
      stroke: style.stroke,
      width: style.width,
    }];
  });
}

export function relationGeometry(doc: BoardDoc, persons = byId(doc)): Segment[] {
  return doc.relations.flatMap((r) => {
    const from = persons.get(r.from);
    const to = persons.get(r.to);
    if (!from || !to) return [];
    return [styled(relationLineStyle(r.kind, DEFAULT_NOTATION), r.id, from.position, to.position)];
  });
}

/** The centre a link points at: a person, or the middle of a household's members. */
export function targetPoint(doc: BoardDoc, target: Id, persons = byId(doc)): Point | null {
  const person = persons.get(target);
  if (person) return person.position;
  const household = doc.households.find((h) => h.id === target);
  const members = household?.members.flatMap((id) => persons.get(id) ?? []) ?? [];
  if (members.length === 0) return null;
  return {
    x: members.reduce((sum, p) => sum + p.position.x, 0) / members.length,
    y: members.reduce((sum, p) => sum + p.position.y, 0) / members.length,
  };
}

export function agencyLinkGeometry(doc: BoardDoc, persons = byId(doc)): Segment[] {
  const agencies = new Map(doc.agencies.map((a) => [a.id, a]));
  return doc.agencyLinks.flatMap((link) => {
    const agency = agencies.get(link.agency);
    const to = targetPoint(doc, link.target, persons);
    if (!agency || !to) return [];
    return [styled(agencyLinkStyle(link, DEFAULT_NOTATION), link.id, agency.position, to)];
  });
}

export interface Connectors { unions: UnionGeometry[]; children: Segment[]; relations: Segment[]; agencyLinks: Segment[] }

export function connectors(doc: BoardDoc): Connectors {
  const persons = byId(doc);
  const unions = unionGeometry(doc, persons);
  return {
    unions,
    children: childGeometry(doc, unions, persons),
    relations: relationGeometry(doc, persons),
    agencyLinks: agencyLinkGeometry(doc, persons),
  };
}

export interface Box { x: number; y: number; width: number; height: number }

/** Everything drawn, in board coordinates (for 全体を表示 and the exports); null for an empty board. */
export function contentBounds(doc: BoardDoc, extra: Box[] = []): Box | null {
  const boxes: Box[] = [
    ...doc.persons.map((p) => ({ x: p.position.x - HALF - 30, y: p.position.y - HALF, width: SYMBOL + 60, height: SYMBOL + 40 })),
    ...doc.agencies.map((a) => ({ x: a.position.x - AGENCY_W / 2, y: a.position.y - AGENCY_H / 2, width: AGENCY_W, height: AGENCY_H })),
    ...doc.notes.map((n) => ({ x: n.position.x, y: n.position.y, width: NOTE_W, height: NOTE_H })),
    ...extra,
  ];
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** The scale and offset that show `box` inside a viewport with a margin, never magnified past 2×. */
export function fitTransform(box: Box, viewport: { width: number; height: number }, margin = 40): { scale: number; x: number; y: number } {
  const scale = Math.min(2, (viewport.width - margin * 2) / box.width, (viewport.height - margin * 2) / box.height);
  const safe = Number.isFinite(scale) && scale > 0 ? scale : 1;
  return {
    scale: safe,
    x: (viewport.width - box.width * safe) / 2 - box.x * safe,
    y: (viewport.height - box.height * safe) / 2 - box.y * safe,
  };
}

export const AGENCY_W = 150;
export const AGENCY_H = 48;
export const NOTE_W = 200;
export const NOTE_H = 76;

/** 同居: a dotted outline around the members' symbols and labels. */
export function householdBoxes(doc: BoardDoc): (Box & { id: Id })[] {
  const persons = byId(doc);
  return doc.households.flatMap((h) => {
    const members = h.members.flatMap((id) => persons.get(id) ?? []);
    if (members.length === 0) return [];
    const xs = members.map((p) => p.position.x);
    const ys = members.map((p) => p.position.y);
    const x = Math.min(...xs) - HALF - 34;
    const y = Math.min(...ys) - HALF - 16;
    return [{ id: h.id, x, y, width: Math.max(...xs) + HALF + 34 - x, height: Math.max(...ys) + HALF + 44 - y }];
  });
}
