import { describe, expect, it } from 'vitest';
import { applyCommand, GRID_X, SYMBOL_SIZE } from '../../shared/board/commands';
import { LABEL_BELOW, personLinkGap } from '../../shared/board/geometry';
import { householdOutlineIn, outlineEntry, unionLoops } from '../../shared/board/household-outline';
import { layoutGenogram, relayoutCommand } from '../../shared/board/layout';
import { layoutAgencies } from '../../shared/board/layout-ecomap';
import type { BoardDoc } from '../../shared/board/types';
import { families, householdFamilies } from './board-families';
import { layoutProblems, placed } from './board-layout-checks';

const laidOut = (doc: BoardDoc) => applyCommand(doc, relayoutCommand(doc)).doc;

describe('自動配置 respects households and places agencies around the family', () => {
  const shapes = { ...families, ...householdFamilies };
  for (const [name, make] of Object.entries(shapes)) {
    it(`${name}: no overlaps, members inside their outline, non-members outside, agencies around`, () => {
      const doc = laidOut(make());
      expect(layoutProblems(doc)).toEqual([]);
    });
  }

  it('the same holds for every family with every person in one household but the first', () => {
    for (const [name, make] of Object.entries(families)) {
      const doc = make();
      doc.households = [{ id: 'h', members: doc.persons.slice(1).map((p) => p.id) }];
      expect([name, layoutProblems(laidOut(doc))]).toEqual([name, []]);
    }
  });

  it('the divorced father stands outside the household he left, the children inside it', () => {
    const doc = laidOut(householdFamilies.divorcedParentOutside!());
    const outline = householdOutlineIn(doc, doc.households[0]!, (id) => doc.persons.find((p) => p.id === id)?.position);
    expect(outline!.loops).toHaveLength(1); // one household, one outline
    expect(layoutProblems(doc)).toEqual([]);
  });

  it('a child with the grandparents: the couple stands apart so one outline reaches from them to the child', () => {
    const doc = laidOut(householdFamilies.childWithGrandparents!());
    const x = (id: string) => doc.persons.find((p) => p.id === id)!.position.x;
    expect(Math.abs(x('father') - x('mother'))).toBeGreaterThan(GRID_X);
    const at = (id: string) => doc.persons.find((p) => p.id === id)?.position;
    for (const h of doc.households) expect([h.id, householdOutlineIn(doc, h, at)!.loops.length]).toEqual([h.id, 1]);
  });

  it('eight agencies: all placed, apart, beside what they are linked to', () => {
    const doc = laidOut(householdFamilies.eightAgencies!());
    expect(layoutProblems(doc)).toEqual([]);
    const father = doc.persons.find((p) => p.id === 'father')!.position;
    const sister = doc.persons.find((p) => p.id === 'sister')!.position;
    const agency = (id: string) => doc.agencies.find((a) => a.id === id)!.position;
    // The father's agency on his side (left), the sister's on hers (right).
    expect(agency('ag5').x).toBeLessThan(father.x);
    expect(agency('ag3').x).toBeGreaterThan(sister.x);
  });

  it('agencies keep out of the areas the canvas reserves (the Signs-of-Safety columns)', () => {
    const doc = householdFamilies.eightAgencies!();
    const persons = layoutGenogram(doc);
    const free = layoutAgencies(doc, (id) => persons.get(id));
    const right = Math.max(...[...free.values()].map((p) => p.x));
    const avoid = [{ x: right - 10, y: -5000, width: 10_000, height: 10_000 }];
    const kept = layoutAgencies(doc, (id) => persons.get(id), avoid);
    expect(kept.size).toBe(8);
    for (const p of kept.values()) expect(p.x + 75).toBeLessThanOrEqual(right - 10);
    expect(layoutProblems(placed(doc, persons, kept))).toEqual([]);
  });

  it('is stable with agencies too: laying out a laid-out board moves nothing', () => {
    const once = laidOut(householdFamilies.eightAgencies!());
    expect(relayoutCommand(once)).toEqual({ type: 'movePersons', moves: [] });
  });

  it('outline of rectangles: one loop round two touching boxes, two loops for two apart', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(unionLoops([a, { x: 5, y: 10, width: 10, height: 10 }])).toHaveLength(1);
    expect(unionLoops([a, { x: 5, y: 10, width: 10, height: 10 }])[0]).toHaveLength(8);
    expect(unionLoops([a, { x: 50, y: 0, width: 10, height: 10 }])).toHaveLength(2);
  });

  it('an agency line from below stops under the name, from the side or above at the symbol', () => {
    const at = { x: 0, y: 0 };
    expect(personLinkGap({ x: 0, y: 300 }, at)).toBe(SYMBOL_SIZE / 2 + LABEL_BELOW + 4);
    expect(personLinkGap({ x: -300, y: 0 }, at)).toBe(SYMBOL_SIZE / 2 + 4);
    expect(personLinkGap({ x: 0, y: -300 }, at)).toBe(SYMBOL_SIZE / 2 + 4);
  });

  it('a household line ends on the outline nearest the agency, never inside among the members', () => {
    const doc = laidOut(householdFamilies.eightAgencies!());
    const at = (id: string) => doc.persons.find((p) => p.id === id)?.position;
    const outline = householdOutlineIn(doc, doc.households[0]!, at)!;
    const [part] = outline.parts;
    const right = { x: part!.x + part!.width + 100, y: part!.y + 10 };
    expect(outlineEntry(outline, right)).toEqual({ x: part!.x + part!.width, y: part!.y + 10 });
    expect(outlineEntry(outline, { x: part!.x + 1, y: part!.y + 1 })).toBeNull();
  });
});
