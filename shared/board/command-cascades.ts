// What a removal takes with it (a person's unions, child links, relations, agency links and household
// memberships; a union's child links; a household's or agency's links), as a list of primitive steps.
import type { Command } from './command-types';
import { indexOrThrow } from './command-collections';
import type { BoardDoc, Id } from './types';

// The internal "…Only" steps remove one record without cascading; they never leave the command modules because a
// removal's inverse is always made of additions.
export type Step =
  Command | { type: 'removePersonOnly' | 'removeUnionOnly' | 'removeHouseholdOnly' | 'removeAgencyOnly'; id: Id };

/** The primitive removals (and household updates) that removing a person implies, person last. */
export function personRemoval(doc: BoardDoc, id: Id): Step[] {
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

export function unionRemoval(doc: BoardDoc, id: Id): Step[] {
  const links = doc.children.filter((c) => c.union === id).map((c): Step => ({ type: 'removeChild', id: c.id }));
  return [...links, { type: 'removeUnionOnly', id }];
}

export function householdRemoval(doc: BoardDoc, id: Id): Step[] {
  const links = doc.agencyLinks
    .filter((l) => l.target === id)
    .map((l): Step => ({ type: 'removeAgencyLink', id: l.id }));
  return [...links, { type: 'removeHouseholdOnly', id }];
}

export function agencyRemoval(doc: BoardDoc, id: Id): Step[] {
  const links = doc.agencyLinks
    .filter((l) => l.agency === id)
    .map((l): Step => ({ type: 'removeAgencyLink', id: l.id }));
  return [...links, { type: 'removeAgencyOnly', id }];
}
