import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/board/commands';
import { emptyBoard, type BoardDoc, type Person } from '../../shared/board/types';
import { connectors, contentBounds, fitTransform, SYMBOL } from '../../renderer/src/components/board/geometry';
import { personAge } from '../../renderer/src/components/board/person-display';
import { columnBox, columnAt, nextSlot, snapNote } from '../../renderer/src/components/board/sos-columns';

function person(id: string, x: number, y: number, fields: Partial<Person> = {}): Person {
  return {
    id, sex: 'unknown', label: id, role: null, birthDate: null, age: null, ageAsOf: null, deceased: null, index: false,
    pregnancy: null, placements: [], note: null, position: { x, y }, pinned: false, ...fields,
  };
}

function family(): BoardDoc {
  return {
    ...emptyBoard('G-1'),
    persons: [person('f', 0, 0), person('m', 200, 0), person('k', 100, 150), person('s', 400, 0)],
    unions: [
      { id: 'u1', a: 'f', b: 'm', kind: 'marriage', startYear: null, separatedYear: null, divorced: true, divorcedYear: 2020 },
      { id: 'u2', a: 'm', b: 's', kind: 'cohabitation', startYear: null, separatedYear: null, divorced: false, divorcedYear: null },
    ],
    children: [{ id: 'c1', child: 'k', union: 'u1', parent: null, kind: 'adopted', twinGroup: null, twinKind: null, custody: null }],
    agencies: [{ id: 'a1', name: '架空小学校', position: { x: -300, y: 150 } }],
    agencyLinks: [{ id: 'l1', agency: 'a1', target: 'k', strength: 'stressful', direction: 'both', role: null }],
  };
}

describe('board connectors', () => {
  it('joins partners below their symbols, marks divorce with two slashes and cohabitation with a dash', () => {
    const { unions } = connectors(family());
    const [u1, u2] = unions;
    expect(u1?.mid).toEqual({ x: 100, y: SYMBOL / 2 + 22 });
    expect(u1?.slashes).toHaveLength(2);
    expect(u1?.dash).toBeNull();
    expect(u2?.slashes).toHaveLength(0);
    expect(u2?.dash).not.toBeNull();
  });

  it('hangs a child from its union midpoint and follows both ends when a person moves', () => {
    const doc = family();
    const before = connectors(doc).children[0]!;
    expect(before.points.slice(0, 2)).toEqual([100, SYMBOL / 2 + 22]);
    expect(before.points.slice(-2)).toEqual([100, 150 - SYMBOL / 2]);
    expect(before.dash).not.toBeNull(); // adopted: dashed, not only another colour
    const moved = applyCommand(doc, { type: 'movePersons', moves: [{ id: 'm', position: { x: 300, y: 0 } }, { id: 'k', position: { x: 160, y: 200 } }] }).doc;
    const after = connectors(moved).children[0]!;
    expect(after.points.slice(0, 2)).toEqual([150, SYMBOL / 2 + 22]);
    expect(after.points.slice(-2)).toEqual([160, 200 - SYMBOL / 2]);
    const link = connectors(moved).agencyLinks[0]!;
    expect([...link.points.slice(0, 2), ...link.points.slice(-2)]).toEqual([-300, 150, 160, 200]);
    // Stressful: a zigzag, readable without colour.
    expect(link.points.length).toBeGreaterThan(8);
  });

  it('drops lines whose ends are gone instead of drawing them to nowhere', () => {
    const doc = { ...family(), persons: family().persons.filter((p) => p.id !== 'k') };
    const lines = connectors(doc);
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
