// The layout's properties as pure checks over a laid-out board, shared by the unit tests and the room e2e:
// each returns the broken cases as readable strings (an empty list when the property holds).
import { AGENCY_H } from '../../shared/board/geometry';
import { householdOutlineIn, intersects, personBox } from '../../shared/board/household-outline';
import { agencyBox, familyBounds } from '../../shared/board/layout-ecomap';
import { NOTE_H, NOTE_W, type Rect, trimSegment } from '../../shared/board/geometry';
import type { BoardDoc, Id, Point } from '../../shared/board/types';

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** Whether the segment a–b passes through the rectangle (Liang–Barsky clipping). */
export function segmentHitsRect(a: Point, b: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - r.x],
    [dx, r.x + r.width - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

const pairs = <T>(xs: T[]) => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as const));

export function layoutProblems(doc: BoardDoc): string[] {
  const problems: string[] = [];
  const byId = new Map(doc.persons.map((p) => [p.id, p.position]));
  const at = (id: Id) => byId.get(id);
  const persons = doc.persons.map((p) => ({ id: p.id, box: personBox(p.position) }));
  const agencies = doc.agencies.map((a) => ({ id: a.id, box: agencyBox(a.position) }));
  const notes = doc.notes.map((n) => ({
    id: n.id,
    box: { x: n.position.x, y: n.position.y, width: NOTE_W, height: NOTE_H },
  }));
  // No two things on top of each other.
  for (const [a, b] of pairs([...persons, ...agencies, ...notes])) {
    if (intersects(a.box, b.box)) problems.push(`${a.id} overlaps ${b.id}`);
  }
  // Members inside their household's outline, everyone else outside it.
  for (const h of doc.households) {
    const outline = householdOutlineIn(doc, h, at);
    if (!outline) continue;
    for (const p of persons) {
      const member = h.members.includes(p.id);
      if (member && !outline.parts.some((part) => inside(p.box, part))) problems.push(`${p.id} is not inside ${h.id}`);
      if (!member && outline.parts.some((part) => intersects(p.box, part)))
        problems.push(`${h.id}'s outline crosses ${p.id}`);
    }
    for (const a of agencies) {
      if (outline.parts.some((part) => intersects(a.box, part))) problems.push(`${h.id}'s outline crosses ${a.id}`);
    }
  }
  // Agencies around the family, never on it (its persons, outlines and the lines between them).
  const family = familyBounds(doc, at);
  for (const a of agencies) {
    if (family && intersects(a.box, family)) problems.push(`${a.id} is on the family`);
  }
  // An agency's lines never run through another agency.
  for (const l of doc.agencyLinks) {
    const from = doc.agencies.find((a) => a.id === l.agency)?.position;
    const h = doc.households.find((x) => x.id === l.target);
    const ms = h ? h.members.flatMap((id) => at(id) ?? []) : [];
    const to =
      at(l.target) ??
      (ms.length > 0
        ? { x: ms.reduce((s, p) => s + p.x, 0) / ms.length, y: ms.reduce((s, p) => s + p.y, 0) / ms.length }
        : undefined);
    if (!from || !to) continue;
    const [a, b] = trimSegment(from, to, AGENCY_H / 2 + 4, 0);
    for (const other of agencies) {
      if (other.id !== l.agency && segmentHitsRect(a, b, other.box)) problems.push(`${l.id} runs through ${other.id}`);
    }
  }
  return problems;
}

/** The board with every person and agency moved to where the layout puts them. */
export function placed(doc: BoardDoc, persons: Map<Id, Point>, agencies: Map<Id, Point>): BoardDoc {
  return {
    ...doc,
    persons: doc.persons.map((p) => ({ ...p, position: persons.get(p.id) ?? p.position })),
    agencies: doc.agencies.map((a) => ({ ...a, position: agencies.get(a.id) ?? a.position })),
  };
}
