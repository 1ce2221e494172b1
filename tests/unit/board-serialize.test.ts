import { describe, expect, it } from 'vitest';
import { migrateBoard } from '../../shared/board/migrate';
import { BoardFormatError, parseBoard, serializeBoard } from '../../shared/board/serialize';
import { BOARD_VERSION, emptyBoard } from '../../shared/board/types';
import { families } from './board-families';

/** A board as the prototype (version 0, no version field) saved it. */
const v0 = {
  caseNo: 'R6-0042',
  persons: [
    { id: 'p1', sex: 'male', name: '父', age: 38, x: 10, y: 20 },
    { id: 'p2', sex: 'female', name: '母', deceased: true, x: 100, y: 20 },
    { id: 'p3', sex: 'female', name: '本人', birthDate: '2017-08-03', index: true, x: 55, y: 150 },
    { id: 'p4', sex: 'x', name: '不明の人', x: 0, y: 0 },
  ],
  unions: [{ id: 'u1', a: 'p1', b: 'p2', kind: 'divorced', year: 2021 }],
  children: [
    { child: 'p3', union: 'u1' },
    { child: 'p4', parent: 'p2', kind: 'foster' },
  ],
  notes: [{ id: 'n1', text: '祖母宅に頻繁に預けている', x: 300, y: 0 }],
};

describe('serializeBoard / parseBoard', () => {
  it('round-trips every family shape exactly', () => {
    for (const make of Object.values(families)) {
      const doc = make();
      expect(parseBoard(serializeBoard(doc))).toEqual(doc);
      expect(parseBoard(JSON.parse(serializeBoard(doc)))).toEqual(doc);
    }
  });

  it('migrates a version-0 board to the current version', () => {
    const doc = parseBoard(JSON.stringify(v0));
    expect(doc.version).toBe(BOARD_VERSION);
    expect(doc.persons[0]).toMatchObject({
      id: 'p1',
      label: '父',
      age: 38,
      position: { x: 10, y: 20 },
      deceased: null,
      pinned: false,
    });
    expect(doc.persons[1]).toMatchObject({ label: '母', deceased: { year: null } });
    expect(doc.persons[2]).toMatchObject({ index: true, birthDate: '2017-08-03' });
    expect(doc.persons[3]!.sex).toBe('unknown');
    expect(doc.unions[0]).toMatchObject({ kind: 'marriage', divorced: true, divorcedYear: 2021, startYear: null });
    expect(doc.children).toEqual([
      {
        id: 'c-v0-0',
        child: 'p3',
        union: 'u1',
        parent: null,
        kind: 'biological',
        twinGroup: null,
        twinKind: null,
        custody: null,
      },
      {
        id: 'c-v0-1',
        child: 'p4',
        union: null,
        parent: 'p2',
        kind: 'foster',
        twinGroup: null,
        twinKind: null,
        custody: null,
      },
    ]);
    expect(doc.notes).toEqual([
      { id: 'n1', column: null, text: '祖母宅に頻繁に預けている', position: { x: 300, y: 0 } },
    ]);
    expect(doc.scales).toEqual([]);
    // and the migrated board round-trips as a current one
    expect(parseBoard(serializeBoard(doc))).toEqual(doc);
  });

  it('leaves a current board untouched by migration', () => {
    const doc = emptyBoard('R7-0001');
    expect(migrateBoard(doc)).toBe(doc);
  });

  it('refuses broken data with Japanese messages', () => {
    expect(() => parseBoard('{')).toThrow(BoardFormatError);
    expect(() => parseBoard('{')).toThrow(/JSON/);
    expect(() => parseBoard(42)).toThrow(/オブジェクトではありません/);
    expect(() => parseBoard({ ...emptyBoard('R7-0001'), version: 99 })).toThrow(/新しいバージョン/);
    expect(() => parseBoard({ ...emptyBoard('R7-0001'), version: 'one' })).toThrow(/バージョンが読み取れません/);
    const bad = families.twins!();
    bad.persons[0]!.sex = 'robot' as 'male';
    expect(() => parseBoard(bad)).toThrow(/persons\.0\.sex/);
    const dangling = families.twins!();
    dangling.unions[0]!.b = 'ghost';
    expect(() => parseBoard(dangling)).toThrow(/婚姻「u-p」の相手がいません/);
    const duplicate = families.twins!();
    duplicate.persons[1]!.id = duplicate.persons[0]!.id;
    expect(() => parseBoard(duplicate)).toThrow(/重複/);
    const scale = emptyBoard('R7-0001');
    scale.scales.push({ id: 's1', question: '安全', value: 12, ratedBy: '学校', ratedAt: '2026-04-01' });
    expect(() => parseBoard(scale)).toThrow(/scales\.0\.value/);
  });
});
