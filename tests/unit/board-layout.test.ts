import { describe, expect, it } from 'vitest';
import { applyCommand, GRID_X, GRID_Y, SYMBOL_SIZE } from '../../shared/board/commands';
import { layoutGenogram, relayoutCommand } from '../../shared/board/layout';
import type { BoardDoc, Id, Point } from '../../shared/board/types';
import { families, largeFamily } from './board-families';

function overlaps(doc: BoardDoc, pos: Map<Id, Point>): string[] {
  const found: string[] = [];
  const ids = doc.persons.map((p) => p.id);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = pos.get(ids[i]!)!;
      const b = pos.get(ids[j]!)!;
      if (Math.abs(a.x - b.x) < SYMBOL_SIZE && Math.abs(a.y - b.y) < SYMBOL_SIZE) found.push(`${ids[i]} × ${ids[j]}`);
    }
  }
  return found;
}

/** Every sibling group's centre lies within its parents' span (a single parent: within half a step). */
function childrenNotUnderParents(doc: BoardDoc, pos: Map<Id, Point>): string[] {
  const bad: string[] = [];
  const groups = new Map<string, { parents: Id[]; kids: Id[] }>();
  for (const c of doc.children) {
    const key = c.union ?? `p:${c.parent}`;
    const union = doc.unions.find((u) => u.id === c.union);
    const parents = union ? [union.a, union.b] : [c.parent!];
    const g = groups.get(key) ?? { parents, kids: [] };
    g.kids.push(c.child);
    groups.set(key, g);
  }
  for (const [key, g] of groups) {
    const px = g.parents.map((id) => pos.get(id)!.x);
    const kx = g.kids.map((id) => pos.get(id)!.x);
    const centre = (Math.min(...kx) + Math.max(...kx)) / 2;
    const slack = g.parents.length === 1 ? GRID_X / 2 : 1;
    if (centre < Math.min(...px) - slack || centre > Math.max(...px) + slack)
      bad.push(`${key}: ${centre} not in [${px.join(', ')}]`);
    const py = pos.get(g.parents[0]!)!.y;
    for (const kid of g.kids) if (pos.get(kid)!.y !== py + GRID_Y) bad.push(`${kid} is not one row below ${key}`);
  }
  for (const u of doc.unions) {
    if (pos.get(u.a)!.y !== pos.get(u.b)!.y) bad.push(`${u.id}: partners in different rows`);
  }
  return bad;
}

/** Sibling groups of different unions whose x-ranges overlap in a row: their connectors would cross. */
function interleavedGroups(doc: BoardDoc, pos: Map<Id, Point>): string[] {
  const ranges = new Map<string, { y: number; lo: number; hi: number }>();
  for (const c of doc.children) {
    const key = c.union ?? `p:${c.parent}`;
    const at = pos.get(c.child)!;
    const r = ranges.get(key) ?? { y: at.y, lo: at.x, hi: at.x };
    ranges.set(key, { y: r.y, lo: Math.min(r.lo, at.x), hi: Math.max(r.hi, at.x) });
  }
  const list = [...ranges.entries()];
  const bad: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [ka, a] = list[i]!;
      const [kb, b] = list[j]!;
      if (a.y === b.y && a.lo <= b.hi && b.lo <= a.hi) bad.push(`${ka} / ${kb}`);
    }
  }
  return bad;
}

describe('layoutGenogram on each family shape', () => {
  for (const [name, make] of Object.entries(families)) {
    it(`${name}: a position for everyone, no overlaps, children under their union, generations in rows`, () => {
      const doc = make();
      const pos = layoutGenogram(doc);
      expect([...pos.keys()].sort()).toEqual(doc.persons.map((p) => p.id).sort());
      expect(overlaps(doc, pos)).toEqual([]);
      expect(childrenNotUnderParents(doc, pos)).toEqual([]);
      expect(interleavedGroups(doc, pos)).toEqual([]);
      const rows = new Set([...pos.values()].map((p) => p.y));
      for (const y of rows) expect((y - Math.min(...rows)) % GRID_Y).toBe(0);
    });
  }

  it('childless couple: the couple sits side by side, next to each other', () => {
    const pos = layoutGenogram(families.childlessCouple!());
    expect(Math.abs(pos.get('aunt')!.x - pos.get('auntHusband')!.x)).toBe(GRID_X);
    expect(pos.get('aunt')!.y).toBe(pos.get('father')!.y);
  });

  it('remarriage: the father between his former and his current wife; half-siblings under the right union', () => {
    const pos = layoutGenogram(families.remarriage!());
    const x = (id: string) => pos.get(id)!.x;
    expect(x('exWife')).toBeLessThan(x('father'));
    expect(x('father')).toBeLessThan(x('wife'));
    expect(Math.max(x('half1'), x('half2'))).toBeLessThan(Math.min(x('index'), x('baby'), x('unborn')));
    // oldest left, the pregnancy last
    expect(x('half1')).toBeLessThan(x('half2'));
    expect(x('index')).toBeLessThan(x('baby'));
    expect(x('baby')).toBeLessThan(x('unborn'));
  });

  it('remarriage on both sides: each child under its own union, the new couple in the middle', () => {
    const pos = layoutGenogram(families.remarriageBothSides!());
    const x = (id: string) => pos.get(id)!.x;
    expect(x('exWife')).toBeLessThan(x('father'));
    expect(x('mother')).toBeLessThan(x('motherEx'));
    expect(Math.abs(x('father') - x('mother'))).toBe(GRID_X);
    expect(x('fChild')).toBeLessThan(x('index'));
    expect(x('index')).toBeLessThan(x('mChild'));
  });

  it('twins stay next to each other, after the older sibling', () => {
    const pos = layoutGenogram(families.twins!());
    const x = (id: string) => pos.get(id)!.x;
    expect(x('older')).toBeLessThan(x('twinA'));
    expect(Math.abs(x('twinA') - x('twinB'))).toBe(GRID_X);
  });

  it('four generations: four rows, the father next to his own family of origin', () => {
    const doc = families.fourGenerations!();
    const pos = layoutGenogram(doc);
    expect(new Set([...pos.values()].map((p) => p.y)).size).toBe(4);
    expect(pos.get('index')!.y - pos.get('ggf')!.y).toBe(3 * GRID_Y);
    // the mother's family on one side, the father's on the other: his parents sit on his side of the couple
    const side = Math.sign(pos.get('father')!.x - pos.get('mother')!.x);
    expect(Math.sign(pos.get('pgf')!.x - pos.get('gf')!.x)).toBe(side);
  });

  it('persons with no known parents are still placed, in one row, apart', () => {
    const doc = families.noKnownParents!();
    const pos = layoutGenogram(doc);
    expect(new Set([...pos.values()].map((p) => p.y)).size).toBe(1);
    expect(overlaps(doc, pos)).toEqual([]);
  });

  it('pinned persons never move, and nobody lands on them', () => {
    let doc = families.remarriage!();
    const first = layoutGenogram(doc);
    doc = applyCommand(doc, relayoutCommand(doc)).doc;
    // Pin the former wife somewhere else in her row and the baby at its laid-out place.
    const exPos = { x: first.get('exWife')!.x - 400, y: first.get('exWife')!.y };
    doc = applyCommand(doc, {
      type: 'batch',
      commands: [
        { type: 'updatePerson', id: 'exWife', patch: { pinned: true, position: exPos } },
        { type: 'updatePerson', id: 'baby', patch: { pinned: true } },
      ],
    }).doc;
    const babyPos = doc.persons.find((p) => p.id === 'baby')!.position;
    const pos = layoutGenogram(doc);
    expect(pos.get('exWife')).toEqual(exPos);
    expect(pos.get('baby')).toEqual(babyPos);
    expect(overlaps(doc, pos)).toEqual([]);
    const moveIds = (relayoutCommand(doc) as { moves: { id: string }[] }).moves.map((m) => m.id);
    expect(moveIds).not.toContain('exWife');
    expect(moveIds).not.toContain('baby');
  });

  it('a couple who married twice is still one couple', () => {
    const doc = families.childlessCouple!();
    doc.unions.push({ ...doc.unions.find((u) => u.id === 'u-aunt')!, id: 'u-aunt2', divorced: false });
    doc.unions.find((u) => u.id === 'u-aunt')!.divorced = true;
    const pos = layoutGenogram(doc);
    expect(overlaps(doc, pos)).toEqual([]);
    expect(Math.abs(pos.get('aunt')!.x - pos.get('auntHusband')!.x)).toBe(GRID_X);
  });

  it('is stable: laying out a laid-out board moves nobody', () => {
    const doc = families.fourGenerations!();
    const once = applyCommand(doc, relayoutCommand(doc)).doc;
    expect(relayoutCommand(once)).toEqual({ type: 'movePersons', moves: [] });
  });

  it('a large family of 150: no overlaps, rows, children under their union, in well under the budget', () => {
    const doc = largeFamily(150);
    expect(doc.persons).toHaveLength(150);
    layoutGenogram(doc); // warm-up
    const start = performance.now();
    const pos = layoutGenogram(doc);
    const ms = performance.now() - start;
    expect(overlaps(doc, pos)).toEqual([]);
    expect(childrenNotUnderParents(doc, pos)).toEqual([]);
    expect(interleavedGroups(doc, pos)).toEqual([]);
    expect(ms).toBeLessThan(100); // the real goal (< 16 ms) is measured by npm run bench
  });

  it('honours the spacing option, but never lets symbols touch', () => {
    const pos = layoutGenogram(families.childlessCouple!(), { spacing: 120 });
    expect(Math.abs(pos.get('aunt')!.x - pos.get('auntHusband')!.x)).toBe(120);
    const tight = layoutGenogram(families.childlessCouple!(), { spacing: 10 });
    expect(Math.abs(tight.get('aunt')!.x - tight.get('auntHusband')!.x)).toBe(SYMBOL_SIZE + 12);
  });

  it('unrelated families get a wider gap than neighbours within a family', () => {
    const doc = families.noKnownParents!();
    const xs = doc.persons.map((p) => layoutGenogram(doc).get(p.id)!.x).sort((a, b) => a - b);
    expect(xs[1]! - xs[0]!).toBe(2 * GRID_X);
    expect(xs[2]! - xs[1]!).toBe(2 * GRID_X);
  });
});
