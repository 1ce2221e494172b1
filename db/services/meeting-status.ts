// The backend's side of "an ended meeting is read-only until reopened" (shared/meeting/status.ts): the guard
// every write on a meeting's agenda, decisions and board snapshots calls inside its transaction, and the
// recorded reopening. Checked here, not in the UI, so no transport and no second window can get round it.
import { AppError } from '../../shared/contract';
import { ENDED_MESSAGE, type MeetingReopening } from '../../shared/meeting/status';
import type { Store } from '../repos/store';

/** Throws the Japanese refusal when the meeting has ended (and was not reopened since). */
export function refuseIfEnded(store: Store, meetingId: number): void {
  const { meetings, live } = store;
  if (meetings.get(meetingId).status === '終了' || live.state(meetingId).endedAt !== null) {
    throw new AppError('invalid_input', ENDED_MESSAGE);
  }
}

/**
 * Back to 進行中 so decisions can be corrected, in one immediate transaction with its record. The live
 * state keeps everything it had (start time, time per case, attendance, the cases carried over) except
 * its end; decisions, the minutes export log, board snapshots and write-backs are not touched.
 */
export function reopenMeeting(store: Store, meetingId: number, reason: string, at: string): MeetingReopening {
  return store.tx(() => {
    const { meetings, live } = store;
    const { id: _id, createdAt: _createdAt, ...meeting } = meetings.get(meetingId);
    const state = live.state(meetingId);
    if (meeting.status !== '終了' || state.endedAt === null) {
      throw new AppError('invalid_input', '再開できるのは終了した会議だけです。');
    }
    live.saveState({ ...state, endedAt: null }, at);
    meetings.replace(meetingId, { ...meeting, status: '進行中' }, at);
    const operatorName = store.settings.read().operatorName;
    return store.reopenings.add({ meetingId, reason, operatorName, reopenedAt: at, endedAt: state.endedAt });
  });
}

export function meetingReopenings(store: Store, meetingId: number): MeetingReopening[] {
  store.meetings.get(meetingId);
  return store.reopenings.list(meetingId);
}
