// Every change to a board is one of the plain Command objects (command-types.ts). applyCommand never mutates:
// it returns the new document and the command that undoes it, so undo/redo is a stack of inverses (Excalidraw's
// inverted deltas, tldraw's marks) and a stored command log stays meaningful without any code attached.
// Removals cascade (a removed person takes its unions, child links, relations, agency links and household
// memberships with it) and are expressed as a batch of primitive removals, so their inverse is simply the
// reversed batch of primitive additions, each at its original array index: undo restores the document exactly.
import {
  type AgencyLink,
  type ChildLink,
  type Household,
  type Id,
  type Note,
  type Person,
  type Point,
  type SafetyScale,
  type Union,
  type BoardDoc,
} from './types';
import { BoardCommandError, type Applied, type Command, type Patch } from './command-types';
import { add, indexOrThrow, patchOne, removeOne } from './command-collections';
import { agencyRemoval, householdRemoval, personRemoval, unionRemoval, type Step } from './command-cascades';

// The vocabulary, the builders and the labels live in their own modules; this one stays the single import.
export { BoardCommandError, type Applied, type ChildKind, type Command, type CommandType } from './command-types';
export {
  addChildCommand,
  addParentsCommand,
  addPartnerCommand,
  GRID_X,
  GRID_Y,
  makeChildLink,
  makePerson,
  makeUnion,
  newId,
  SYMBOL_SIZE,
} from './command-builders';
export { commandLabel } from './command-labels';

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
