import { describe, expect, it } from 'vitest';
import { legendFor } from '../../shared/board/legend';
import {
  agencyLinkStyle,
  childLineStyle,
  DEFAULT_NOTATION,
  type NotationProfile,
  relationLineStyle,
  unionLineStyle,
} from '../../shared/board/notation';
import { CHILD_KINDS, emptyBoard, LINK_STRENGTHS, RELATION_KINDS } from '../../shared/board/types';
import { families } from './board-families';

const MCGOLDRICK: NotationProfile = { style: 'mcgoldrick', deceased: 'filled' };
/** What tells a line apart without colour. */
const pattern = (s: {
  dash: number[];
  zigzag: boolean;
  double: boolean;
  arrow: boolean;
  slashes: number;
  width: number;
}) => JSON.stringify([s.dash, s.zigzag, s.double, s.arrow, s.slashes, s.width]);

describe('notation', () => {
  it('every kind of line differs by pattern, not only colour, in both profiles', () => {
    for (const n of [DEFAULT_NOTATION, MCGOLDRICK]) {
      expect(new Set(RELATION_KINDS.map((k) => pattern(relationLineStyle(k, n)))).size).toBe(RELATION_KINDS.length);
      expect(new Set(CHILD_KINDS.map((k) => pattern(childLineStyle(k, n)))).size).toBe(CHILD_KINDS.length);
      expect(
        new Set(LINK_STRENGTHS.map((s) => pattern(agencyLinkStyle({ strength: s, direction: 'none' }, n)))).size,
      ).toBe(LINK_STRENGTHS.length);
      const unions = [
        unionLineStyle({ kind: 'marriage', divorced: false, separatedYear: null }, n),
        unionLineStyle({ kind: 'cohabitation', divorced: false, separatedYear: null }, n),
        unionLineStyle({ kind: 'marriage', divorced: false, separatedYear: 2020 }, n),
        unionLineStyle({ kind: 'marriage', divorced: true, separatedYear: 2020 }, n),
      ];
      expect(new Set(unions.map(pattern)).size).toBe(4);
    }
  });

  it('the McGoldrick profile is monochrome', () => {
    const strokes = new Set([
      ...RELATION_KINDS.map((k) => relationLineStyle(k, MCGOLDRICK).stroke),
      ...LINK_STRENGTHS.map((s) => agencyLinkStyle({ strength: s, direction: 'none' }, MCGOLDRICK).stroke),
    ]);
    expect(strokes.size).toBe(1);
  });
});

describe('legendFor', () => {
  it('an empty board has no legend', () => {
    expect(legendFor(emptyBoard('R7-0001'), DEFAULT_NOTATION)).toEqual([]);
  });

  it('lists only the symbols used, in reading order, with the deceased setting', () => {
    const doc = families.remarriage!();
    doc.persons.find((p) => p.id === 'father')!.deceased = { year: 2025 };
    doc.relations.push({ id: 'r1', from: 'father', to: 'index', kind: 'abuse' });
    doc.households.push({ id: 'h1', members: ['wife', 'index'] });
    doc.agencies.push({ id: 'a1', name: '保育所', position: { x: 0, y: 0 } });
    doc.agencyLinks.push({ id: 'l1', agency: 'a1', target: 'h1', strength: 'weak', direction: 'none', role: null });
    expect(legendFor(doc, DEFAULT_NOTATION).map((e) => e.key)).toEqual([
      'sex:male',
      'sex:female',
      'index',
      'deceased',
      'pregnancy:pregnancy',
      'union:marriage',
      'union:divorced',
      'child:biological',
      'household',
      'relation:abuse',
      'agency:weak',
    ]);
    const legend = legendFor(doc, MCGOLDRICK);
    expect(legend.find((e) => e.key === 'deceased')!.label).toBe('死亡（塗りつぶし）');
    expect(legendFor(doc, DEFAULT_NOTATION).find((e) => e.key === 'deceased')!.label).toBe('死亡（×）');
  });

  it('twins, adoption, foster, placements and support direction appear when used', () => {
    const twins = legendFor(families.twins!(), DEFAULT_NOTATION).map((e) => e.key);
    expect(twins).toContain('twins:identical');
    expect(twins).not.toContain('twins:fraternal');
    const adoption = families.adoptionFoster!();
    adoption.persons[0]!.placements.push({ kind: '一時保護', from: '2026-01-10', to: null });
    adoption.agencies.push({ id: 'a1', name: '児童相談所', position: { x: 0, y: 0 } });
    adoption.agencyLinks.push({
      id: 'l1',
      agency: 'a1',
      target: 'index',
      strength: 'strong',
      direction: 'toFamily',
      role: '一時保護',
    });
    const keys = legendFor(adoption, DEFAULT_NOTATION).map((e) => e.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'child:adopted',
        'child:foster',
        'placement:一時保護',
        'agency:strong',
        'agency:direction',
      ]),
    );
    expect(keys).not.toContain('union:cohabitation');
  });
});
