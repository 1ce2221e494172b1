import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { AppError } from '../../shared/contract';
import { emptyBoard, type BoardDoc, type Person } from '../../shared/board/types';
import { containsText, PASSPHRASE, useTempDirs } from './db-helpers';
import {
  fakeCase,
  fakeMeeting,
  meetingBackend,
  olderDatabase,
  recordedMigrations,
  type TestBackend,
} from './meeting-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function start(): Promise<TestBackend> {
  const t = await meetingBackend(tempDir());
  open.push(t.backend);
  await t.api.call('ledger.create', { case: fakeCase('B-1') });
  return t;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

function person(id: string, label: string, fields: Partial<Person> = {}): Person {
  return {
    id,
    sex: 'female',
    label,
    role: null,
    birthDate: null,
    age: null,
    ageAsOf: null,
    deceased: null,
    index: false,
    pregnancy: null,
    placements: [],
    note: null,
    position: { x: 0, y: 0 },
    pinned: false,
    ...fields,
  };
}

/** A small fictional family: mother and child, married to a father, with a school around them. */
function family(caseNo = 'B-1'): BoardDoc {
  return {
    ...emptyBoard(caseNo),
    persons: [
      person('p-mother', '架空　ゆき', { role: '母', birthDate: '1990-02-03', position: { x: 0, y: 0 } }),
      person('p-father', '架空　まもる', { sex: 'male', role: '父', position: { x: 120, y: 0 } }),
      person('p-child', '架空　ひかり', {
        role: '本人',
        index: true,
        birthDate: '2018-05-05',
        position: { x: 60, y: 140 },
      }),
    ],
    unions: [
      {
        id: 'u-1',
        a: 'p-father',
        b: 'p-mother',
        kind: 'marriage',
        startYear: 2016,
        separatedYear: null,
        divorced: false,
        divorcedYear: null,
      },
    ],
    children: [
      {
        id: 'c-1',
        child: 'p-child',
        union: 'u-1',
        parent: null,
        kind: 'biological',
        twinGroup: null,
        twinKind: null,
        custody: null,
      },
    ],
    agencies: [{ id: 'a-1', name: '架空市立第一小学校', position: { x: 300, y: 140 } }],
    agencyLinks: [
      { id: 'l-1', agency: 'a-1', target: 'p-child', strength: 'strong', direction: 'toFamily', role: '見守り' },
    ],
    notes: [{ id: 'n-1', column: 'worries', text: '夜間に一人で過ごす日がある', position: { x: 0, y: 400 } }],
    scales: [{ id: 's-1', question: '家庭での安全', value: 4, ratedBy: '事務局', ratedAt: '2025-03-01' }],
  };
}

describe('migration 003 (boards)', () => {
  it('upgrades a database made with the 002 schema, keeping its cases', async () => {
    const dbPath = join(tempDir(), 'old.db');
    expect(olderDatabase(dbPath, 2, 'OLD-1', 'boards')).toBe(0);

    const backend = createBackend({ dbPath });
    open.push(backend);
    const api = createApi(backend);
    await api.call('session.unlock', { passphrase: PASSPHRASE });
    expect(await api.call('board.get', { caseNo: 'OLD-1' })).toEqual({ doc: null, updatedAt: null, snapshots: [] });
    await api.call('board.save', { caseNo: 'OLD-1', doc: family('OLD-1') });
    expect((await api.call('board.get', { caseNo: 'OLD-1' })).doc?.persons).toHaveLength(3);
    backend.close();

    const { recorded, known } = recordedMigrations(dbPath);
    expect(recorded).toEqual(known);
  });
});

describe('board handlers', () => {
  it('saves the board whole and reads it back, announcing board.changed', async () => {
    const { api, events, setNow } = await start();
    expect(await api.call('board.get', { caseNo: 'B-1' })).toEqual({ doc: null, updatedAt: null, snapshots: [] });
    setNow('2025-03-02T09:30:00.000Z');
    const doc = family();
    expect(await api.call('board.save', { caseNo: 'B-1', doc })).toEqual({
      caseNo: 'B-1',
      updatedAt: '2025-03-02T09:30:00.000Z',
    });
    const got = await api.call('board.get', { caseNo: 'B-1' });
    expect(got.doc).toEqual(doc);
    expect(got.updatedAt).toBe('2025-03-02T09:30:00.000Z');

    const moved: BoardDoc = {
      ...doc,
      persons: doc.persons.map((p) => (p.id === 'p-child' ? { ...p, position: { x: 10, y: 200 }, pinned: true } : p)),
    };
    await api.call('board.save', { caseNo: 'B-1', doc: moved });
    expect((await api.call('board.get', { caseNo: 'B-1' })).doc).toEqual(moved);
    expect(events.filter((e) => e.name === 'board.changed').map((e) => e.payload)).toEqual([
      { caseNo: 'B-1' },
      { caseNo: 'B-1' },
    ]);
  });

  it('stores the board only encrypted: no label or note text in the file', async () => {
    const { api, backend, dbPath } = await start();
    await api.call('board.save', { caseNo: 'B-1', doc: family() });
    await api.call('board.snapshot', { caseNo: 'B-1', meetingId: null, label: '初回' });
    backend.close();
    const bytes = readFileSync(dbPath);
    for (const text of ['架空　ひかり', '夜間に一人で過ごす日がある', '架空市立第一小学校', 'p-child']) {
      expect(containsText(bytes, text), text).toBe(false);
    }
  });

  it('refuses unknown cases, a board of another case and malformed documents, in Japanese', async () => {
    const { api } = await start();
    const unknown = await failure(api.call('board.get', { caseNo: 'NONE' }));
    expect([unknown.code, unknown.message]).toEqual(['not_found', expect.stringContaining('台帳にありません')]);
    expect((await failure(api.call('board.save', { caseNo: 'NONE', doc: family('NONE') }))).code).toBe('not_found');

    await api.call('ledger.create', { case: fakeCase('B-2') });
    const other = await failure(api.call('board.save', { caseNo: 'B-2', doc: family('B-1') }));
    expect([other.code, other.message]).toEqual(['invalid_input', expect.stringContaining('「B-1」のもの')]);

    const broken = { ...family(), persons: 'だれもいない' } as unknown as BoardDoc;
    const bad = await failure(api.call('board.save', { caseNo: 'B-1', doc: broken }));
    expect(bad.code).toBe('invalid_input');
    expect(bad.message).toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
    const notObject = await failure(api.call('board.save', { caseNo: 'B-1', doc: [] as unknown as BoardDoc }));
    expect([notObject.code, notObject.message]).toEqual([
      'invalid_input',
      expect.stringContaining('ホワイトボードの内容が正しくありません'),
    ]);
    expect((await api.call('board.get', { caseNo: 'B-1' })).doc).toBeNull();
  });

  it('keeps snapshots of the case, optionally of a meeting, frozen as they were', async () => {
    const { api, setNow } = await start();
    const none = await failure(api.call('board.snapshot', { caseNo: 'B-1', meetingId: null, label: '初回' }));
    expect([none.code, none.message]).toEqual(['not_found', expect.stringContaining('まだ保存されていません')]);

    const first = family();
    await api.call('board.save', { caseNo: 'B-1', doc: first });
    const meeting = await api.call('meetings.create', { meeting: fakeMeeting({ date: '2025-04-15' }) });
    setNow('2025-04-15T06:00:00.000Z');
    const s1 = await api.call('board.snapshot', { caseNo: 'B-1', meetingId: meeting.id, label: '実務者会議 4月' });
    expect(s1).toEqual({
      id: expect.any(Number),
      caseNo: 'B-1',
      meetingId: meeting.id,
      label: '実務者会議 4月',
      createdAt: '2025-04-15T06:00:00.000Z',
    });

    const second: BoardDoc = {
      ...first,
      persons: [...first.persons, person('p-sib', '架空　そら', { sex: 'male', role: 'きょうだい' })],
    };
    await api.call('board.save', { caseNo: 'B-1', doc: second });
    setNow('2025-05-20T06:00:00.000Z');
    const s2 = await api.call('board.snapshot', { caseNo: 'B-1', meetingId: null, label: '個別ケース検討会議' });
    expect(s2.meetingId).toBeNull();

    const { snapshots, doc } = await api.call('board.get', { caseNo: 'B-1' });
    expect(snapshots.map((s) => s.id)).toEqual([s2.id, s1.id]);
    expect(doc?.persons).toHaveLength(4);
    expect(await api.call('board.snapshotGet', { id: s1.id })).toEqual({ info: s1, doc: first });
    expect((await api.call('board.snapshotGet', { id: s2.id })).doc).toEqual(second);

    // Snapshots belong to their case only.
    await api.call('ledger.create', { case: fakeCase('B-2') });
    expect((await api.call('board.get', { caseNo: 'B-2' })).snapshots).toEqual([]);

    const noMeeting = await failure(api.call('board.snapshot', { caseNo: 'B-1', meetingId: 999, label: 'x' }));
    expect([noMeeting.code, noMeeting.message]).toEqual(['not_found', expect.stringContaining('会議が見つかりません')]);
    const noSnapshot = await failure(api.call('board.snapshotGet', { id: 999 }));
    expect([noSnapshot.code, noSnapshot.message]).toEqual([
      'not_found',
      expect.stringContaining('スナップショットが見つかりません'),
    ]);
    const blank = await failure(api.call('board.snapshot', { caseNo: 'B-1', meetingId: null, label: '  ' }));
    expect([blank.code, blank.message]).toEqual(['invalid_input', expect.stringContaining('名前を入力')]);
  });
});
