import { describe, expect, it } from 'vitest';
import { ageAtMeeting } from '../../shared/board/age';
import { maskedLabels, maskedPersonLabel } from '../../shared/board/mask';
import { FamilyBuilder, families } from './board-families';

describe('maskedPersonLabel', () => {
  it('names everyone by their place from 本人: parents, step-parent, numbered siblings oldest first, grandparents', () => {
    const doc = new FamilyBuilder()
      .person('gm', 'female', { label: '山野 キヨ' })
      .person('gf', 'male', { label: '山野 正' })
      .union('u-g', 'gf', 'gm')
      .child('u-g', 'mother', 'female', { label: '川辺 ゆかり' })
      .person('father', 'male', { label: '川辺 健' })
      .person('stepfather', 'male', { label: '森 大輔' })
      .union('u-1', 'father', 'mother', { divorced: true })
      .union('u-2', 'stepfather', 'mother')
      .child('u-1', 'older', 'female', { label: '川辺 さくら', birthDate: '2012-02-02' })
      .child('u-1', 'index', 'male', { label: '川辺 蓮', index: true, birthDate: '2016-06-06' })
      .child('u-2', 'half', 'female', { label: '森 ひまり', birthDate: '2022-01-01' })
      .person('neighbour', 'female', { label: '近所の人' })
      .person('aunt', 'female', { label: '川辺 恵', role: 'おば' })
      .build();
    const labels = maskedLabels(doc);
    expect(Object.fromEntries(labels)).toEqual({
      index: '本人',
      mother: '母',
      father: '父',
      stepfather: '継父',
      older: 'きょうだい1',
      half: 'きょうだい2',
      gm: '母方祖母',
      gf: '母方祖父',
      neighbour: '関係者1',
      aunt: 'おば',
    });
    expect(maskedPersonLabel(doc, 'half')).toBe('きょうだい2');
    // no name leaks into any masked label
    for (const label of labels.values()) expect(label).not.toMatch(/川辺|森|山野/);
  });

  it("adoptive and foster parents, and a parent's cohabiting partner", () => {
    const doc = families.adoptionFoster!();
    expect(maskedPersonLabel(doc, 'fosterMother')).toBe('里母');
    const b = new FamilyBuilder()
      .person('mother', 'female')
      .person('partner', 'male')
      .union('u-c', 'mother', 'partner', { kind: 'cohabitation' })
      .person('index', 'female', { index: true })
      .link('mother', 'index');
    expect(maskedLabels(b.build()).get('partner')).toBe('母のパートナー');
  });

  it('without an index person: roles or numbers', () => {
    const doc = families.noKnownParents!();
    doc.persons[0]!.index = false;
    doc.persons[1]!.role = '祖母';
    expect([...maskedLabels(doc).values()]).toEqual(['人物1', '祖母', '人物3']);
  });
});

describe('ageAtMeeting', () => {
  it('counts from the birth date, or grows a typed age by the full years since it was typed', () => {
    const base = { birthDate: null, age: null, ageAsOf: null, pregnancy: null };
    expect(ageAtMeeting({ ...base, birthDate: '2016-06-06' }, '2026-06-05')).toBe(9);
    expect(ageAtMeeting({ ...base, birthDate: '2016-06-06' }, '2026-06-06')).toBe(10);
    expect(ageAtMeeting({ ...base, age: 30, ageAsOf: '2024-04-01' }, '2026-04-01')).toBe(32);
    expect(ageAtMeeting({ ...base, age: 30 }, '2026-04-01')).toBe(30);
    expect(ageAtMeeting({ ...base, birthDate: '2016-06-06', pregnancy: 'pregnancy' }, '2026-04-01')).toBeNull();
    expect(ageAtMeeting(base, '2026-04-01')).toBeNull();
  });
});
