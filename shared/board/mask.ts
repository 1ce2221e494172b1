// Masked labels for the projector and printouts that leave the room: each person by their place in the family
// as seen from 本人 (母, 父, きょうだい1, 母方祖母 …), never by name. Ages are not part of the label and stay
// visible inside the symbols. An explicit `role` wins, except that siblings are always numbered.
import { ageAtMeeting, birthOrderKey } from './age';
import type { BoardDoc, ChildLink, Id, Person } from './types';

interface ParentOf {
  parent: Id;
  kind: ChildLink['kind'];
}

function parentsOf(doc: BoardDoc, childId: Id): ParentOf[] {
  const result: ParentOf[] = [];
  for (const link of doc.children) {
    if (link.child !== childId) continue;
    const union = link.union ? doc.unions.find((u) => u.id === link.union) : undefined;
    const ids = union ? [union.a, union.b] : link.parent ? [link.parent] : [];
    for (const parent of ids) result.push({ parent, kind: link.kind });
  }
  return result;
}

const PARENT_WORDS: Record<ChildLink['kind'], Record<Person['sex'], string>> = {
  biological: { male: '父', female: '母', unknown: '親' },
  adopted: { male: '養父', female: '養母', unknown: '養親' },
  foster: { male: '里父', female: '里母', unknown: '里親' },
};

/** Every person's masked label at once (the projector draws them all). */
export function maskedLabels(doc: BoardDoc): Map<Id, string> {
  const labels = new Map<Id, string>();
  const byId = new Map(doc.persons.map((p) => [p.id, p]));
  const index = doc.persons.find((p) => p.index);
  if (!index) {
    doc.persons.forEach((p, i) => labels.set(p.id, p.role?.trim() || `人物${i + 1}`));
    return labels;
  }
  labels.set(index.id, '本人');
  const parents = parentsOf(doc, index.id);
  const parentIds = new Set(parents.map((p) => p.parent));
  for (const { parent, kind } of parents) {
    const p = byId.get(parent);
    if (p && !labels.has(parent)) labels.set(parent, PARENT_WORDS[kind][p.sex]);
  }
  // Siblings (half-siblings included): anyone else hanging from one of 本人's parents, oldest first.
  const siblings = doc.children
    .filter((c) => c.child !== index.id && parentsOf(doc, c.child).some((p) => parentIds.has(p.parent)))
    .map((c) => byId.get(c.child)!)
    .filter((p, i, all) => p && all.indexOf(p) === i && !labels.has(p.id))
    .sort((a, b) => birthOrderKey(a) - birthOrderKey(b));
  siblings.forEach((s, i) => labels.set(s.id, `きょうだい${i + 1}`));
  // Grandparents: the parents of a parent, named by that parent's side.
  for (const { parent } of parents) {
    const side = byId.get(parent)?.sex === 'male' ? '父方' : byId.get(parent)?.sex === 'female' ? '母方' : '';
    for (const gp of parentsOf(doc, parent)) {
      const p = byId.get(gp.parent);
      if (p && !labels.has(p.id))
        labels.set(p.id, `${side}${p.sex === 'male' ? '祖父' : p.sex === 'female' ? '祖母' : '祖父母'}`);
    }
  }
  // A parent's partner who is not 本人's parent: a step-parent (married) or the parent's partner.
  for (const u of doc.unions) {
    for (const [parent, other] of [
      [u.a, u.b],
      [u.b, u.a],
    ] as const) {
      if (!parentIds.has(parent) || labels.has(other)) continue;
      const p = byId.get(other);
      const parentWord = labels.get(parent) ?? '親';
      if (p)
        labels.set(
          other,
          u.kind === 'marriage' && !u.divorced
            ? p.sex === 'female'
              ? '継母'
              : p.sex === 'male'
                ? '継父'
                : '継親'
            : `${parentWord}のパートナー`,
        );
    }
  }
  let other = 0;
  for (const p of doc.persons) {
    const role = p.role?.trim();
    if (role && !role.startsWith('きょうだい') && p.id !== index.id) labels.set(p.id, role);
    else if (!labels.has(p.id)) labels.set(p.id, `関係者${++other}`);
  }
  return labels;
}

export function maskedPersonLabel(doc: BoardDoc, personId: Id): string {
  return maskedLabels(doc).get(personId) ?? '';
}

/**
 * The board as a masked output may show it: role labels (本人, 母 …) instead of names, no personal notes, the
 * age at `asOf` instead of the birth date (the symbol shows only the age; the date would identify), and every
 * other text on it (sticky notes, agencies, their roles, the scales) through the meeting's masking policy,
 * since notes name people as freely as minutes do.
 */
export function maskBoardForRoom(doc: BoardDoc, scrub: (text: string) => string, asOf: string): BoardDoc {
  const labels = maskedLabels(doc);
  return {
    ...doc,
    persons: doc.persons.map((p) => ({
      ...p,
      label: labels.get(p.id) ?? '',
      note: null,
      birthDate: null,
      age: ageAtMeeting(p, asOf),
      ageAsOf: asOf,
    })),
    notes: doc.notes.map((n) => ({ ...n, text: scrub(n.text) })),
    agencies: doc.agencies.map((a) => ({ ...a, name: scrub(a.name) })),
    agencyLinks: doc.agencyLinks.map((l) => ({ ...l, role: l.role === null ? null : scrub(l.role) })),
    scales: doc.scales.map((s) => ({ ...s, question: scrub(s.question), ratedBy: scrub(s.ratedBy) })),
  };
}
