// Random editing sessions: whatever sequence of builder commands a facilitator clicks, every inverse restores
// the board exactly, the board stays consistent (parseBoard accepts it) and the layout places everyone apart.
import { describe, expect, it } from 'vitest';
import {
  addChildCommand,
  addParentsCommand,
  addPartnerCommand,
  applyCommand,
  GRID_X,
  SYMBOL_SIZE,
  type Command,
} from '../../shared/board/commands';
import { layoutGenogram } from '../../shared/board/layout';
import { parseBoard, serializeBoard } from '../../shared/board/serialize';
import { emptyBoard, RELATION_KINDS, type BoardDoc } from '../../shared/board/types';

function randomCommand(doc: BoardDoc, rand: () => number): Command | null {
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rand() * items.length)];
  const person = pick(doc.persons);
  const roll = rand();
  if (!person || roll < 0.1) {
    return { type: 'addPerson', person: { ...emptyPersonLike(), id: `p${Math.floor(rand() * 1e9)}` } };
  }
  if (roll < 0.3) return addPartnerCommand(doc, person.id);
  if (roll < 0.55) {
    const union = pick(doc.unions);
    return addChildCommand(
      doc,
      union && rand() < 0.7 ? union.id : person.id,
      {},
      pick(['biological', 'adopted', 'foster'] as const),
    );
  }
  if (roll < 0.65)
    return doc.children.some((c) => c.child === person.id && c.kind === 'biological')
      ? null
      : addParentsCommand(doc, person.id);
  if (roll < 0.75) {
    const other = pick(doc.persons)!;
    return other.id === person.id
      ? null
      : {
          type: 'addRelation',
          relation: { id: `r${Math.floor(rand() * 1e9)}`, from: person.id, to: other.id, kind: pick(RELATION_KINDS)! },
        };
  }
  if (roll < 0.85) return { type: 'removePerson', id: person.id };
  if (roll < 0.92) {
    const union = pick(doc.unions);
    return union ? { type: 'updateUnion', id: union.id, patch: { divorced: !union.divorced } } : null;
  }
  return { type: 'updatePerson', id: person.id, patch: { pinned: rand() < 0.2, label: '変更' } };
}

function emptyPersonLike() {
  return {
    sex: 'unknown' as const,
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
  };
}

describe('random editing sessions', () => {
  for (const seed of [1, 7, 42, 2026]) {
    it(`seed ${seed}: inverses restore, the board stays valid, the layout never overlaps`, () => {
      let state = seed;
      const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
      let doc = emptyBoard('R7-0500');
      for (let step = 0; step < 120; step++) {
        const cmd = randomCommand(doc, rand);
        if (!cmd) continue;
        const { doc: next, inverse } = applyCommand(doc, cmd);
        expect(applyCommand(next, inverse).doc).toEqual(doc);
        doc = next;
      }
      expect(doc.persons.length).toBeGreaterThan(20); // a session that built a real family
      expect(doc.unions.length).toBeGreaterThan(3);
      expect(parseBoard(serializeBoard(doc))).toEqual(doc);
      const pos = layoutGenogram(doc);
      expect(pos.size).toBe(doc.persons.length);
      const unpinned = doc.persons.filter((p) => !p.pinned);
      for (const p of doc.persons) {
        const at = pos.get(p.id)!;
        expect(Number.isFinite(at.x) && Number.isFinite(at.y)).toBe(true);
        if (p.pinned) expect(at).toEqual(p.position);
      }
      for (let i = 0; i < unpinned.length; i++) {
        for (let j = i + 1; j < unpinned.length; j++) {
          const a = pos.get(unpinned[i]!.id)!;
          const b = pos.get(unpinned[j]!.id)!;
          const apart = Math.abs(a.x - b.x) >= SYMBOL_SIZE || Math.abs(a.y - b.y) >= SYMBOL_SIZE;
          expect(apart, `${unpinned[i]!.id} and ${unpinned[j]!.id}`).toBe(true);
        }
      }
      expect(GRID_X).toBeGreaterThan(SYMBOL_SIZE);
    });
  }
});
