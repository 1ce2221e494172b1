// Every change to a board is one of these plain objects. applyCommand never mutates: it returns the new
// document and the command that undoes it, so undo/redo is a stack of inverses (Excalidraw's inverted deltas,
// tldraw's marks) and a stored command log stays meaningful without any code attached.
// Removals cascade (a removed person takes its unions, child links, relations, agency links and household
// memberships with it) and are expressed as a batch of primitive removals, so their inverse is simply the
// reversed batch of primitive additions, each at its original array index: undo restores the document exactly.
import {
  type AgencyLink,
  type BoardAgency,
  type BoardDoc,
  type ChildLink,
  type Household,
  type Id,
  type Note,
  type Person,
  type Point,
  type Relation,
  type SafetyScale,
  type Union,
  CHILD_KINDS,
} from './types';

type Patch<T extends { id: Id }> = Partial<Omit<T, 'id'>>;

export type ChildKind = (typeof CHILD_KINDS)[number];

/** `index`: where to insert in the document's array (used by inverses so undo restores the order); default: end. */
export type Command =
  | { type: 'addPerson'; person: Person; index?: number }
  | { type: 'removePerson'; id: Id }
  | { type: 'updatePerson'; id: Id; patch: Patch<Person> }
  | { type: 'movePersons'; moves: { id: Id; position: Point }[] }
  | { type: 'addUnion'; union: Union; index?: number }
  | { type: 'removeUnion'; id: Id }
  | { type: 'updateUnion'; id: Id; patch: Patch<Union> }
  | { type: 'addChild'; link: ChildLink; index?: number }
  | { type: 'removeChild'; id: Id }
  | { type: 'updateChild'; id: Id; patch: Patch<ChildLink> }
  | { type: 'addHousehold'; household: Household; index?: number }
  | { type: 'removeHousehold'; id: Id }
  | { type: 'updateHousehold'; id: Id; patch: Patch<Household> }
  | { type: 'addRelation'; relation: Relation; index?: number }
  | { type: 'removeRelation'; id: Id }
  | { type: 'addAgency'; agency: BoardAgency; index?: number }
  | { type: 'removeAgency'; id: Id }
  | { type: 'moveAgency'; id: Id; position: Point }
  | { type: 'addAgencyLink'; link: AgencyLink; index?: number }
  | { type: 'removeAgencyLink'; id: Id }
  | { type: 'updateAgencyLink'; id: Id; patch: Patch<AgencyLink> }
  | { type: 'addNote'; note: Note; index?: number }
  | { type: 'removeNote'; id: Id }
  | { type: 'updateNote'; id: Id; patch: Patch<Note> }
  | { type: 'moveNote'; id: Id; position: Point }
  | { type: 'addScale'; scale: SafetyScale; index?: number }
  | { type: 'removeScale'; id: Id }
  | { type: 'updateScale'; id: Id; patch: Patch<SafetyScale> }
  | { type: 'batch'; commands: Command[] };

export type CommandType = Command['type'];

export interface Applied {
  doc: BoardDoc;
  inverse: Command;
}

/** Thrown when a command refers to something the document does not have (a stale command or a bug). */
export class BoardCommandError extends Error {
  override name = 'BoardCommandError';
}

// ---- ids --------------------------------------------------------------------------------------------

let idCounter = 0;
/** Unique enough for one board edited by one person at a time: time + counter + random, prefixed by kind. */
export function newId(prefix: string): Id {
  idCounter = (idCounter + 1) % 1_679_616;
  const random = Math.floor(Math.random() * 1_679_616)
    .toString(36)
    .padStart(4, '0');
  return `${prefix}-${Date.now().toString(36)}${idCounter.toString(36).padStart(4, '0')}${random}`;
}

// ---- generic array helpers ----------------------------------------------------------------------------

type Keyed = { id: Id };
type Collection =
  'persons' | 'unions' | 'children' | 'households' | 'relations' | 'agencies' | 'agencyLinks' | 'notes' | 'scales';

const NAMES: Record<Collection, string> = {
  persons: '人物',
  unions: '婚姻・同棲',
  children: '親子関係',
  households: '同居',
  relations: '関係線',
  agencies: '関係機関',
  agencyLinks: '機関とのつながり',
  notes: '付箋',
  scales: 'スケール',
};

function indexOrThrow(items: readonly Keyed[], id: Id, what: Collection): number {
  const i = items.findIndex((item) => item.id === id);
  if (i < 0) throw new BoardCommandError(`${NAMES[what]}（${id}）が見つかりません。`);
  return i;
}

function insertAt<T extends Keyed>(items: readonly T[], item: T, index: number | undefined, what: Collection): T[] {
  if (items.some((existing) => existing.id === item.id)) {
    throw new BoardCommandError(`${NAMES[what]}（${item.id}）はすでにあります。`);
  }
  const at = index === undefined ? items.length : Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

function add<K extends Collection>(
  doc: BoardDoc,
  key: K,
  item: BoardDoc[K][number],
  index: number | undefined,
): BoardDoc {
  const items = doc[key] as readonly Keyed[];
  return { ...doc, [key]: insertAt(items, item as Keyed, index, key) };
}

function removeOne<K extends Collection>(
  doc: BoardDoc,
  key: K,
  id: Id,
): { doc: BoardDoc; item: BoardDoc[K][number]; index: number } {
  const items = doc[key] as readonly Keyed[];
  const index = indexOrThrow(items, id, key);
  const item = items[index] as BoardDoc[K][number];
  return { doc: { ...doc, [key]: [...items.slice(0, index), ...items.slice(index + 1)] }, item, index };
}

/** Applies a patch and returns the patch that restores the old values of the same keys. */
function patchOne<K extends Collection>(
  doc: BoardDoc,
  key: K,
  id: Id,
  patch: Record<string, unknown>,
): { doc: BoardDoc; undo: Record<string, unknown> } {
  const items = doc[key] as readonly Keyed[];
  const index = indexOrThrow(items, id, key);
  const old = items[index] as unknown as Record<string, unknown>;
  const undo: Record<string, unknown> = {};
  for (const field of Object.keys(patch)) {
    if (field === 'id') throw new BoardCommandError('id は変更できません。');
    undo[field] = old[field];
  }
  const next = items.map((item, i) => (i === index ? { ...item, ...patch } : item));
  return { doc: { ...doc, [key]: next }, undo };
}

// ---- cascades ---------------------------------------------------------------------------------------

// The internal "…Only" steps remove one record without cascading; they never leave this module because a
// removal's inverse is always made of additions.
type Step =
  Command | { type: 'removePersonOnly' | 'removeUnionOnly' | 'removeHouseholdOnly' | 'removeAgencyOnly'; id: Id };

/** The primitive removals (and household updates) that removing a person implies, person last. */
function personRemoval(doc: BoardDoc, id: Id): Step[] {
  indexOrThrow(doc.persons, id, 'persons');
  const unions = doc.unions.filter((u) => u.a === id || u.b === id).map((u) => u.id);
  const commands: Step[] = [];
  for (const unionId of unions) commands.push(...unionRemoval(doc, unionId));
  const goneLinks = new Set(doc.children.filter((c) => unions.includes(c.union ?? '')).map((c) => c.id));
  for (const link of doc.children) {
    if (!goneLinks.has(link.id) && (link.child === id || link.parent === id))
      commands.push({ type: 'removeChild', id: link.id });
  }
  for (const rel of doc.relations)
    if (rel.from === id || rel.to === id) commands.push({ type: 'removeRelation', id: rel.id });
  for (const link of doc.agencyLinks) if (link.target === id) commands.push({ type: 'removeAgencyLink', id: link.id });
  for (const household of doc.households) {
    if (household.members.includes(id)) {
      commands.push({
        type: 'updateHousehold',
        id: household.id,
        patch: { members: household.members.filter((m) => m !== id) },
      });
    }
  }
  commands.push({ type: 'removePersonOnly', id });
  return commands;
}

function unionRemoval(doc: BoardDoc, id: Id): Step[] {
  const links = doc.children.filter((c) => c.union === id).map((c): Step => ({ type: 'removeChild', id: c.id }));
  return [...links, { type: 'removeUnionOnly', id }];
}

function householdRemoval(doc: BoardDoc, id: Id): Step[] {
  const links = doc.agencyLinks
    .filter((l) => l.target === id)
    .map((l): Step => ({ type: 'removeAgencyLink', id: l.id }));
  return [...links, { type: 'removeHouseholdOnly', id }];
}

function agencyRemoval(doc: BoardDoc, id: Id): Step[] {
  const links = doc.agencyLinks
    .filter((l) => l.agency === id)
    .map((l): Step => ({ type: 'removeAgencyLink', id: l.id }));
  return [...links, { type: 'removeAgencyOnly', id }];
}

function applyBatch(doc: BoardDoc, steps: readonly Step[]): Applied {
  let current = doc;
  const inverses: Command[] = [];
  for (const step of steps) {
    const applied = applyStep(current, step);
    current = applied.doc;
    inverses.push(applied.inverse);
  }
  return { doc: current, inverse: { type: 'batch', commands: inverses.reverse() } };
}

function assertPersons(doc: BoardDoc, ids: readonly (Id | null)[]): void {
  for (const id of ids) if (id !== null) indexOrThrow(doc.persons, id, 'persons');
}

function assertTarget(doc: BoardDoc, target: Id): void {
  if (!doc.persons.some((p) => p.id === target) && !doc.households.some((h) => h.id === target)) {
    throw new BoardCommandError(`つながりの相手（${target}）が見つかりません。`);
  }
}

// ---- apply ------------------------------------------------------------------------------------------

/** Applies a command to an immutable board: the new board and the command that undoes it. Throws BoardCommandError. */
export function applyCommand(doc: BoardDoc, cmd: Command): Applied {
  return applyStep(doc, cmd);
}

function applyStep(doc: BoardDoc, step: Step): Applied {
  switch (step.type) {
    case 'removePersonOnly': {
      const r = removeOne(doc, 'persons', step.id);
      return { doc: r.doc, inverse: { type: 'addPerson', person: r.item, index: r.index } };
    }
    case 'removeUnionOnly': {
      const r = removeOne(doc, 'unions', step.id);
      return { doc: r.doc, inverse: { type: 'addUnion', union: r.item, index: r.index } };
    }
    case 'removeHouseholdOnly': {
      const r = removeOne(doc, 'households', step.id);
      return { doc: r.doc, inverse: { type: 'addHousehold', household: r.item, index: r.index } };
    }
    case 'removeAgencyOnly': {
      const r = removeOne(doc, 'agencies', step.id);
      return { doc: r.doc, inverse: { type: 'addAgency', agency: r.item, index: r.index } };
    }
    default:
      return applyPublic(doc, step);
  }
}

function applyPublic(doc: BoardDoc, cmd: Command): Applied {
  switch (cmd.type) {
    case 'addPerson':
      return { doc: add(doc, 'persons', cmd.person, cmd.index), inverse: { type: 'removePerson', id: cmd.person.id } };
    case 'removePerson':
      return applyBatch(doc, personRemoval(doc, cmd.id));
    case 'updatePerson': {
      const r = patchOne(doc, 'persons', cmd.id, cmd.patch);
      return { doc: r.doc, inverse: { type: 'updatePerson', id: cmd.id, patch: r.undo as Patch<Person> } };
    }
    case 'movePersons': {
      const byId = new Map(cmd.moves.map((m) => [m.id, m.position]));
      const undo: { id: Id; position: Point }[] = [];
      for (const m of cmd.moves)
        undo.push({ id: m.id, position: doc.persons[indexOrThrow(doc.persons, m.id, 'persons')]!.position });
      const persons = doc.persons.map((p) => {
        const position = byId.get(p.id);
        return position ? { ...p, position: { x: position.x, y: position.y } } : p;
      });
      return { doc: { ...doc, persons }, inverse: { type: 'movePersons', moves: undo } };
    }
    case 'addUnion':
      assertPersons(doc, [cmd.union.a, cmd.union.b]);
      if (cmd.union.a === cmd.union.b) throw new BoardCommandError('同じ人物どうしの婚姻は作れません。');
      return { doc: add(doc, 'unions', cmd.union, cmd.index), inverse: { type: 'removeUnion', id: cmd.union.id } };
    case 'removeUnion':
      indexOrThrow(doc.unions, cmd.id, 'unions');
      return applyBatch(doc, unionRemoval(doc, cmd.id));
    case 'updateUnion': {
      const r = patchOne(doc, 'unions', cmd.id, cmd.patch);
      return { doc: r.doc, inverse: { type: 'updateUnion', id: cmd.id, patch: r.undo as Patch<Union> } };
    }
    case 'addChild':
      assertPersons(doc, [cmd.link.child, cmd.link.parent]);
      if (cmd.link.union !== null) indexOrThrow(doc.unions, cmd.link.union, 'unions');
      if (cmd.link.union === null && cmd.link.parent === null)
        throw new BoardCommandError('子どもには親か婚姻が必要です。');
      return { doc: add(doc, 'children', cmd.link, cmd.index), inverse: { type: 'removeChild', id: cmd.link.id } };
    case 'removeChild': {
      const r = removeOne(doc, 'children', cmd.id);
      return { doc: r.doc, inverse: { type: 'addChild', link: r.item, index: r.index } };
    }
    case 'updateChild': {
      const r = patchOne(doc, 'children', cmd.id, cmd.patch);
      return { doc: r.doc, inverse: { type: 'updateChild', id: cmd.id, patch: r.undo as Patch<ChildLink> } };
    }
    case 'addHousehold':
      assertPersons(doc, cmd.household.members);
      return {
        doc: add(doc, 'households', cmd.household, cmd.index),
        inverse: { type: 'removeHousehold', id: cmd.household.id },
      };
    case 'removeHousehold':
      indexOrThrow(doc.households, cmd.id, 'households');
      return applyBatch(doc, householdRemoval(doc, cmd.id));
    case 'updateHousehold': {
      if (cmd.patch.members) assertPersons(doc, cmd.patch.members);
      const r = patchOne(doc, 'households', cmd.id, cmd.patch);
      return { doc: r.doc, inverse: { type: 'updateHousehold', id: cmd.id, patch: r.undo as Patch<Household> } };
    }
    case 'addRelation':
      assertPersons(doc, [cmd.relation.from, cmd.relation.to]);
      return {
        doc: add(doc, 'relations', cmd.relation, cmd.index),
        inverse: { type: 'removeRelation', id: cmd.relation.id },
      };
    case 'removeRelation': {
      const r = removeOne(doc, 'relations', cmd.id);
      return { doc: r.doc, inverse: { type: 'addRelation', relation: r.item, index: r.index } };
    }
    case 'addAgency':
      return { doc: add(doc, 'agencies', cmd.agency, cmd.index), inverse: { type: 'removeAgency', id: cmd.agency.id } };
    case 'removeAgency':
      indexOrThrow(doc.agencies, cmd.id, 'agencies');
      return applyBatch(doc, agencyRemoval(doc, cmd.id));
    case 'moveAgency': {
      const r = patchOne(doc, 'agencies', cmd.id, { position: { x: cmd.position.x, y: cmd.position.y } });
      return { doc: r.doc, inverse: { type: 'moveAgency', id: cmd.id, position: r.undo.position as Point } };
    }
    case 'addAgencyLink':
      indexOrThrow(doc.agencies, cmd.link.agency, 'agencies');
      assertTarget(doc, cmd.link.target);
      return {
        doc: add(doc, 'agencyLinks', cmd.link, cmd.index),
        inverse: { type: 'removeAgencyLink', id: cmd.link.id },
      };
    case 'removeAgencyLink': {
      const r = removeOne(doc, 'agencyLinks', cmd.id);
      return { doc: r.doc, inverse: { type: 'addAgencyLink', link: r.item, index: r.index } };
    }
    case 'updateAgencyLink': {
      const r = patchOne(doc, 'agencyLinks', cmd.id, cmd.patch);
      return { doc: r.doc, inverse: { type: 'updateAgencyLink', id: cmd.id, patch: r.undo as Patch<AgencyLink> } };
    }
    case 'addNote':
      return { doc: add(doc, 'notes', cmd.note, cmd.index), inverse: { type: 'removeNote', id: cmd.note.id } };
    case 'removeNote': {
      const r = removeOne(doc, 'notes', cmd.id);
      return { doc: r.doc, inverse: { type: 'addNote', note: r.item, index: r.index } };
    }
    case 'updateNote': {
      const r = patchOne(doc, 'notes', cmd.id, cmd.patch);
      return { doc: r.doc, inverse: { type: 'updateNote', id: cmd.id, patch: r.undo as Patch<Note> } };
    }
    case 'moveNote': {
      const r = patchOne(doc, 'notes', cmd.id, { position: { x: cmd.position.x, y: cmd.position.y } });
      return { doc: r.doc, inverse: { type: 'moveNote', id: cmd.id, position: r.undo.position as Point } };
    }
    case 'addScale':
      return { doc: add(doc, 'scales', cmd.scale, cmd.index), inverse: { type: 'removeScale', id: cmd.scale.id } };
    case 'removeScale': {
      const r = removeOne(doc, 'scales', cmd.id);
      return { doc: r.doc, inverse: { type: 'addScale', scale: r.item, index: r.index } };
    }
    case 'updateScale': {
      if (cmd.patch.value !== undefined && !(cmd.patch.value >= 0 && cmd.patch.value <= 10)) {
        throw new BoardCommandError('スケールは0から10の間で指定してください。');
      }
      const r = patchOne(doc, 'scales', cmd.id, cmd.patch);
      return { doc: r.doc, inverse: { type: 'updateScale', id: cmd.id, patch: r.undo as Patch<SafetyScale> } };
    }
    case 'batch':
      return applyBatch(doc, cmd.commands);
  }
}

// ---- builders ---------------------------------------------------------------------------------------

/** Horizontal distance between neighbouring symbols, and between generations; layout.ts uses the same. */
export const GRID_X = 136;
export const GRID_Y = 130;
/** Width and height of a person symbol (square / circle) on the board. */
export const SYMBOL_SIZE = 48;

export function makePerson(partial: Partial<Person> = {}): Person {
  return {
    id: newId('p'),
    sex: 'unknown',
    label: '',
    role: null,
    birthDate: null,
    age: null,
    ageAsOf: null,
    deceased: null,
    index: false,
    pregnancy: null,
    placements: [],
    note: null,
    position: { x: 0, y: 0 },
    pinned: false,
    ...partial,
  };
}

export function makeUnion(a: Id, b: Id, partial: Partial<Union> = {}): Union {
  return {
    id: newId('u'),
    a,
    b,
    kind: 'marriage',
    startYear: null,
    separatedYear: null,
    divorced: false,
    divorcedYear: null,
    ...partial,
  };
}

export function makeChildLink(
  child: Id,
  from: { union: Id } | { parent: Id },
  kind: ChildKind = 'biological',
): ChildLink {
  return {
    id: newId('c'),
    child,
    union: 'union' in from ? from.union : null,
    parent: 'parent' in from ? from.parent : null,
    kind,
    twinGroup: null,
    twinKind: null,
    custody: null,
  };
}

function personOrThrow(doc: BoardDoc, id: Id): Person {
  return doc.persons[indexOrThrow(doc.persons, id, 'persons')]!;
}

function oppositeSex(p: Person): Person['sex'] {
  return p.sex === 'male' ? 'female' : p.sex === 'female' ? 'male' : 'unknown';
}

/** A new partner beside `personId` (to the right of every existing partner) and the union between them. */
export function addPartnerCommand(
  doc: BoardDoc,
  personId: Id,
  partner: Partial<Person> = {},
  union: Partial<Union> = {},
): Command {
  const person = personOrThrow(doc, personId);
  const partnerIds = doc.unions.flatMap((u) => (u.a === personId ? [u.b] : u.b === personId ? [u.a] : []));
  const rightmost = Math.max(person.position.x, ...partnerIds.map((id) => personOrThrow(doc, id).position.x));
  const newPartner = makePerson({
    sex: oppositeSex(person),
    position: { x: rightmost + GRID_X * 1.5, y: person.position.y },
    ...partner,
  });
  // Drawn convention: the male partner left when known, otherwise the existing person left.
  const newOnLeft = newPartner.sex === 'male' && person.sex !== 'male';
  const made = newOnLeft ? makeUnion(newPartner.id, personId, union) : makeUnion(personId, newPartner.id, union);
  return {
    type: 'batch',
    commands: [
      { type: 'addPerson', person: newPartner },
      { type: 'addUnion', union: made },
    ],
  };
}

/** A new child under a union (id of a union) or a single parent (id of a person), right of its siblings. */
export function addChildCommand(
  doc: BoardDoc,
  unionIdOrParentId: Id,
  child: Partial<Person> = {},
  kind: ChildKind = 'biological',
): Command {
  const union = doc.unions.find((u) => u.id === unionIdOrParentId);
  let from: { union: Id } | { parent: Id };
  let centre: Point;
  if (union) {
    const a = personOrThrow(doc, union.a);
    const b = personOrThrow(doc, union.b);
    from = { union: union.id };
    centre = { x: (a.position.x + b.position.x) / 2, y: Math.max(a.position.y, b.position.y) };
  } else {
    const parent = doc.persons.find((p) => p.id === unionIdOrParentId);
    if (!parent) throw new BoardCommandError('子どもを追加する婚姻または親が見つかりません。');
    from = { parent: parent.id };
    centre = parent.position;
  }
  const siblings = doc.children
    .filter((c) => ('union' in from ? c.union === from.union : c.union === null && c.parent === from.parent))
    .map((c) => personOrThrow(doc, c.child));
  const x = siblings.length === 0 ? centre.x : Math.max(...siblings.map((s) => s.position.x)) + GRID_X;
  const person = makePerson({ position: { x, y: centre.y + GRID_Y }, ...child });
  return {
    type: 'batch',
    commands: [
      { type: 'addPerson', person },
      { type: 'addChild', link: makeChildLink(person.id, from, kind) },
    ],
  };
}

/** A father and a mother (unknown names) above a person who has no parents yet, as a couple. */
export function addParentsCommand(doc: BoardDoc, childId: Id): Command {
  const child = personOrThrow(doc, childId);
  if (doc.children.some((c) => c.child === childId && c.kind === 'biological')) {
    throw new BoardCommandError('この人物にはすでに親がいます。');
  }
  const y = child.position.y - GRID_Y;
  const father = makePerson({ sex: 'male', label: '父', position: { x: child.position.x - GRID_X * 0.75, y } });
  const mother = makePerson({ sex: 'female', label: '母', position: { x: child.position.x + GRID_X * 0.75, y } });
  const union = makeUnion(father.id, mother.id);
  return {
    type: 'batch',
    commands: [
      { type: 'addPerson', person: father },
      { type: 'addPerson', person: mother },
      { type: 'addUnion', union },
      { type: 'addChild', link: makeChildLink(childId, { union: union.id }) },
    ],
  };
}

const LABELS: Record<CommandType, string> = {
  addPerson: '人物の追加',
  removePerson: '人物の削除',
  updatePerson: '人物の編集',
  movePersons: '人物の移動',
  addUnion: '婚姻の追加',
  removeUnion: '婚姻の削除',
  updateUnion: '婚姻の編集',
  addChild: '子どもの追加',
  removeChild: '親子関係の削除',
  updateChild: '親子関係の編集',
  addHousehold: '同居の追加',
  removeHousehold: '同居の削除',
  updateHousehold: '同居の編集',
  addRelation: '関係線の追加',
  removeRelation: '関係線の削除',
  addAgency: '関係機関の追加',
  removeAgency: '関係機関の削除',
  moveAgency: '関係機関の移動',
  addAgencyLink: 'つながりの追加',
  removeAgencyLink: 'つながりの削除',
  updateAgencyLink: 'つながりの編集',
  addNote: '付箋の追加',
  removeNote: '付箋の削除',
  updateNote: '付箋の編集',
  moveNote: '付箋の移動',
  addScale: 'スケールの追加',
  removeScale: 'スケールの削除',
  updateScale: 'スケールの編集',
  batch: 'まとめて変更',
};

/** A Japanese label for the undo/redo menu when the caller gives none. */
export function commandLabel(cmd: Command): string {
  if (cmd.type === 'batch' && cmd.commands.length > 0) return commandLabel(cmd.commands[0]!);
  return LABELS[cmd.type];
}
