// Where the board's connectors go, computed from the persons' current positions on every render: the lines
// are never stored, so they stay bound to the symbols while they are dragged. The routes and the symbol size
// and every size come from shared/board/geometry.ts and the styles from shared/board/notation.ts, the same
// ones the SVG export uses, so the canvas and the exported file draw the same board. Pure, so it is tested in
// Node. Bounds and framing (the camera) are in shared/board/viewport.ts.
import { SYMBOL_SIZE } from '../../../../shared/board/commands';
import {
  AGENCY_H,
  childAnchor,
  childPath,
  householdRect,
  LABEL_WIDTH,
  personLinkGap,
  trimSegment,
  twinBars,
  twinPoints,
  unionGeometry as sharedUnionGeometry,
  zigzag,
} from '../../../../shared/board/geometry';
import { householdOutlineIn, outlineEntry } from '../../../../shared/board/household-outline';
import type { Box } from '../../../../shared/board/viewport';
import {
  agencyLinkStyle,
  childLineStyle,
  DEFAULT_NOTATION,
  relationLineStyle,
  unionLineStyle,
  type LineStyle,
  type NotationProfile,
} from '../../../../shared/board/notation';
import type { BoardDoc, Id, Person, Point, Relation, Union } from '../../../../shared/board/types';

/** Width and height of a person symbol; positions are symbol centres. */
export const SYMBOL = SYMBOL_SIZE;

/**
 * A line as Konva draws it: flat points, the notation's style, and where its decorations go.
 * `arrowAtEnd` / `arrowAtStart` are the heads (abuse and DV point at the victim; support links point the way
 * support flows); `slashAt` is where separation, divorce and cut-off slashes cross the line.
 */
export interface Segment {
  id: Id;
  points: number[];
  style: LineStyle;
  arrowAtEnd: boolean;
  arrowAtStart: boolean;
  slashAt: Point | null;
}

export interface UnionSegment extends Segment {
  union: Union;
  mid: Point;
}

const flat = (points: Point[]) => points.flatMap((p) => [p.x, p.y]);
const middle = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** A straight (or zigzag) line between two ends, decorated as the style asks. */
function styled(id: Id, from: Point, to: Point, style: LineStyle, heads: { end: boolean; start: boolean }): Segment {
  return {
    id,
    points: flat(style.zigzag ? zigzag(from, to) : [from, to]),
    style,
    arrowAtEnd: heads.end,
    arrowAtStart: heads.start,
    slashAt: style.slashes > 0 ? middle(from, to) : null,
  };
}

function byId(doc: BoardDoc): Map<Id, Person> {
  return new Map(doc.persons.map((p) => [p.id, p]));
}

export function unionSegments(doc: BoardDoc, notation: NotationProfile, persons = byId(doc)): UnionSegment[] {
  return doc.unions.flatMap((union) => {
    const a = persons.get(union.a);
    const b = persons.get(union.b);
    if (!a || !b) return [];
    const g = sharedUnionGeometry(a.position, b.position);
    const style = unionLineStyle(union, notation);
    return [
      {
        id: union.id,
        union,
        mid: g.mid,
        points: flat(g.points),
        style,
        arrowAtEnd: false,
        arrowAtStart: false,
        slashAt: style.slashes > 0 ? g.mid : null,
      },
    ];
  });
}

/** Each child hangs from its union's midpoint (or below its single parent); twins from one shared point. */
export function childSegments(doc: BoardDoc, notation: NotationProfile, persons = byId(doc)): Segment[] {
  const at = (id: Id) => persons.get(id)?.position;
  const twins = twinPoints(doc, at);
  return doc.children.flatMap((link) => {
    const anchor = childAnchor(doc, link, at);
    const child = at(link.child);
    if (!anchor || !child) return [];
    const path = childPath(anchor, child, link.twinGroup ? (twins.get(link.twinGroup) ?? null) : null);
    return [
      {
        id: link.id,
        points: flat(path),
        style: childLineStyle(link.kind, notation),
        arrowAtEnd: false,
        arrowAtStart: false,
        slashAt: null,
      },
    ];
  });
}

/** Emotional relations, trimmed to the symbols' edges so an arrow head (abuse, DV) touches the victim. */
export function relationSegments(doc: BoardDoc, notation: NotationProfile, persons = byId(doc)): Segment[] {
  return doc.relations.flatMap((r: Relation) => {
    const a = persons.get(r.from);
    const b = persons.get(r.to);
    if (!a || !b) return [];
    const [from, to] = trimSegment(a.position, b.position);
    const style = relationLineStyle(r.kind, notation);
    return [styled(r.id, from, to, style, { end: style.arrow, start: false })];
  });
}

/** The centre a link points at: a person, or the middle of a household's outline. */
export function targetPoint(doc: BoardDoc, target: Id, persons = byId(doc)): Point | null {
  const person = persons.get(target);
  if (person) return person.position;
  const box = householdBox(doc, target, persons);
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
}

function householdBox(doc: BoardDoc, id: Id, persons: Map<Id, Person>): Box | null {
  const household = doc.households.find((h) => h.id === id);
  return household ? householdRect(household, (pid) => persons.get(pid)?.position) : null;
}

/** Ecomap links: the line's pattern is the strength, the heads the direction of support. */
export function agencyLinkSegments(
  doc: BoardDoc,
  notation: NotationProfile,
  persons = byId(doc),
): (Segment & { role: string | null; roleAt: Point })[] {
  const agencies = new Map(doc.agencies.map((a) => [a.id, a]));
  return doc.agencyLinks.flatMap((link) => {
    const agency = agencies.get(link.agency);
    const box = persons.has(link.target) ? null : householdBox(doc, link.target, persons);
    const household = box ? doc.households.find((h) => h.id === link.target) : undefined;
    const outline = household ? householdOutlineIn(doc, household, (id) => persons.get(id)?.position) : null;
    // A household's line ends on its outline, nearest the agency (the middle if the agency stands inside).
    const entry = outline && agency ? outlineEntry(outline, agency.position) : null;
    const to = entry ?? targetPoint(doc, link.target, persons);
    if (!agency || !to) return [];
    const targetGap = entry ? 2 : box ? Math.min(box.width, box.height) / 2 : personLinkGap(agency.position, to);
    const [from, end] = trimSegment(agency.position, to, AGENCY_H / 2 + 4, targetGap);
    const style = agencyLinkStyle(link, notation);
    const heads = {
      end: link.direction === 'toFamily' || link.direction === 'both',
      start: link.direction === 'toAgency' || link.direction === 'both',
    };
    const mid = middle(from, end);
    return [{ ...styled(link.id, from, end, style, heads), role: link.role, roleAt: { x: mid.x, y: mid.y - 10 } }];
  });
}

export interface Connectors {
  unions: UnionSegment[];
  children: Segment[];
  /** Identical twins' bars, as flat points (the shared geometry the SVG export draws too). */
  twinBars: { id: Id; points: number[] }[];
  relations: Segment[];
  agencyLinks: (Segment & { role: string | null; roleAt: Point })[];
}

export function connectors(doc: BoardDoc, notation: NotationProfile = DEFAULT_NOTATION): Connectors {
  const persons = byId(doc);
  return {
    unions: unionSegments(doc, notation, persons),
    children: childSegments(doc, notation, persons),
    twinBars: twinBars(doc, (id) => persons.get(id)?.position).map((b) => ({
      id: b.group,
      points: flat([b.from, b.to]),
    })),
    relations: relationSegments(doc, notation, persons),
    agencyLinks: agencyLinkSegments(doc, notation, persons),
  };
}

/**
 * The connectors that differ between two states of the board (ids of unions, child links, relations, agency
 * links and twin groups): during a drag, those are drawn on a small layer of their own and the rest stay
 * still on theirs, so a frame redraws the few lines that follow the pointer, not all of them.
 */
export function movedConnectorIds(before: Connectors, after: Connectors): Set<Id> {
  const moved = new Set<Id>();
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  const compare = (xs: { id: Id; points: number[] }[], ys: { id: Id; points: number[] }[]) => {
    const old = new Map(xs.map((x) => [x.id, x.points]));
    for (const y of ys) {
      const points = old.get(y.id);
      if (!points || !same(points, y.points)) moved.add(y.id);
    }
  };
  compare(before.unions, after.unions);
  compare(before.children, after.children);
  compare(before.twinBars, after.twinBars);
  compare(before.relations, after.relations);
  compare(before.agencyLinks, after.agencyLinks);
  return moved;
}

/** Two parallel copies of a straight line, `gap` apart (closeness in the McGoldrick profile). */
export function doubled(points: number[], gap = 3): [number[], number[]] {
  const [x1 = 0, y1 = 0] = points;
  const x2 = points[points.length - 2] ?? x1;
  const y2 = points[points.length - 1] ?? y1;
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ox = (-(y2 - y1) / length) * gap;
  const oy = ((x2 - x1) / length) * gap;
  return [
    [x1 + ox, y1 + oy, x2 + ox, y2 + oy],
    [x1 - ox, y1 - oy, x2 - ox, y2 - oy],
  ];
}

/** Short strokes across a line at `at`: one for separation and cut-off, two for divorce. */
export function slashLines(at: Point, count: number): number[][] {
  const offsets = count <= 0 ? [] : count === 1 ? [0] : [-5, 5];
  return offsets.map((dx) => [at.x + dx - 5, at.y + 8, at.x + dx + 5, at.y - 8]);
}

/** 同居: the dotted outline around the members (the shared rectangle the SVG export draws too). */
/** Each household's bounding box and its outline (a path that keeps non-members outside). */
export function householdBoxes(doc: BoardDoc): (Box & { id: Id; path: string })[] {
  const persons = byId(doc);
  const at = (id: Id) => persons.get(id)?.position;
  return doc.households.flatMap((h) => {
    const box = householdRect(h, at);
    const outline = householdOutlineIn(doc, h, at);
    return box && outline ? [{ id: h.id, ...box, path: outline.path }] : [];
  });
}

/**
 * How wide each person's label may be so it does not run into a neighbour's on the same row (partners sit
 * GRID_X apart): the gap to the nearest neighbour, at most `max`, at least the symbol's width. Labels wrap
 * within it.
 */
export function labelWidths(doc: BoardDoc, max = LABEL_WIDTH): Map<Id, number> {
  const result = new Map<Id, number>();
  for (const p of doc.persons) {
    let nearest = Infinity;
    for (const q of doc.persons) {
      if (q.id === p.id || Math.abs(q.position.y - p.position.y) >= SYMBOL) continue;
      nearest = Math.min(nearest, Math.abs(q.position.x - p.position.x));
    }
    result.set(p.id, Math.max(SYMBOL, Math.min(max, nearest - 8)));
  }
  return result;
}
