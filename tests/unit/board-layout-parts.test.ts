// The layout's parts on their own: the isotonic solver and the family graph's generations and row blocks.
import { describe, expect, it } from 'vitest';
import { isotonic } from '../../shared/board/isotonic';
import { familyGraph, generations, rowBlocks } from '../../shared/board/layout-graph';
import { FamilyBuilder } from './board-families';

describe('isotonic', () => {
  it('keeps an ordered sequence as it is', () => {
    expect(isotonic([1, 2, 3], [1, 1, 1])).toEqual([1, 2, 3]);
  });

  it('pools violators to their weighted mean', () => {
    expect(isotonic([3, 1], [1, 1])).toEqual([2, 2]);
    expect(isotonic([3, 1], [3, 1])).toEqual([2.5, 2.5]);
  });
});

describe('layout graph', () => {
  it('puts partners on one row and children one row below', () => {
    const doc = new FamilyBuilder()
      .person('father', 'male')
      .person('mother', 'female')
      .union('u1', 'father', 'mother')
      .child('u1', 'kid', 'female').doc;
    const graph = familyGraph(doc);
    const gens = generations(doc.persons, graph);
    expect(gens.gen.get('father')).toBe(0);
    expect(gens.gen.get('mother')).toBe(0);
    expect(gens.gen.get('kid')).toBe(1);
    const { rows, blockOf } = rowBlocks(doc.persons, graph, gens, 100);
    expect(rows[0]).toHaveLength(1);
    expect(blockOf.get('father')).toBe(blockOf.get('mother'));
    expect(blockOf.get('father')!.members).toEqual(['father', 'mother']);
  });
});
