// The backend's side of "an ended meeting is read-only until reopened" (shared/meeting/status.ts): the guard
// every write on a meeting's agenda, decisions and board snapshots calls inside its transaction, and the
// recorded reopening. Checked here, not in the UI, so no transport and no second window can get round it.
import { AppError } from '../../shared/contract';
import { ENDED_MESSAGE, type MeetingReopening } from '../../shared/meeting/status';
import type { Db } from '../open';
import { meetingStore } from './store';

/** Throws the Japanese refusal when the meeting has ended (and was not reopened since). */
export function refuseIfEnded(db: Db, meetingId: number): void {
  const { meetings, live } = meetingStore(db);
  if (meetings.get(meetingId).status === '終了' || live.state(meetingId).endedAt !== null) {
    throw new AppError('invalid_input', ENDED_MESSAGE);
  }
}

interface ReopeningRow { id: number; meeting_id: number; reason: string; operator_name: string; reopened_at: string; ended_at: string }

/**
 * Back to 進行中 so decisions can be corrected, in one immediate transaction with its record. The live
 * state keeps everything it had (start time, time per case, attendance, the cases carried over) except
 * its end; decisions, the minutes export log, board snapshots and write-backs are not touched.
 */
export function reopenMeeting(db: Db, meetingId: number, reason: string, operatorName: string, at: string): MeetingReopening {
  return db.transaction(() => {
    const { meetings, live } = meetingStore(db);
    const { id: _id, createdAt: _createdAt, ...meeting } = meetings.get(meetingId);
    const state = live.state(meetingId);
    if (meeting.status !== '終了' || state.endedAt === null) {
      throw new AppError('invalid_input', '再開できるのは終了した会議だけです。');
    }
    live.saveState({ ...state, endedAt: null }, at);
    meetings.replace(meetingId, { ...meeting, status: '進行中' }, at);
    const { lastInsertRowid } = db.prepare(`
      INSERT INTO meeting_reopenings (meeting_id, reason, operator_name, reopened_at, ended_at) VALUES (?, ?, ?, ?, ?)`)
      .run(meetingId, reason, operatorName, at, state.endedAt);
    return { id: Number(lastInsertRowid), meetingId, reason, operatorName, reopenedAt: at, endedAt: state.endedAt };
  }).immediate();
}

export function meetingReopenings(db: Db, meetingId: number): MeetingReopening[] {
  meetingStore(db).meetings.get(meetingId);
  const rows = db.prepare('SELECT * FROM meeting_reopenings WHERE meeting_id = ? ORDER BY id').all(meetingId) as ReopeningRow[];
  return rows.map((r) => ({
    id: r.id, meetingId: r.meeting_id, reason: r.reason, operatorName: r.operator_name, reopenedAt: r.reopened_at, endedAt: r.ended_at,
  }));
}
