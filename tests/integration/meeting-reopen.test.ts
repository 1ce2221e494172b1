// An ended meeting is read-only in the backend, whatever the transport: no earlier status, no agenda, decision
// or board-record change. Reopening is its own method with a required reason, recorded with who and when,
// and hides nothing: the minutes log and the write-back stay, the minutes read 議事録（案） until it ends again.
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { AppError } from '../../shared/contract';
import { emptyBoard } from '../../shared/board/types';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { ENDED_MESSAGE } from '../../shared/meeting/status';
import { useTempDirs } from './db-helpers';
import { fakeMeeting, meetingBackend } from './meeting-helpers';
import { endedMeeting } from './writeback-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

async function ended() {
  const t = await meetingBackend(tempDir(), '2025-06-10T05:00:00.000Z');
  open.push(t.backend);
  const meetingId = await endedMeeting(t.api, [
    { caseNo: 'R-1', decision: { policy: '週1回の家庭訪問' } },
    { caseNo: 'R-2', decision: { policy: '見守り継続' } },
  ]);
  return { ...t, meetingId };
}

describe('meeting status and reopening', () => {
  it('moves status only forward through the form; 進行中 and 終了 come from running the meeting', async () => {
    const t = await meetingBackend(tempDir());
    open.push(t.backend);
    const { api } = t;
    const m = await api.call('meetings.create', { meeting: fakeMeeting() });
    expect((await api.call('meetings.update', { id: m.id, changes: { status: '確定' } })).status).toBe('確定');
    expect((await failure(api.call('meetings.update', { id: m.id, changes: { status: '準備中' } }))).message).toBe(
      '会議の状態は前に戻せません（確定 → 準備中）。',
    );
    expect((await failure(api.call('meetings.update', { id: m.id, changes: { status: '終了' } }))).message).toContain(
      '会議を終了',
    );
    expect((await failure(api.call('meetings.create', { meeting: fakeMeeting({ status: '終了' }) }))).code).toBe(
      'invalid_input',
    );
    expect((await failure(api.call('meetings.reopen', { id: m.id, reason: '誤り' }))).message).toBe(
      '再開できるのは終了した会議だけです。',
    );
  });

  it('refuses every change to an ended meeting with a Japanese message', async () => {
    const { api, meetingId } = await ended();
    await api.call('board.save', { caseNo: 'R-1', doc: emptyBoard('R-1') });
    const refusals = [
      api.call('meetings.update', { id: meetingId, changes: { status: '準備中' } }),
      api.call('meetings.update', { id: meetingId, changes: { title: '別の題名' } }),
      api.call('agenda.suggest', { meetingId }),
      api.call('agenda.move', { meetingId, caseNo: 'R-1', group: 'hold', index: 0 }),
      api.call('agenda.updateItem', { meetingId, caseNo: 'R-1', deepMinutes: 5 }),
      api.call('agenda.bulkDraft', { meetingId, caseNos: ['R-1'], changes: { policy: '変更' } }),
      api.call('decisions.save', {
        meetingId,
        caseNo: 'R-1',
        state: 'recorded',
        decision: { ...EMPTY_DECISION, policy: '後から変更' },
      }),
      api.call('decisions.remove', { meetingId, caseNo: 'R-1' }),
      api.call('board.snapshot', { caseNo: 'R-1', meetingId, label: '後から' }),
      api.call('live.command', { meetingId, command: { type: 'attendees', attendees: ['後から'] } }),
    ];
    for (const refused of refusals) expect((await failure(refused)).message).toBe(ENDED_MESSAGE);
    expect((await api.call('meetings.get', { id: meetingId })).status).toBe('終了');
    // Saving nothing new is not a change.
    expect((await api.call('meetings.update', { id: meetingId, changes: { status: '終了' } })).status).toBe('終了');
  });

  it('reopens with a recorded reason, keeps the minutes log and the write-back, and ends again', async () => {
    const t = await ended();
    const { api, meetingId } = t;
    await api.call('settings.update', { operatorName: '佐藤' });
    await api.call('minutes.export', { meetingId, masked: true, format: 'docx' });
    const applied = await api.call('writeback.apply', { meetingId, excludeCaseNos: [], resolutions: [] });
    expect(applied.changed).toBeGreaterThan(0);

    expect((await failure(api.call('meetings.reopen', { id: meetingId, reason: '   ' }))).code).toBe('invalid_input');
    t.setNow('2025-06-11T01:00:00.000Z');
    const reopening = await api.call('meetings.reopen', { id: meetingId, reason: 'R-2 の次回確認時期の記録漏れ' });
    expect(reopening).toMatchObject({
      meetingId,
      operatorName: '佐藤',
      reason: 'R-2 の次回確認時期の記録漏れ',
      reopenedAt: '2025-06-11T01:00:00.000Z',
    });
    expect(reopening.endedAt).toBe('2025-06-10T05:00:00.000Z');
    expect((await api.call('meetings.reopenings', { id: meetingId })).reopenings).toEqual([reopening]);
    expect((await api.call('meetings.get', { id: meetingId })).status).toBe('進行中');
    expect(t.events.some((e) => e.name === 'meetings.changed')).toBe(true);

    // Nothing recorded is hidden: the export log and the applied write-back stay; the minutes are a draft again.
    expect((await api.call('minutes.exports', { meetingId })).exports).toHaveLength(1);
    expect((await api.call('writeback.preview', { meetingId })).applications.map((a) => a.id)).toEqual([
      applied.applicationId,
    ]);
    expect((await api.call('minutes.model', { meetingId, masked: true })).title).toBe('議事録（案）');
    // While reopened the ledger is not written: decisions may still change.
    expect(
      (await failure(api.call('writeback.apply', { meetingId, excludeCaseNos: [], resolutions: [] }))).message,
    ).toContain('終了していません');

    await api.call('decisions.save', {
      meetingId,
      caseNo: 'R-2',
      state: 'recorded',
      decision: { ...EMPTY_DECISION, policy: '見守り継続', nextReview: '2025-09' },
    });
    await api.call('live.command', { meetingId, command: { type: 'end' } });
    expect((await api.call('meetings.get', { id: meetingId })).status).toBe('終了');
    const minutes = await api.call('minutes.model', { meetingId, masked: false });
    expect(minutes.title).toBe('議事録');
    expect(minutes.meetingLines.find((l) => l.label === '再開の記録')?.value).toBe(
      '2025/06/11 10:00　佐藤：R-2 の次回確認時期の記録漏れ',
    );
  });
});
