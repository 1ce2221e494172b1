// The running meeting through the backend on a real encrypted file: console commands, decisions saved as
// typed, 確認 and 一括確認, the projector's view, ending with carry-over into the next suggestion.
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { AppError } from '../../shared/contract';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { emptyBoard } from '../../shared/board/types';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend, type TestBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

/** Three 確認 cases (review due) and one 協議 case (重度), on a meeting with its agenda suggested. */
async function runningMeeting(): Promise<TestBackend & { meetingId: number }> {
  const t = await meetingBackend(tempDir(), '2025-06-10T05:00:00.000Z');
  open.push(t.backend);
  const { api } = t;
  for (const caseNo of ['L-01', 'L-02', 'L-03'])
    await api.call('ledger.create', { case: fakeCase(caseNo, { nextReview: '2025-06' }) });
  await api.call('ledger.create', {
    case: fakeCase('L-09', { riskLevel: '重度', kana: 'やまの たろう', name: '山野　太郎' }),
  });
  // The cases only: the 次第 items the 実務者会議 template adds (開会 …) run first otherwise (live-program tests).
  await api.call('agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });
  const meeting = await api.call('meetings.create', {
    meeting: fakeMeeting({ invitedAgencies: ['小学校', '保健センター'] }),
  });
  await api.call('agenda.suggest', { meetingId: meeting.id });
  return { ...t, meetingId: meeting.id };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('the running meeting', () => {
  it('starts, moves, times, and keeps it all in the database', async () => {
    const t = await runningMeeting();
    const { api, meetingId } = t;
    const before = await api.call('live.get', { meetingId });
    expect(before.state.startedAt).toBeNull();
    expect(before.state.projector.masked).toBe(true);

    await api.call('live.command', { meetingId, command: { type: 'attendees', attendees: ['小学校'] } });
    const started = await api.call('live.command', { meetingId, command: { type: 'start' } });
    expect(started.state.current).toBe('L-01');
    expect((await api.call('meetings.get', { id: meetingId })).status).toBe('進行中');
    expect(t.events.some((e) => e.name === 'live.changed' && e.payload.meetingId === meetingId)).toBe(true);

    t.setNow('2025-06-10T05:00:45.000Z');
    await api.call('live.command', { meetingId, command: { type: 'next' } });
    t.setNow('2025-06-10T05:01:05.000Z');
    const paused = await api.call('live.command', { meetingId, command: { type: 'timer', running: false } });
    expect(paused.state.timer.spentMs).toEqual({ 'L-01': 45_000, 'L-02': 20_000 });

    // A reload (a new backend on the same file) finds everything as it was.
    t.backend.close();
    const again = createBackend({ dbPath: t.dbPath });
    open.push(again);
    const api2 = createApi(again);
    await api2.call('session.unlock', { passphrase: PASSPHRASE });
    const reloaded = await api2.call('live.get', { meetingId });
    expect(reloaded.state).toEqual(paused.state);
    expect(reloaded.state.attendees).toEqual(['小学校']);
  });

  it('saves a draft as typed, records it, and confirms 確認 cases on their 事務局案', async () => {
    const { api, meetingId } = await runningMeeting();
    await api.call('live.command', { meetingId, command: { type: 'start' } });
    const draft = {
      ...EMPTY_DECISION,
      discussion: '学校での様子を共有',
      roles: [{ agency: '小学校', task: '登校の見守り', due: null }],
    };
    const saved = await api.call('decisions.save', { meetingId, caseNo: 'L-09', decision: draft, state: 'draft' });
    expect(saved.state).toBe('draft');
    expect(saved.recordedAt).toBeNull();
    const recorded = await api.call('decisions.save', {
      meetingId,
      caseNo: 'L-09',
      state: 'recorded',
      decision: {
        ...draft,
        policy: '週1回の家庭訪問',
        riskLevel: '中度',
        roles: [...draft.roles, { agency: '保健センター', task: '乳児健診の受診勧奨', due: '2025-07' }],
      },
    });
    expect(recorded.recordedAt).toBe('2025-06-10T05:00:00.000Z');

    const one = await api.call('decisions.confirm', { meetingId, caseNos: ['L-01'] });
    const confirmed = one.decisions.find((d) => d.caseNo === 'L-01');
    expect(confirmed).toMatchObject({
      outcome: 'confirmed',
      state: 'recorded',
      policy: '見守り',
      nextReview: '2025-09',
      leadAgency: 'こども家庭センター',
    });

    const all = await api.call('decisions.confirm', { meetingId, caseNos: ['L-02', 'L-03'] });
    expect(all.decisions.map((d) => [d.caseNo, d.outcome, d.state])).toEqual([
      ['L-01', 'confirmed', 'recorded'],
      ['L-02', 'confirmed', 'recorded'],
      ['L-03', 'confirmed', 'recorded'],
      ['L-09', 'discussed', 'recorded'],
    ]);
    expect((await failure(api.call('decisions.confirm', { meetingId, caseNos: ['L-09'] }))).message).toContain(
      '確認の議題ではありません',
    );
    expect(
      (
        await failure(
          api.call('decisions.save', { meetingId, caseNo: 'L-77', decision: EMPTY_DECISION, state: 'draft' }),
        )
      ).code,
    ).toBe('not_found');

    const removed = await api.call('decisions.remove', { meetingId, caseNo: 'L-03' });
    expect(removed.decisions.map((d) => d.caseNo)).toEqual(['L-01', 'L-02', 'L-09']);
  });

  it('shows the projector only what the room may see', async () => {
    const { api, meetingId } = await runningMeeting();
    expect((await api.call('present.view', { meetingId })).kind).toBe('waiting');
    await api.call('live.command', { meetingId, command: { type: 'start' } });
    await api.call('live.command', { meetingId, command: { type: 'goto', caseNo: 'L-09' } });
    await api.call('live.command', { meetingId, command: { type: 'facts', facts: ['riskLevel', 'birthDate', 'age'] } });
    const masked = await api.call('present.view', { meetingId });
    expect(masked).toMatchObject({
      kind: 'item',
      label: 'L-09 Y.T.',
      revealed: false,
      group: '協議',
      position: 4,
      total: 4,
    });
    expect(JSON.stringify(masked)).not.toContain('山野');
    expect(masked.kind === 'item' && masked.facts.map((f) => f.key)).toEqual(['age', 'riskLevel']);

    await api.call('live.command', { meetingId, command: { type: 'reveal', caseNo: 'L-09' } });
    const revealed = await api.call('present.view', { meetingId });
    expect(revealed).toMatchObject({ kind: 'item', label: 'L-09 山野　太郎', revealed: true });
    expect(revealed.kind === 'item' && revealed.facts.map((f) => f.key)).toEqual(['age', 'riskLevel', 'birthDate']);

    const board = { ...emptyBoard('L-09'), persons: [{ ...personOf('p1', '山野　太郎'), index: true }] };
    await api.call('board.save', { caseNo: 'L-09', doc: board });
    await api.call('live.command', { meetingId, command: { type: 'showBoard', on: true } });
    await api.call('live.command', { meetingId, command: { type: 'reveal', caseNo: null } });
    const withBoard = await api.call('present.view', { meetingId });
    expect(withBoard.kind === 'item' && withBoard.board?.persons.map((p) => p.label)).toEqual(['本人']);
    expect(JSON.stringify(withBoard)).not.toContain('山野');

    await api.call('live.command', { meetingId, command: { type: 'blackout', on: true } });
    expect(await api.call('present.view', { meetingId })).toEqual({ kind: 'blackout' });
    expect(await api.call('present.open', { meetingId })).toEqual({ openedByHost: false });
  });

  it('ends: records times, carries what was not taken up into the next suggestion, snapshots boards', async () => {
    const t = await runningMeeting();
    const { api, meetingId } = t;
    await api.call('board.save', { caseNo: 'L-09', doc: { ...emptyBoard('L-09'), persons: [personOf('p1', '母')] } });
    await api.call('live.command', { meetingId, command: { type: 'start' } });
    await api.call('decisions.confirm', { meetingId, caseNos: ['L-01', 'L-02'] });
    t.setNow('2025-06-10T06:30:00.000Z');
    const ended = await api.call('live.command', { meetingId, command: { type: 'end' } });
    expect(ended.state.endedAt).toBe('2025-06-10T06:30:00.000Z');
    expect(ended.state.carriedOver).toEqual(['L-03', 'L-09']);
    expect((await api.call('meetings.get', { id: meetingId })).status).toBe('終了');
    expect((await failure(api.call('live.command', { meetingId, command: { type: 'next' } }))).message).toContain(
      '終了しています',
    );
    expect((await failure(api.call('decisions.confirm', { meetingId, caseNos: ['L-03'] }))).message).toContain(
      '終了しています',
    );
    const snapshots = (await api.call('board.get', { caseNo: 'L-09' })).snapshots;
    expect(snapshots.map((s) => [s.meetingId, s.label])).toEqual([
      [meetingId, '実務者会議（架空）（2025-06-10） 終了時'],
    ]);

    const next = await api.call('meetings.create', { meeting: fakeMeeting({ date: '2025-07-10', title: '次回' }) });
    const agenda = await api.call('agenda.suggest', { meetingId: next.id });
    const carried = Object.fromEntries(
      agenda.items.filter((i) => i.reasons.includes('CARRIED_OVER')).map((i) => [i.caseNo, i.group]),
    );
    expect(carried).toEqual({ 'L-03': 'quick', 'L-09': 'deep' });
  });
});

function personOf(id: string, label: string) {
  return {
    id,
    sex: 'unknown' as const,
    label,
    role: null,
    birthDate: null,
    age: null,
    ageAsOf: null,
    deceased: null,
    index: false,
    pregnancy: null,
    placements: [],
    note: 'メモ',
    position: { x: 0, y: 0 },
    pinned: false,
  };
}

describe('recording a decision', () => {
  it('keeps an incomplete role row in a draft but refuses to record it', async () => {
    const { api, meetingId } = await runningMeeting();
    await api.call('live.command', { meetingId, command: { type: 'start' } });
    const half = {
      ...EMPTY_DECISION,
      roles: [{ agency: '小学校', task: '', due: null }],
      closure: { date: '2025-06-10', reason: '' },
    };
    expect(
      (await api.call('decisions.save', { meetingId, caseNo: 'L-09', decision: half, state: 'draft' })).roles,
    ).toHaveLength(1);
    const refused = await failure(
      api.call('decisions.save', { meetingId, caseNo: 'L-09', decision: half, state: 'recorded' }),
    );
    expect(refused.message).toBe('役割分担1行目：役割を入力してください。\n終結の理由を入力してください。');
    expect((await api.call('live.get', { meetingId })).decisions[0]?.state).toBe('draft');
  });
});
