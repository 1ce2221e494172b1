// The command vocabulary of a board: plain objects, so a stored command log stays meaningful without code.
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

export type Patch<T extends { id: Id }> = Partial<Omit<T, 'id'>>;

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
