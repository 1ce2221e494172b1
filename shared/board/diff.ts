// What changed on a board since the last snapshot, for the 「前回からの変化」 view: persons and relations added
// or removed, relations whose kind changed (a marriage that became a divorce), and safety scale changes.
// Records are matched by id: the board is edited in place, so an id is one person or one line throughout.
import { CHILD_KIND_LABELS, RELATION_LABELS, STRENGTH_LABELS, UNION_LABELS } from './notation';
import type { BoardDoc, Id, Person } from './types';
import { nameOrUnnamed } from './person-name';

export interface RelationItem {
  id: Id;
  kind: 'union' | 'child' | 'relation' | 'agencyLink';
  /** The persons (or agency and household) it connects, for highlighting. */
  ends: Id[];
  /** Japanese, e.g. 「父 ― 母：離婚」. */
  text: string;
}

export interface ScaleChange {
  id: Id;
  question: string;
  before: number | null; // null: the scale is new
  after: number | null; // null: the scale was removed
  ratedBy: string;
  ratedAt: string;
}

export interface BoardDiff {
  addedPersons: Person[];
  removedPersons: Person[];
  addedRelations: RelationItem[];
  removedRelations: RelationItem[];
  changedRelations: { before: RelationItem; after: RelationItem }[];
  scaleChanges: ScaleChange[];
  /** Nothing above changed (moves and note edits do not count). */
  empty: boolean;
}

export type LabelOf = (doc: BoardDoc, personId: Id) => string;

/** A person's own label, or 「（名前なし）」: the default when the caller has no household numbering. */
export const plainLabel: LabelOf = (doc, id) => nameOrUnnamed(doc.persons.find((p) => p.id === id)?.label);

function relationItems(doc: BoardDoc, label: LabelOf): RelationItem[] {
  const name = (id: Id) => label(doc, id);
  const items: RelationItem[] = [];
  for (const u of doc.unions) {
    const state = u.divorced
      ? UNION_LABELS.divorced
      : u.separatedYear !== null
        ? UNION_LABELS.separated
        : UNION_LABELS[u.kind];
    items.push({ id: u.id, kind: 'union', ends: [u.a, u.b], text: `${name(u.a)} ― ${name(u.b)}：${state}` });
  }
  for (const c of doc.children) {
    const union = c.union ? doc.unions.find((u) => u.id === c.union) : undefined;
    const parents = union ? [union.a, union.b] : c.parent ? [c.parent] : [];
    items.push({
      id: c.id,
      kind: 'child',
      ends: [...parents, c.child],
      text: `${parents.map(name).join('・')} の子 ${name(c.child)}（${CHILD_KIND_LABELS[c.kind]}）`,
    });
  }
  for (const r of doc.relations) {
    items.push({
      id: r.id,
      kind: 'relation',
      ends: [r.from, r.to],
      text: `${name(r.from)} → ${name(r.to)}：${RELATION_LABELS[r.kind]}`,
    });
  }
  for (const l of doc.agencyLinks) {
    const agency = doc.agencies.find((a) => a.id === l.agency)?.name ?? '関係機関';
    const target = doc.households.some((h) => h.id === l.target) ? '世帯' : name(l.target);
    items.push({
      id: l.id,
      kind: 'agencyLink',
      ends: [l.agency, l.target],
      text: `${agency} ― ${target}：${STRENGTH_LABELS[l.strength]}`,
    });
  }
  return items;
}

/** `label` names persons in the texts; pass the masked labeller for the projector. */
export function diffBoards(before: BoardDoc, after: BoardDoc, label: LabelOf = plainLabel): BoardDiff {
  const beforeIds = new Set(before.persons.map((p) => p.id));
  const afterIds = new Set(after.persons.map((p) => p.id));
  const addedPersons = after.persons.filter((p) => !beforeIds.has(p.id));
  const removedPersons = before.persons.filter((p) => !afterIds.has(p.id));

  const oldItems = new Map(relationItems(before, label).map((r) => [r.id, r]));
  const newItems = new Map(relationItems(after, label).map((r) => [r.id, r]));
  const addedRelations = [...newItems.values()].filter((r) => !oldItems.has(r.id));
  const removedRelations = [...oldItems.values()].filter((r) => !newItems.has(r.id));
  const changedRelations = [...newItems.values()]
    .filter((r) => oldItems.has(r.id) && relationText(before, r.id, oldItems) !== relationText(after, r.id, newItems))
    .map((r) => ({ before: oldItems.get(r.id)!, after: r }));

  const oldScales = new Map(before.scales.map((s) => [s.id, s]));
  const newScales = new Map(after.scales.map((s) => [s.id, s]));
  const scaleChanges: ScaleChange[] = [];
  for (const s of after.scales) {
    const old = oldScales.get(s.id);
    if (!old || old.value !== s.value) {
      scaleChanges.push({
        id: s.id,
        question: s.question,
        before: old?.value ?? null,
        after: s.value,
        ratedBy: s.ratedBy,
        ratedAt: s.ratedAt,
      });
    }
  }
  for (const s of before.scales) {
    if (!newScales.has(s.id))
      scaleChanges.push({
        id: s.id,
        question: s.question,
        before: s.value,
        after: null,
        ratedBy: s.ratedBy,
        ratedAt: s.ratedAt,
      });
  }
  const empty =
    addedPersons.length +
      removedPersons.length +
      addedRelations.length +
      removedRelations.length +
      changedRelations.length +
      scaleChanges.length ===
    0;
  return { addedPersons, removedPersons, addedRelations, removedRelations, changedRelations, scaleChanges, empty };
}

/** What a relation means, independent of how persons are named (a renamed person is not a changed relation). */
function relationText(doc: BoardDoc, id: Id, items: Map<Id, RelationItem>): string {
  const u = doc.unions.find((x) => x.id === id);
  if (u) return JSON.stringify([u.a, u.b, u.kind, u.divorced, u.separatedYear, u.divorcedYear, u.startYear]);
  const c = doc.children.find((x) => x.id === id);
  if (c) return JSON.stringify([c.child, c.union, c.parent, c.kind, c.custody, c.twinGroup, c.twinKind]);
  const r = doc.relations.find((x) => x.id === id);
  if (r) return JSON.stringify([r.from, r.to, r.kind]);
  const l = doc.agencyLinks.find((x) => x.id === id);
  if (l) return JSON.stringify([l.agency, l.target, l.strength, l.direction, l.role]);
  return items.get(id)?.text ?? '';
}
