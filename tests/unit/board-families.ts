// Fictional families for the board tests and the layout benchmark. Ids are readable so failures say who.
import { makeChildLink, makePerson, makeUnion, type ChildKind } from '../../shared/board/commands';
import { emptyBoard, type BoardDoc, type Person, type Union } from '../../shared/board/types';

export class FamilyBuilder {
  doc: BoardDoc = emptyBoard('R7-0001');
  private x = 0;

  person(id: string, sex: Person['sex'], extra: Partial<Person> = {}): this {
    // Scattered start positions, so the layout has to do the work.
    this.x += 37;
    this.doc.persons.push(
      makePerson({ id, sex, label: id, position: { x: (this.x * 7) % 400, y: (this.x * 3) % 200 }, ...extra }),
    );
    return this;
  }

  union(id: string, a: string, b: string, extra: Partial<Union> = {}): this {
    this.doc.unions.push(makeUnion(a, b, { id, ...extra }));
    return this;
  }

  /** `from`: a union id (starting with 'u') or a single parent's person id. */
  child(
    from: string,
    childId: string,
    sex: Person['sex'],
    extra: Partial<Person> = {},
    kind: ChildKind = 'biological',
  ): this {
    return this.person(childId, sex, extra).link(from, childId, kind);
  }

  /** Hangs an existing person from a union or a single parent. */
  link(from: string, childId: string, kind: ChildKind = 'biological'): this {
    const isUnion = this.doc.unions.some((u) => u.id === from);
    this.doc.children.push({
      ...makeChildLink(childId, isUnion ? { union: from } : { parent: from }, kind),
      id: `c-${childId}`,
    });
    return this;
  }

  build(): BoardDoc {
    return structuredClone(this.doc);
  }
}

export const families: Record<string, () => BoardDoc> = {
  childlessCouple: () =>
    new FamilyBuilder()
      .person('gf', 'male')
      .person('gm', 'female')
      .union('u-g', 'gf', 'gm')
      .child('u-g', 'father', 'male', { birthDate: '1985-01-01' })
      .child('u-g', 'aunt', 'female', { birthDate: '1988-01-01' })
      .person('auntHusband', 'male')
      .union('u-aunt', 'aunt', 'auntHusband')
      .person('mother', 'female')
      .union('u-p', 'father', 'mother')
      .child('u-p', 'index', 'male', { index: true, birthDate: '2015-05-01' })
      .build(),

  remarriage: () =>
    new FamilyBuilder()
      .person('father', 'male')
      .person('exWife', 'female')
      .person('wife', 'female')
      .union('u-ex', 'father', 'exWife', { divorced: true, divorcedYear: 2016 })
      .union('u-now', 'father', 'wife')
      .child('u-ex', 'half1', 'female', { birthDate: '2012-03-01' })
      .child('u-ex', 'half2', 'male', { birthDate: '2014-07-01' })
      .child('u-now', 'index', 'male', { index: true, birthDate: '2019-02-01' })
      .child('u-now', 'baby', 'female', { birthDate: '2023-09-01' })
      .child('u-now', 'unborn', 'unknown', { pregnancy: 'pregnancy' })
      .build(),

  // Both partners remarried: the wife brings a child from her first marriage too.
  remarriageBothSides: () =>
    new FamilyBuilder()
      .person('exWife', 'female')
      .person('father', 'male')
      .person('mother', 'female')
      .person('motherEx', 'male')
      .union('u-f1', 'father', 'exWife', { divorced: true })
      .union('u-m1', 'motherEx', 'mother', { divorced: true })
      .union('u-now', 'father', 'mother')
      .child('u-f1', 'fChild', 'male', { birthDate: '2010-01-01' })
      .child('u-m1', 'mChild', 'female', { birthDate: '2011-01-01' })
      .child('u-now', 'index', 'female', { index: true, birthDate: '2018-01-01' })
      .build(),

  adoptionFoster: () =>
    new FamilyBuilder()
      .person('father', 'male')
      .person('mother', 'female')
      .union('u-p', 'father', 'mother')
      .child('u-p', 'bio', 'female', { birthDate: '2012-01-01' })
      .child('u-p', 'adopted', 'male', { birthDate: '2014-01-01' }, 'adopted')
      .person('fosterMother', 'female')
      .child('fosterMother', 'index', 'male', { index: true, birthDate: '2016-01-01' }, 'foster')
      .build(),

  twins: () => {
    const b = new FamilyBuilder()
      .person('father', 'male')
      .person('mother', 'female')
      .union('u-p', 'father', 'mother')
      .child('u-p', 'twinA', 'male', { birthDate: '2017-04-02' })
      .child('u-p', 'older', 'female', { birthDate: '2014-01-01' })
      .child('u-p', 'twinB', 'male', { birthDate: '2017-04-02' });
    for (const link of b.doc.children) {
      if (link.child.startsWith('twin')) {
        link.twinGroup = 'tw1';
        link.twinKind = 'identical';
      }
    }
    return b.build();
  },

  fourGenerations: () =>
    new FamilyBuilder()
      .person('ggf', 'male', { deceased: { year: 2001 } })
      .person('ggm', 'female')
      .union('u-gg', 'ggf', 'ggm')
      .child('u-gg', 'gm', 'female', { age: 62, ageAsOf: '2026-04-01' })
      .child('u-gg', 'gmBrother', 'male', { age: 58, ageAsOf: '2026-04-01' })
      .person('gf', 'male')
      .union('u-g', 'gf', 'gm')
      .child('u-g', 'mother', 'female', { age: 35, ageAsOf: '2026-04-01' })
      .child('u-g', 'uncle', 'male', { age: 32, ageAsOf: '2026-04-01' })
      .person('father', 'male')
      .union('u-p', 'father', 'mother', { kind: 'cohabitation' })
      // The father's own parents are drawn too: his family of origin sits on his side.
      .person('pgf', 'male')
      .person('pgm', 'female')
      .union('u-pg', 'pgf', 'pgm')
      .link('u-pg', 'father')
      .child('u-p', 'index', 'female', { index: true, age: 6, ageAsOf: '2026-04-01' })
      .build(),

  noKnownParents: () =>
    new FamilyBuilder()
      .person('index', 'female', { index: true, age: 9, ageAsOf: '2026-04-01' })
      .person('grandmother', 'female', { age: 70, ageAsOf: '2026-04-01' })
      .person('lodger', 'male')
      .build(),
};

/** A deterministic extended family of about `size` persons: several generations, remarriages, single parents. */
export function largeFamily(size: number): BoardDoc {
  const b = new FamilyBuilder();
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let n = 0;
  const id = (prefix: string) => `${prefix}${n++}`;
  const count = () => b.doc.persons.length;
  let couples: string[] = [];
  const root1 = id('p');
  const root2 = id('p');
  b.person(root1, 'male').person(root2, 'female').union('u-root', root1, root2);
  couples.push('u-root');
  // Generations 25 years apart from 1925; the youngest are capped at 2024, as a birth date may not be in the future.
  let year = 1900;
  while (count() < size && couples.length > 0) {
    const next: string[] = [];
    year += 25;
    for (const u of couples) {
      const kids = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < kids && count() < size; k++) {
        const kid = id('p');
        const sex = rand() < 0.5 ? 'male' : 'female';
        b.child(u, kid, sex, { birthDate: `${Math.min(year + k, 2024)}-06-01` });
        if (count() >= size) break;
        if (rand() < 0.75) {
          const partner = id('p');
          b.person(partner, sex === 'male' ? 'female' : 'male');
          const unionId = id('u-');
          b.union(unionId, kid, partner, { divorced: rand() < 0.2 });
          next.push(unionId);
          if (rand() < 0.15 && count() < size) {
            const second = id('p');
            b.person(second, sex === 'male' ? 'female' : 'male');
            const u2 = id('u-');
            b.union(u2, kid, second);
            next.push(u2);
          }
        }
      }
    }
    couples = next;
    if (couples.length === 0 && count() < size) {
      // Start an unrelated branch (the other side of the family) so the size is always reached.
      const a = id('p');
      const c = id('p');
      b.person(a, 'male').person(c, 'female');
      const u = id('u-');
      b.union(u, a, c);
      couples = [u];
    }
  }
  return b.build();
}

/** Gives the agencies to a board, each linked to a person or household id (null: linked to nothing). */
function withAgencies(doc: BoardDoc, targets: (string | null)[]): BoardDoc {
  targets.forEach((target, i) => {
    doc.agencies.push({ id: `ag${i + 1}`, name: `機関${i + 1}`, position: { x: 40 + i * 11, y: 60 } });
    if (target) {
      doc.agencyLinks.push({
        id: `al${i + 1}`,
        agency: `ag${i + 1}`,
        target,
        strength: 'normal',
        direction: 'toFamily',
        role: null,
      });
    }
  });
  return doc;
}

/** The shapes the room tried: households that leave someone out, and a crowded ecomap. */
export const householdFamilies: Record<string, () => BoardDoc> = {
  // The mother lives with her new partner and the children; their father, divorced, lives elsewhere.
  divorcedParentOutside: () => {
    const doc = new FamilyBuilder()
      .person('father', 'male')
      .person('mother', 'female')
      .person('partner', 'male')
      .union('u-ex', 'father', 'mother', { divorced: true, divorcedYear: 2021 })
      .union('u-now', 'mother', 'partner', { kind: 'cohabitation' })
      .child('u-ex', 'index', 'female', { index: true, birthDate: '2016-05-01' })
      .child('u-ex', 'brother', 'male', { birthDate: '2019-01-01' })
      .build();
    doc.households.push({ id: 'h1', members: ['mother', 'partner', 'index', 'brother'] });
    return withAgencies(doc, ['index', 'h1']);
  },

  // Three generations: the child lives with the grandparents, the sibling with their mother.
  childWithGrandparents: () => {
    const doc = new FamilyBuilder()
      .person('gf', 'male')
      .person('gm', 'female')
      .union('u-g', 'gf', 'gm')
      .child('u-g', 'mother', 'female', { birthDate: '1990-01-01' })
      .person('father', 'male')
      .union('u-p', 'father', 'mother', { divorced: true })
      .child('u-p', 'index', 'male', { index: true, birthDate: '2015-01-01' })
      .child('u-p', 'sister', 'female', { birthDate: '2018-01-01' })
      .build();
    doc.households.push({ id: 'h-gp', members: ['gf', 'gm', 'index'] }, { id: 'h-m', members: ['mother', 'sister'] });
    return withAgencies(doc, ['h-gp', 'sister', 'mother']);
  },

  // Joint custody: the child belongs to both parents' households, the father's with his new wife and baby.
  twoHouseholdsSharedChild: () => {
    const doc = new FamilyBuilder()
      .person('mother', 'female')
      .person('father', 'male')
      .person('wife', 'female')
      .union('u-ex', 'father', 'mother', { divorced: true })
      .union('u-now', 'father', 'wife')
      .child('u-ex', 'index', 'female', { index: true, birthDate: '2017-01-01' })
      .child('u-now', 'baby', 'male', { birthDate: '2024-01-01' })
      .build();
    doc.households.push(
      { id: 'h-f', members: ['father', 'wife', 'index', 'baby'] },
      { id: 'h-m', members: ['mother', 'index'] },
    );
    return withAgencies(doc, ['index', 'h-f']);
  },

  // Eight agencies round a family of four, some linked to a child, one to nobody, and a free note.
  eightAgencies: () => {
    const doc = new FamilyBuilder()
      .person('father', 'male')
      .person('mother', 'female')
      .union('u-p', 'father', 'mother')
      .child('u-p', 'index', 'male', { index: true, birthDate: '2014-01-01' })
      .child('u-p', 'sister', 'female', { birthDate: '2020-01-01' })
      .build();
    doc.households.push({ id: 'h1', members: ['father', 'mother', 'index', 'sister'] });
    doc.notes.push({ id: 'n1', column: null, text: 'メモ', position: { x: -420, y: 0 } });
    return withAgencies(doc, ['index', 'index', 'sister', 'mother', 'father', 'h1', 'h1', null]);
  },
};
