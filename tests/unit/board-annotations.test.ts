import { describe, expect, it } from 'vitest';
import { placementLines, unionYearsText } from '../../shared/board/annotations';
import { GRID_X } from '../../shared/board/commands';
import { householdRect, LABEL_BELOW, LABEL_WIDTH, twinBars } from '../../shared/board/geometry';
import { boardToSvg } from '../../shared/board/svg';
import { DEFAULT_NOTATION } from '../../shared/board/notation';
import { emptyBoard, type BoardDoc, type Person, type Union } from '../../shared/board/types';
import { familyBounds, fitTransform } from '../../shared/board/viewport';
import { connectors, movedConnectorIds } from '../../renderer/src/components/board/geometry';
import { ALL_COLUMNS_BOX } from '../../renderer/src/components/board/sos-columns';

function person(id: string, x: number, y: number, fields: Partial<Person> = {}): Person {
  return {
    id,
    sex: 'female',
    label: id,
    role: null,
    birthDate: null,
    age: null,
    ageAsOf: null,
    deceased: null,
    index: false,
    pregnancy: null,
    placements: [],
    note: null,
    position: { x, y },
    pinned: false,
    ...fields,
  };
}
const union = (fields: Partial<Union>): Union => ({
  id: 'u',
  a: 'm',
  b: 'f',
  kind: 'marriage',
  startYear: null,
  separatedYear: null,
  divorced: false,
  divorcedYear: null,
  ...fields,
});

function twinsFamily(twinKind: 'identical' | 'fraternal'): BoardDoc {
  return {
    ...emptyBoard('T-1'),
    persons: [
      person('m', 0, 0),
      person('t1', -GRID_X / 2, 130),
      person('t2', GRID_X / 2, 130),
      person('s', GRID_X * 1.5, 130),
    ],
    children: ['t1', 't2', 's'].map((c) => ({
      id: `c-${c}`,
      child: c,
      union: null,
      parent: 'm',
      kind: 'biological' as const,
      twinGroup: c === 's' ? null : 'tw',
      twinKind: c === 's' ? null : twinKind,
      custody: null,
    })),
  };
}

describe('texts beside the symbols', () => {
  it("writes a union's start and end years, the divorce over a separation", () => {
    expect(unionYearsText(union({ startYear: 2012, separatedYear: 2019, divorced: true, divorcedYear: 2021 }))).toBe(
      '婚2012 離2021',
    );
    expect(unionYearsText(union({ kind: 'cohabitation', startYear: 2020, separatedYear: 2023 }))).toBe('同2020 別2023');
    expect(unionYearsText(union({}))).toBe('');
  });

  it('writes each placement with its dates, and the kind alone when no date is known', () => {
    expect(
      placementLines({
        placements: [
          { kind: '施設', from: '2020-04-01', to: '2023-03-31' },
          { kind: '一時保護', from: '2026-02-01', to: null },
          { kind: '里親', from: null, to: null },
        ],
      }),
    ).toEqual(['施設 2020/04/01〜2023/03/31', '一時保護 2026/02/01〜', '里親']);
  });

  it('puts the placement lines with dates into the SVG as well', () => {
    const doc = {
      ...emptyBoard('S-1'),
      persons: [person('k', 0, 0, { placements: [{ kind: '一時保護', from: '2026-02-01', to: null }] })],
    };
    expect(boardToSvg(doc, { notation: DEFAULT_NOTATION, masked: false, meetingDate: '2026-03-01' })).toContain(
      '一時保護 2026/02/01〜',
    );
  });
});

describe('shared geometry for the canvas and the SVG', () => {
  it('bars identical twins only, between their two lines', () => {
    const bars = twinBars(
      twinsFamily('identical'),
      (id) => twinsFamily('identical').persons.find((p) => p.id === id)?.position,
    );
    expect(bars).toHaveLength(1);
    const [bar] = bars;
    expect(bar!.from.y).toBe(bar!.to.y);
    expect(bar!.from.x).toBeLessThan(0);
    expect(bar!.to.x).toBeGreaterThan(0);
    expect(
      twinBars(twinsFamily('fraternal'), (id) => twinsFamily('fraternal').persons.find((p) => p.id === id)?.position),
    ).toEqual([]);
    // The canvas draws the same bar.
    expect(connectors(twinsFamily('identical')).twinBars).toEqual([
      { id: 'tw', points: [bar!.from.x, bar!.from.y, bar!.to.x, bar!.to.y] },
    ]);
  });

  it("draws a household around its members' labels, not only their symbols", () => {
    const at = (id: string) =>
      (({ a: { x: 0, y: 0 }, b: { x: GRID_X, y: 0 } }) as Record<string, { x: number; y: number }>)[id];
    const r = householdRect({ id: 'h', members: ['a', 'b'] }, at)!;
    expect(r.x).toBeLessThanOrEqual(-LABEL_WIDTH / 2);
    expect(r.x + r.width).toBeGreaterThanOrEqual(GRID_X + LABEL_WIDTH / 2);
    expect(r.y + r.height).toBeGreaterThanOrEqual(24 + LABEL_BELOW);
  });

  it('leaves room for two 8-character labels side by side', () => {
    // 8 full-width characters at the board's 15 px label size, plus the white halo.
    expect(LABEL_WIDTH).toBeGreaterThanOrEqual(8 * 15 + 4);
    expect(GRID_X - LABEL_WIDTH).toBeGreaterThan(0);
  });
});

describe('全体を表示', () => {
  it('frames the family, not the Signs-of-Safety columns, and shows a small family large', () => {
    const doc: BoardDoc = {
      ...emptyBoard('F-1'),
      persons: [person('m', 0, 0), person('k', 0, 130)],
      notes: [{ id: 'n', column: 'worries', text: '', position: { x: ALL_COLUMNS_BOX.x + 20, y: 0 } }],
    };
    const box = familyBounds(doc)!;
    expect(box.x + box.width).toBeLessThan(ALL_COLUMNS_BOX.x);
    const t = fitTransform(box, { width: 1000, height: 700 }, 40, 1.6);
    expect(t.scale).toBe(1.6);
    expect(familyBounds(emptyBoard('E'))).toBeNull();
  });
});

describe('drawing a drag', () => {
  it('finds exactly the connectors that follow a moved person', () => {
    const doc: BoardDoc = {
      ...twinsFamily('identical'),
      relations: [
        { id: 'r', from: 'm', to: 's', kind: 'close' },
        { id: 'r2', from: 't1', to: 't2', kind: 'conflict' },
      ],
    };
    const moved = {
      ...doc,
      persons: doc.persons.map((p) =>
        p.id === 's' ? { ...p, position: { x: p.position.x + 40, y: p.position.y } } : p,
      ),
    };
    expect([...movedConnectorIds(connectors(doc), connectors(moved))].sort()).toEqual(['c-s', 'r']);
    expect(movedConnectorIds(connectors(doc), connectors(doc)).size).toBe(0);
  });
});
