// Builders: new records with defaults, and the commands that add a partner, a child or parents placed on the
// board's grid beside the persons they belong to.
import { BoardCommandError, type ChildKind, type Command } from './command-types';
import { indexOrThrow } from './command-collections';
import type { BoardDoc, ChildLink, Id, Person, Point, Union } from './types';

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
