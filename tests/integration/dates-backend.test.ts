// Every backend method that takes a date refuses one that does not exist or is implausible for its
// field, with a Japanese message, and writes nothing: the transports (IPC, HTTP, CLI) all come through
// backend.invoke, so this is the one place to prove it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { emptyBoard, type Person } from '../../shared/board/types';
import type { MethodName } from '../../shared/contract';
import type { DecisionInput } from '../../shared/meeting/decision';
import { useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend, type TestBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

const DECISION: DecisionInput = {
  outcome: 'discussed',
  situation: null,
  discussion: null,
  policy: '見守り',
  leadAgency: null,
  roles: [],
  nextReview: null,
  riskLevel: null,
  classification: null,
  closure: null,
  services: [],
  supportPlan: null,
  jiso: null,
};

function person(fields: Partial<Person>): Person {
  return {
    id: 'p-1',
    sex: 'female',
    label: '架空　ゆき',
    role: '母',
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

async function start(): Promise<TestBackend & { meetingId: number }> {
  const t = await meetingBackend(tempDir(), '2026-11-30T01:00:00.000Z');
  open.push(t.backend);
  await t.api.call('ledger.create', { case: fakeCase('D-01', { nextReview: '2026-11' }) });
  const meeting = await t.api.call('meetings.create', { meeting: fakeMeeting({ date: '2026-12-10' }) });
  await t.api.call('agenda.suggest', { meetingId: meeting.id });
  return { ...t, meetingId: meeting.id };
}

describe('dates through the backend', () => {
  it('refuses an impossible or implausible date on every method that takes one, and writes nothing', async () => {
    const t = await start();
    const { backend, meetingId } = t;
    const before = await t.api.call('ledger.get', { caseNo: 'D-01' });
    const meetingBefore = await t.api.call('meetings.get', { id: meetingId });

    const calls: [MethodName, unknown, string][] = [
      ['ledger.create', { case: fakeCase('D-02', { birthDate: '0001-07-13' }) }, '1900年より前'],
      ['ledger.create', { case: fakeCase('D-02', { birthDate: '2025-99-99' }) }, '存在しない日付'],
      ['ledger.create', { case: fakeCase('D-02', { birthDate: '2099-04-01' }) }, '今日より後'],
      ['ledger.create', { case: fakeCase('D-02', { birthDate: '1899-12-31' }) }, '1900年より前'],
      ['ledger.update', { caseNo: 'D-01', changes: { birthDate: '2025-99-99' } }, '存在しない日付'],
      ['ledger.update', { caseNo: 'D-01', changes: { nextReview: '9999-99-99' } }, '存在しない日付'],
      ['ledger.update', { caseNo: 'D-01', changes: { receivedDate: '2026-02-31' } }, '存在しない日付'],
      ['ledger.update', { caseNo: 'D-01', changes: { dueDate: '2205-01-01' } }, '2100年より後'],
      ['meetings.create', { meeting: fakeMeeting({ date: '2026-02-31' }) }, '存在しない日付'],
      ['meetings.update', { id: meetingId, changes: { date: '2026-13-01' } }, '存在しない日付'],
      [
        'reports.add',
        {
          report: {
            caseNo: 'D-01',
            reportDate: '2026-02-30',
            agency: '小学校',
            periodFrom: null,
            periodTo: null,
            daysAbsent: null,
            unexplainedAbsence: null,
            injury: null,
            homeChange: null,
            safetyScale: null,
            note: null,
          },
        },
        '存在しない日付',
      ],
      ['cases.setPlanReview', { caseNo: 'D-01', reviewDue: '2026-04-31' }, '存在しない日付'],
      ['agenda.suggest', { meetingId, since: '2026-00-01' }, '存在しない日付'],
      [
        'agenda.updateItem',
        { meetingId, caseNo: 'D-01', draft: { policy: '見守り', nextReview: '2027-13', leadAgency: null, note: null } },
        '存在しない日付',
      ],
      ['agenda.bulkDraft', { meetingId, caseNos: ['D-01'], changes: { nextReview: '9999-99-99' } }, '存在しない日付'],
      [
        'decisions.save',
        { meetingId, caseNo: 'D-01', decision: { ...DECISION, nextReview: '9999-99-99' }, state: 'draft' },
        '存在しない日付',
      ],
      [
        'decisions.save',
        {
          meetingId,
          caseNo: 'D-01',
          decision: { ...DECISION, closure: { date: '2026-02-31', reason: '転出' } },
          state: 'recorded',
        },
        '存在しない日付',
      ],
      [
        'decisions.save',
        {
          meetingId,
          caseNo: 'D-01',
          decision: { ...DECISION, roles: [{ agency: '小学校', task: '見守り', due: '2026-02-30' }] },
          state: 'draft',
        },
        '存在しない日付',
      ],
      [
        'decisions.save',
        {
          meetingId,
          caseNo: 'D-01',
          decision: { ...DECISION, supportPlan: { action: '作成', by: null, due: '2025-99' } },
          state: 'draft',
        },
        '存在しない日付',
      ],
      [
        'board.save',
        { caseNo: 'D-01', doc: { ...emptyBoard('D-01'), persons: [person({ birthDate: '2026-02-31' })] } },
        '存在しない日付',
      ],
      [
        'board.save',
        { caseNo: 'D-01', doc: { ...emptyBoard('D-01'), persons: [person({ birthDate: '2099-01-01' })] } },
        '今日より後',
      ],
    ];
    for (const [method, input, message] of calls) {
      const answer = await backend.invoke(method, input);
      expect(answer.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code, method).toBe('invalid_input');
        expect(answer.error.message, method).toContain(message);
      }
    }

    // Nothing was written.
    expect(await t.api.call('ledger.get', { caseNo: 'D-01' })).toEqual(before);
    expect((await t.api.call('ledger.list', {})).cases.map((c) => c.caseNo)).toEqual(['D-01']);
    expect(await t.api.call('meetings.get', { id: meetingId })).toEqual(meetingBefore);
    expect((await t.api.call('reports.list', { caseNo: 'D-01' })).reports).toEqual([]);
    expect((await t.api.call('live.get', { meetingId })).decisions).toEqual([]);
    expect((await t.api.call('board.get', { caseNo: 'D-01' })).doc).toBeNull();
  });

  it('takes the real dates the UI sends, months where the field allows them', async () => {
    const t = await start();
    const { api, meetingId } = t;
    const updated = await api.call('ledger.update', {
      caseNo: 'D-01',
      changes: { birthDate: '2019-05-01', nextReview: '2027-03' },
    });
    expect(updated.case.birthDate).toBe('2019-05-01');
    expect(updated.case.nextReview).toBe('2027-03');
    const saved = await api.call('decisions.save', {
      meetingId,
      caseNo: 'D-01',
      decision: { ...DECISION, nextReview: '2027-03' },
      state: 'draft',
    });
    expect(saved.nextReview).toBe('2027-03');
    const board = await api.call('board.save', {
      caseNo: 'D-01',
      doc: { ...emptyBoard('D-01'), persons: [person({ birthDate: '1897-01-01' })] },
    });
    expect(board.caseNo).toBe('D-01');
  });
});
