import { describe, expect, it } from 'vitest';
import {
  addChildCommand,
  addParentsCommand,
  addPartnerCommand,
  applyCommand,
  BoardCommandError,
  commandLabel,
  makePerson,
  newId,
  type Command,
  type CommandType,
} from '../../shared/board/commands';
import type { BoardDoc } from '../../shared/board/types';
import { FamilyBuilder } from './board-families';

/** A small board with one of everything, so every command has something to act on. */
function richBoard(): BoardDoc {
  const doc = new FamilyBuilder()
    .person('father', 'male')
    .person('mother', 'female')
    .person('exWife', 'female')
    .union('u-ex', 'father', 'exWife', { divorced: true, divorcedYear: 2015 })
    .union('u-p', 'father', 'mother')
    .child('u-ex', 'half', 'female', { birthDate: '2012-01-01' })
    .child('u-p', 'index', 'male', { index: true, birthDate: '2018-01-01' })
    .child('mother', 'fosterKid', 'female', {}, 'foster')
    .build();
  doc.households.push({ id: 'h1', members: ['father', 'mother', 'index'] });
  doc.relations.push(
    { id: 'r1', from: 'father', to: 'mother', kind: 'dv' },
    { id: 'r2', from: 'half', to: 'index', kind: 'close' },
  );
  doc.agencies.push(
    { id: 'a1', name: '〇〇小学校', position: { x: 500, y: 0 } },
    { id: 'a2', name: '保健センター', position: { x: 600, y: 0 } },
  );
  doc.agencyLinks.push(
    { id: 'l1', agency: 'a1', target: 'index', strength: 'strong', direction: 'toFamily', role: '見守り' },
    { id: 'l2', agency: 'a2', target: 'h1', strength: 'stressful', direction: 'both', role: null },
    { id: 'l3', agency: 'a2', target: 'father', strength: 'weak', direction: 'none', role: null },
  );
  doc.notes.push({ id: 'n1', column: 'worries', text: '夜間に怒鳴り声', position: { x: 0, y: 400 } });
  doc.scales.push({ id: 's1', question: '安全の度合い', value: 4, ratedBy: '学校', ratedAt: '2026-04-10' });
  return doc;
}

const cases: Record<CommandType, Command> = {
  addPerson: { type: 'addPerson', person: makePerson({ id: 'newcomer', sex: 'female', label: '祖母' }), index: 1 },
  removePerson: { type: 'removePerson', id: 'father' },
  updatePerson: {
    type: 'updatePerson',
    id: 'index',
    patch: {
      label: '太郎',
      deceased: { year: 2020 },
      placements: [{ kind: '一時保護', from: '2026-01-01', to: null }],
    },
  },
  movePersons: {
    type: 'movePersons',
    moves: [
      { id: 'index', position: { x: 11, y: 22 } },
      { id: 'half', position: { x: -5, y: 0 } },
    ],
  },
  addUnion: {
    type: 'addUnion',
    union: {
      id: 'u-new',
      a: 'half',
      b: 'fosterKid',
      kind: 'cohabitation',
      startYear: null,
      separatedYear: null,
      divorced: false,
      divorcedYear: null,
    },
    index: 0,
  },
  removeUnion: { type: 'removeUnion', id: 'u-ex' },
  updateUnion: { type: 'updateUnion', id: 'u-p', patch: { separatedYear: 2025 } },
  addChild: {
    type: 'addChild',
    link: {
      id: 'c-x',
      child: 'exWife',
      union: null,
      parent: 'mother',
      kind: 'adopted',
      twinGroup: null,
      twinKind: null,
      custody: null,
    },
  },
  removeChild: { type: 'removeChild', id: 'c-half' },
  updateChild: { type: 'updateChild', id: 'c-half', patch: { custody: 'exWife' } },
  addHousehold: { type: 'addHousehold', household: { id: 'h2', members: ['exWife', 'half'] } },
  removeHousehold: { type: 'removeHousehold', id: 'h1' },
  updateHousehold: { type: 'updateHousehold', id: 'h1', patch: { members: ['mother', 'index'] } },
  addRelation: { type: 'addRelation', relation: { id: 'r3', from: 'mother', to: 'index', kind: 'abuse' } },
  removeRelation: { type: 'removeRelation', id: 'r1' },
  addAgency: { type: 'addAgency', agency: { id: 'a3', name: '児童相談所', position: { x: 0, y: 0 } } },
  removeAgency: { type: 'removeAgency', id: 'a2' },
  moveAgency: { type: 'moveAgency', id: 'a1', position: { x: 1, y: 2 } },
  addAgencyLink: {
    type: 'addAgencyLink',
    link: { id: 'l4', agency: 'a1', target: 'h1', strength: 'normal', direction: 'toAgency', role: '登校支援' },
  },
  removeAgencyLink: { type: 'removeAgencyLink', id: 'l1' },
  updateAgencyLink: { type: 'updateAgencyLink', id: 'l1', patch: { strength: 'weak', role: null } },
  addNote: { type: 'addNote', note: { id: 'n2', column: null, text: 'メモ', position: { x: 3, y: 4 } }, index: 0 },
  removeNote: { type: 'removeNote', id: 'n1' },
  updateNote: { type: 'updateNote', id: 'n1', patch: { text: '夜間の怒鳴り声（近隣より）', column: 'next' } },
  moveNote: { type: 'moveNote', id: 'n1', position: { x: 9, y: 9 } },
  addScale: {
    type: 'addScale',
    scale: { id: 's2', question: '家庭での安全', value: 6, ratedBy: '母', ratedAt: '2026-04-10' },
  },
  removeScale: { type: 'removeScale', id: 's1' },
  updateScale: { type: 'updateScale', id: 's1', patch: { value: 7, ratedBy: '保健師' } },
  batch: {
    type: 'batch',
    commands: [
      { type: 'removePerson', id: 'mother' },
      { type: 'removeAgency', id: 'a1' },
      { type: 'updateScale', id: 's1', patch: { value: 0 } },
    ],
  },
};

describe('applyCommand: every command and its inverse', () => {
  for (const [type, cmd] of Object.entries(cases)) {
    it(`${type}: changes the board, and its inverse restores it exactly; redo gives the same result`, () => {
      const before = richBoard();
      const frozen = structuredClone(before);
      const { doc: after, inverse } = applyCommand(before, cmd);
      expect(before).toEqual(frozen); // immutable
      expect(after).not.toEqual(before);
      const { doc: restored, inverse: redo } = applyCommand(after, inverse);
      expect(restored).toEqual(before);
      expect(applyCommand(restored, redo).doc).toEqual(after);
    });
  }

  it('removing a person takes its unions, their child links, relations, agency links and memberships with it', () => {
    const { doc } = applyCommand(richBoard(), { type: 'removePerson', id: 'father' });
    expect(doc.persons.map((p) => p.id)).not.toContain('father');
    expect(doc.unions).toEqual([]);
    expect(doc.children.map((c) => c.id)).toEqual(['c-fosterKid']);
    expect(doc.relations.map((r) => r.id)).toEqual(['r2']);
    expect(doc.agencyLinks.map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(doc.households[0]!.members).toEqual(['mother', 'index']);
  });

  it('removing an agency or a household takes its links with it', () => {
    expect(applyCommand(richBoard(), { type: 'removeAgency', id: 'a2' }).doc.agencyLinks.map((l) => l.id)).toEqual([
      'l1',
    ]);
    expect(applyCommand(richBoard(), { type: 'removeHousehold', id: 'h1' }).doc.agencyLinks.map((l) => l.id)).toEqual([
      'l1',
      'l3',
    ]);
  });

  it('refuses commands that refer to nothing, in Japanese, leaving the board unchanged', () => {
    const doc = richBoard();
    expect(() => applyCommand(doc, { type: 'removePerson', id: 'ghost' })).toThrow(BoardCommandError);
    expect(() => applyCommand(doc, { type: 'removePerson', id: 'ghost' })).toThrow(/見つかりません/);
    expect(() =>
      applyCommand(doc, { type: 'addRelation', relation: { id: 'r9', from: 'mother', to: 'ghost', kind: 'close' } }),
    ).toThrow(/見つかりません/);
    expect(() => applyCommand(doc, { type: 'addPerson', person: { ...doc.persons[0]! } })).toThrow(/すでに/);
    expect(() => applyCommand(doc, { type: 'updateScale', id: 's1', patch: { value: 11 } })).toThrow(/0から10/);
    expect(() =>
      applyCommand(doc, {
        type: 'addAgencyLink',
        link: { id: 'lx', agency: 'a1', target: 'nobody', strength: 'weak', direction: 'none', role: null },
      }),
    ).toThrow(/見つかりません/);
    expect(doc).toEqual(richBoard());
  });

  it('a failing command inside a batch changes nothing', () => {
    const doc = richBoard();
    expect(() =>
      applyCommand(doc, {
        type: 'batch',
        commands: [
          { type: 'removeNote', id: 'n1' },
          { type: 'removeNote', id: 'n1' },
        ],
      }),
    ).toThrow();
    expect(doc).toEqual(richBoard());
  });
});

describe('builders', () => {
  it('addPartnerCommand: a partner of the opposite sex to the right, male drawn left', () => {
    const doc = richBoard();
    const { doc: after } = applyCommand(
      doc,
      addPartnerCommand(doc, 'half', { label: '交際相手' }, { kind: 'cohabitation' }),
    );
    const partner = after.persons.at(-1)!;
    expect(partner).toMatchObject({ sex: 'male', label: '交際相手' });
    const half = after.persons.find((p) => p.id === 'half')!;
    expect(partner.position.x).toBeGreaterThan(half.position.x);
    expect(partner.position.y).toBe(half.position.y);
    expect(after.unions.at(-1)).toMatchObject({ a: partner.id, b: 'half', kind: 'cohabitation' });
  });

  it('addChildCommand: under a union, right of the existing siblings; or under a single parent', () => {
    const doc = richBoard();
    const { doc: after } = applyCommand(doc, addChildCommand(doc, 'u-p', { sex: 'female' }));
    const kid = after.persons.at(-1)!;
    const sibling = doc.persons.find((p) => p.id === 'index')!;
    expect(kid.position.x).toBeGreaterThan(sibling.position.x);
    expect(after.children.at(-1)).toMatchObject({ child: kid.id, union: 'u-p', parent: null, kind: 'biological' });
    const single = applyCommand(doc, addChildCommand(doc, 'exWife', {}, 'adopted')).doc;
    expect(single.children.at(-1)).toMatchObject({ union: null, parent: 'exWife', kind: 'adopted' });
    expect(() => addChildCommand(doc, 'nobody')).toThrow(/見つかりません/);
  });

  it('addParentsCommand: a father and a mother as a couple above; refused when parents exist', () => {
    const doc = richBoard();
    const { doc: after } = applyCommand(doc, addParentsCommand(doc, 'exWife'));
    const [father, mother] = after.persons.slice(-2);
    expect(father).toMatchObject({ sex: 'male', label: '父' });
    expect(mother).toMatchObject({ sex: 'female', label: '母' });
    expect(after.unions.at(-1)).toMatchObject({ a: father!.id, b: mother!.id });
    expect(after.children.at(-1)).toMatchObject({ child: 'exWife', union: after.unions.at(-1)!.id });
    expect(father!.position.y).toBeLessThan(doc.persons.find((p) => p.id === 'exWife')!.position.y);
    expect(() => addParentsCommand(doc, 'index')).toThrow(/すでに親/);
  });

  it('newId gives distinct ids with the prefix', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId('p')));
    expect(ids.size).toBe(1000);
    expect([...ids].every((id) => id.startsWith('p-'))).toBe(true);
  });

  it('commandLabel is Japanese', () => {
    expect(commandLabel({ type: 'removeNote', id: 'n1' })).toBe('付箋の削除');
    expect(commandLabel(addPartnerCommand(richBoard(), 'index'))).toBe('人物の追加');
  });
});
