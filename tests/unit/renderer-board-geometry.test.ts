import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/board/commands';
import { emptyBoard, type BoardDoc, type Person } from '../../shared/board/types';
import { SYMBOL_SIZE } from '../../shared/board/commands';
import { unionGeometry, UNION_DROP } from '../../shared/board/geometry';
import { DEFAULT_NOTATION } from '../../shared/board/notation';
import { contentBounds, fitTransform } from '../../shared/board/viewport';
import { connectors, householdBoxes, labelWidths, SYMBOL } from '../../renderer/src/components/board/geometry';
import { personAge } from '../../renderer/src/components/board/person-display';
import { columnBox, columnAt, nextSlot, snapNote } from '../../renderer/src/components/board/sos-columns';

function person(id: string, x: number, y: number, fields: Partial<Person> = {}): Person {
  return {
    id,
    sex: 'unknown',
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

function family(): BoardDoc {
  return {
    ...emptyBoard('G-1'),
    persons: [person('f', 0, 0), person('m', 200, 0), person('k', 100, 150), person('s', 400, 0)],
    unions: [
      {
        id: 'u1',
        a: 'f',
        b: 'm',
        kind: 'marriage',
        startYear: null,
        separatedYear: null,
        divorced: true,
        divorcedYear: 2020,
      },
      {
        id: 'u2',
        a: 'm',
        b: 's',
        kind: 'cohabitation',
        startYear: null,
        separatedYear: null,
        divorced: false,
        divorcedYear: null,
      },
    ],
    children: [
      {
        id: 'c1',
        child: 'k',
        union: 'u1',
        parent: null,
        kind: 'adopted',
        twinGroup: null,
        twinKind: null,
        custody: null,
      },
    ],
    agencies: [{ id: 'a1', name: '架空小学校', position: { x: -300, y: 150 } }],
    agencyLinks: [{ id: 'l1', agency: 'a1', target: 'k', strength: 'stressful', direction: 'both', role: null }],
  };
}

describe('board connectors', () => {
  it('uses the symbol size and couple lines of the SVG export, so both draw the same board', () => {
    expect(SYMBOL).toBe(SYMBOL_SIZE);
    const [u1] = connectors(family()).unions;
    const shared = unionGeometry({ x: 0, y: 0 }, { x: 200, y: 0 });
    expect(u1?.mid).toEqual(shared.mid);
    expect(u1?.points).toEqual(shared.points.flatMap((p) => [p.x, p.y]));
  });

  it('joins partners below their symbols, marks divorce with two slashes and cohabitation with a dash', () => {
    const { unions } = connectors(family());
    const [u1, u2] = unions;
    expect(u1?.mid).toEqual({ x: 100, y: SYMBOL / 2 + UNION_DROP });
    expect(u1?.style.slashes).toBe(2);
    expect(u1?.slashAt).toEqual(u1?.mid);
    expect(u1?.style.dash).toEqual([]);
    expect(u2?.style.slashes).toBe(0);
    expect(u2?.slashAt).toBeNull();
    expect(u2?.style.dash.length).toBeGreaterThan(0);
  });

  it('hangs a child from its union midpoint and follows both ends when a person moves', () => {
    const doc = family();
    const before = connectors(doc).children[0]!;
    expect(before.points.slice(0, 2)).toEqual([100, SYMBOL / 2 + UNION_DROP]);
    expect(before.points.slice(-2)).toEqual([100, 150 - SYMBOL / 2]);
    expect(before.style.dash.length).toBeGreaterThan(0); // adopted: dashed, not only another colour
    const moved = applyCommand(doc, {
      type: 'movePersons',
      moves: [
        { id: 'm', position: { x: 300, y: 0 } },
        { id: 'k', position: { x: 160, y: 200 } },
      ],
    }).doc;
    const after = connectors(moved).children[0]!;
    expect(after.points.slice(0, 2)).toEqual([150, SYMBOL / 2 + UNION_DROP]);
    expect(after.points.slice(-2)).toEqual([160, 200 - SYMBOL / 2]);
    const link = connectors(moved).agencyLinks[0]!;
    // Trimmed to the agency's and the symbol's edges, on the straight line between the two centres.
    const [x1 = 0, y1 = 0] = link.points;
    const [x2 = 0, y2 = 0] = link.points.slice(-2);
    expect(Math.hypot(x1 + 300, y1 - 150)).toBeCloseTo(28, 5);
    expect(Math.hypot(x2 - 160, y2 - 200)).toBeCloseTo(SYMBOL / 2 + 4, 5);
    expect((y1 - 150) * (160 + 300) - (x1 + 300) * (200 - 150)).toBeCloseTo(0, 5);
    // Stressful: a zigzag, readable without colour; support both ways: a head at each end.
    expect(link.points.length).toBeGreaterThan(8);
    expect([link.arrowAtStart, link.arrowAtEnd]).toEqual([true, true]);
  });

  it('draws emotional relations by pattern as well as colour, abuse and DV as arrows to the victim', () => {
    const doc: BoardDoc = {
      ...family(),
      relations: (['close', 'distant', 'conflict', 'cutoff', 'abuse', 'dv'] as const).map((kind, i) => ({
        id: `r${i}`,
        from: 'f',
        to: 'k',
        kind,
      })),
    };
    const [close, distant, conflict, cutoff, abuse, dv] = connectors(doc).relations;
    expect(close?.style.width).toBeGreaterThan(distant?.style.width ?? 99);
    expect(distant?.style.dash.length).toBeGreaterThan(0);
    expect(conflict?.points.length).toBeGreaterThan(4);
    expect(cutoff?.slashAt).not.toBeNull();
    for (const arrow of [abuse, dv]) {
      expect(arrow?.arrowAtEnd).toBe(true);
      expect(arrow?.arrowAtStart).toBe(false);
      // The head ends at the victim's symbol edge, not at the offender's.
      const [x = 0, y = 0] = arrow!.points.slice(-2);
      expect(Math.hypot(x - 100, y - 150)).toBeCloseTo(SYMBOL / 2 + 4, 5);
    }
    expect(close?.style.double).toBe(false);
    const mono = connectors(doc, { style: 'mcgoldrick', deceased: 'cross' }).relations;
    expect(mono[0]?.style.double).toBe(true);
    expect(new Set(mono.map((r) => r.style.stroke)).size).toBe(1);
  });

  it('points support links the way support flows and draws a household around its members', () => {
    const base = family();
    const doc: BoardDoc = {
      ...base,
      households: [{ id: 'h1', members: ['m', 'k'] }],
      agencyLinks: [
        { id: 'l1', agency: 'a1', target: 'k', strength: 'weak', direction: 'toFamily', role: '見守り' },
        { id: 'l2', agency: 'a1', target: 'h1', strength: 'strong', direction: 'toAgency', role: null },
        { id: 'l3', agency: 'a1', target: 'f', strength: 'normal', direction: 'none', role: null },
      ],
    };
    const [toFamily, toAgency, none] = connectors(doc, DEFAULT_NOTATION).agencyLinks;
    expect([toFamily?.arrowAtStart, toFamily?.arrowAtEnd]).toEqual([false, true]);
    expect(toFamily?.style.dash.length).toBeGreaterThan(0);
    expect(toFamily?.role).toBe('見守り');
    expect([toAgency?.arrowAtStart, toAgency?.arrowAtEnd]).toEqual([true, false]);
    expect(toAgency?.style.width).toBeGreaterThan(none?.style.width ?? 99);
    expect([none?.arrowAtStart, none?.arrowAtEnd]).toEqual([false, false]);
    const [box] = householdBoxes(doc);
    expect(box?.id).toBe('h1');
    expect(box!.x).toBeLessThan(100 - SYMBOL / 2);
    expect(box!.x + box!.width).toBeGreaterThan(200 + SYMBOL / 2);
    expect(box!.y + box!.height).toBeGreaterThan(150 + SYMBOL / 2);
    expect(householdBoxes({ ...doc, households: [{ id: 'h2', members: ['gone'] }] })).toEqual([]);
  });

  it('keeps a label within the room left by its neighbours on the same row', () => {
    const widths = labelWidths(family(), 140);
    // f and m sit 200 apart: the full width; m and s as well; k is alone on its row.
    expect(widths.get('f')).toBe(140);
    expect(widths.get('k')).toBe(140);
    const close = applyCommand(family(), { type: 'movePersons', moves: [{ id: 'm', position: { x: 90, y: 0 } }] }).doc;
    const narrow = labelWidths(close, 140);
    expect(narrow.get('f')).toBe(82);
    expect(narrow.get('m')).toBe(82);
    expect((narrow.get('f') ?? 0) / 2 + (narrow.get('m') ?? 0) / 2).toBeLessThan(90);
    const touching = applyCommand(family(), {
      type: 'movePersons',
      moves: [{ id: 'm', position: { x: 10, y: 0 } }],
    }).doc;
    expect(labelWidths(touching, 140).get('f')).toBe(SYMBOL);
  });

  it('drops lines whose ends are gone instead of drawing them to nowhere', () => {
    const doc = { ...family(), persons: family().persons.filter((p) => p.id !== 'k') };
    const lines = connectors({ ...doc, relations: [{ id: 'r', from: 'f', to: 'k', kind: 'abuse' }] });
    expect(lines.relations).toEqual([]);
    expect(lines.children).toEqual([]);
    expect(lines.agencyLinks).toEqual([]);
    expect(lines.unions).toHaveLength(2);
  });
});

describe('board view helpers', () => {
  it('fits the content into the viewport, centred, never beyond 2×', () => {
    const box = contentBounds(family())!;
    expect(box.x).toBeLessThan(-300);
    const t = fitTransform(box, { width: 1000, height: 800 });
    expect(box.x * t.scale + t.x).toBeGreaterThanOrEqual(39);
    expect((box.x + box.width) * t.scale + t.x).toBeLessThanOrEqual(961);
    expect(fitTransform({ x: 0, y: 0, width: 10, height: 10 }, { width: 1000, height: 800 }).scale).toBe(2);
    expect(contentBounds(emptyBoard('x'))).toBeNull();
  });

  it('snaps a note dropped in a column into it and leaves a free note where it is', () => {
    const working = columnBox('working');
    const dropped = snapNote({ x: working.x + 5, y: working.y + 300 });
    expect(dropped.column).toBe('working');
    expect(dropped.position.x).toBe(working.x + 20);
    expect(dropped.position.y).toBe(working.y + 300);
    expect(snapNote({ x: -500, y: 0 })).toEqual({ column: null, position: { x: -500, y: 0 } });
    expect(columnAt(nextSlot([], 'next'))).toBe('next');
    const first = nextSlot([], 'worries');
    const second = nextSlot([{ id: 'n', column: 'worries', text: '', position: first }], 'worries');
    expect(second.y).toBeGreaterThan(first.y);
  });

  it('shows the age at the meeting date from a birth date or from an age recorded earlier', () => {
    expect(personAge(person('a', 0, 0, { birthDate: '2018-05-05' }), '2025-05-04')).toBe(6);
    expect(personAge(person('a', 0, 0, { age: 30, ageAsOf: '2023-04-01' }), '2025-04-01')).toBe(32);
    expect(personAge(person('a', 0, 0), '2025-04-01')).toBeNull();
  });
});
