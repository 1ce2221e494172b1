// Editing a meeting after creation, on a real database through the contract: the agenda is kept whatever
// changes, a save over a change made elsewhere is refused, a running meeting keeps its kind, 部会, date and
// scope, an ended one refuses everything, and each change is in the 操作ログ by field labels only.
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { AppError } from '../../shared/contract';
import { editableValues, meetingChanges } from '../../shared/meeting/meeting-edit';
import { ENDED_MESSAGE } from '../../shared/meeting/status';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';
import { endedMeeting } from './writeback-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** A meeting over three hand-picked cases with its agenda, one card moved by hand and one 事務局案. */
async function preparedMeeting() {
  const t = await meetingBackend(tempDir(), '2025-06-01T01:00:00.000Z');
  open.push(t.backend);
  const { api } = t;
  for (const caseNo of ['E-1', 'E-2', 'E-3'])
    await api.call('ledger.create', { case: fakeCase(caseNo, { nextReview: '2025-06' }) });
  const meeting = await api.call('meetings.create', {
    meeting: fakeMeeting({ scope: { ...EMPTY_SCOPE, caseNos: ['E-1', 'E-2', 'E-3'] } }),
  });
  await api.call('agenda.suggest', { meetingId: meeting.id, since: '2025-05-01' });
  await api.call('agenda.move', { meetingId: meeting.id, caseNo: 'E-3', group: 'deep', index: 0, reason: '要協議' });
  await api.call('agenda.updateItem', {
    meetingId: meeting.id,
    caseNo: 'E-1',
    draft: { policy: '見守り継続', nextReview: '2025-09', leadAgency: null, note: null },
  });
  const agenda = await api.call('agenda.get', { meetingId: meeting.id });
  return { ...t, meeting, agenda };
}

describe('editing a meeting', () => {
  it('changes the fields and keeps the agenda: cards, order, 事務局案, overrides and its 基準日', async () => {
    const { api, meeting, agenda, events } = await preparedMeeting();
    expect(agenda.items).toHaveLength(3);
    expect(agenda.items.find((i) => i.caseNo === 'E-3')?.override?.reason).toBe('要協議');
    const edited = {
      ...meeting,
      title: '6月の実務者会議（日程変更）',
      date: '2025-06-17',
      place: '第2会議室',
      invitedAgencies: ['児童相談所', '教育委員会'],
      // Narrower: E-3 is now outside it, and stays on the agenda until the suggestion is redone.
      scope: { ...EMPTY_SCOPE, caseNos: ['E-1', 'E-2'] },
    };
    events.length = 0;
    const saved = await api.call('meetings.update', {
      id: meeting.id,
      changes: meetingChanges(meeting, edited),
      expected: editableValues(meeting),
    });
    expect(saved).toMatchObject({
      title: '6月の実務者会議（日程変更）',
      date: '2025-06-17',
      place: '第2会議室',
      invitedAgencies: ['児童相談所', '教育委員会'],
      startTime: meeting.startTime,
      status: '準備中',
    });
    expect(events).toContainEqual({ name: 'meetings.changed', payload: { meetingId: meeting.id } });
    expect((await api.call('meetings.list', {})).meetings.find((m) => m.id === meeting.id)?.title).toBe(
      '6月の実務者会議（日程変更）',
    );
    const after = await api.call('agenda.get', { meetingId: meeting.id });
    expect(after.items).toEqual(agenda.items);
    expect(after.since).toBe('2025-05-01');
    expect(after.suggested).toBe(true);
    // The handout and the minutes are made from the meeting as stored now.
    const handout = await api.call('handout.model', { meetingId: meeting.id, masked: true, copies: 1 });
    const minutes = await api.call('minutes.model', { meetingId: meeting.id, masked: true });
    for (const doc of [handout, minutes]) {
      expect(doc.meetingTitle).toContain('6月の実務者会議（日程変更）');
      expect(JSON.stringify(doc.meetingLines)).toContain('第2会議室');
      expect(JSON.stringify(doc.meetingLines)).not.toContain('会議室A');
    }
    expect(minutes.fileBase).toContain('2025-06-17');
  });

  it('refuses a save over a change another window made meanwhile, and writes nothing', async () => {
    const { api, meeting } = await preparedMeeting();
    const loaded = editableValues(meeting);
    await api.call('meetings.update', { id: meeting.id, changes: { place: '別の部屋' }, expected: loaded });
    const err = await failure(
      api.call('meetings.update', { id: meeting.id, changes: { title: '上書きしようとした題名' }, expected: loaded }),
    );
    expect(err.code).toBe('conflict');
    expect(err.message).toBe(
      'この会議はほかの画面で先に変更されました（場所）。保存していません。最新の内容を読み込んでから、もう一度編集してください。',
    );
    const now = await api.call('meetings.get', { id: meeting.id });
    expect(now).toMatchObject({ title: meeting.title, place: '別の部屋' });
    // Reloaded, the same edit goes through; a status change elsewhere is not the form's business.
    await api.call('meetings.update', { id: meeting.id, changes: { status: '確定' } });
    const ok = await api.call('meetings.update', {
      id: meeting.id,
      changes: { title: '読み込み直した題名' },
      expected: editableValues(now),
    });
    expect(ok).toMatchObject({ title: '読み込み直した題名', place: '別の部屋', status: '確定' });
  });

  it('keeps kind, 部会, date and scope of a running meeting and lets the room change the rest', async () => {
    const { api, meeting } = await preparedMeeting();
    await api.call('live.command', { meetingId: meeting.id, command: { type: 'start' } });
    for (const changes of [
      { date: '2025-06-11' },
      { kind: '代表者会議' as const },
      { subcommittee: '乳幼児部会' },
      { scope: EMPTY_SCOPE },
      { place: '第3会議室', date: '2025-06-11' },
    ]) {
      const err = await failure(api.call('meetings.update', { id: meeting.id, changes }));
      expect(err.code).toBe('invalid_input');
      expect(err.message).toContain('進行中の会議では種類・部会名・日付・対象範囲は変更できません');
    }
    expect((await api.call('meetings.get', { id: meeting.id })).place).toBe(meeting.place);
    const saved = await api.call('meetings.update', {
      id: meeting.id,
      changes: { place: '第3会議室', startTime: '14:30', plannedMinutes: 150, facilitator: '架空 進行', title: '訂正' },
    });
    expect(saved).toMatchObject({ place: '第3会議室', startTime: '14:30', plannedMinutes: 150, status: '進行中' });
    // Sending a locked field unchanged (a whole form's values) is not a change to it.
    await api.call('meetings.update', { id: meeting.id, changes: { date: meeting.date, place: '第4会議室' } });
  });

  it('refuses every field of an ended meeting', async () => {
    const t = await meetingBackend(tempDir(), '2025-06-10T05:00:00.000Z');
    open.push(t.backend);
    const meetingId = await endedMeeting(t.api, [{ caseNo: 'X-1', decision: { policy: '見守り' } }]);
    for (const changes of [{ place: '別室' }, { title: '後から' }, { invitedPeople: ['架空 太郎'] }]) {
      expect((await failure(t.api.call('meetings.update', { id: meetingId, changes }))).message).toBe(ENDED_MESSAGE);
    }
  });

  it('records each change in the 操作ログ with the fields it set, never their values', async () => {
    const { api, meeting } = await preparedMeeting();
    await api.call('meetings.update', {
      id: meeting.id,
      changes: { title: '架空 花子さんの件', date: '2025-06-17', place: '第2会議室' },
      expected: editableValues(meeting),
    });
    const { entries } = await api.call('audit.list', {});
    const entry = entries.find((e) => e.action === 'meetings.update');
    expect(entry).toMatchObject({ summary: '会議を変更（題名・日付・場所）', target: `会議#${meeting.id}`, ok: true });
    expect(JSON.stringify(entries)).not.toContain('花子');
  });
});
