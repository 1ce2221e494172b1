// A meeting's status moves only forward: 準備中 → 確定 → 進行中 → 終了. 進行中 and 終了 come only from running the
// meeting (会議を開始 / 会議を終了), never from a form, so an ended meeting cannot be quietly set back to 準備中 and
// lose its minutes and write-back. Correcting an ended meeting is the separate, recorded 「会議を再開する」.
import { z } from 'zod';
import { MEETING_STATUSES, type MeetingStatus } from './types';

/** Refused for every change to an ended meeting (agenda, board, decisions, snapshots, the meeting itself). */
export const ENDED_MESSAGE =
  'この会議は終了しています。訂正が必要なときは「会議を再開する」から理由を記録して再開してください。';

/** The statuses a person may choose in a form: the rest follow from 会議を開始 and 会議を終了. */
export const CHOSEN_STATUSES: readonly MeetingStatus[] = ['準備中', '確定'];

/** Why a meeting cannot go from one status to another through the form (Japanese), or null when it can. */
export function statusChangeProblem(from: MeetingStatus, to: MeetingStatus): string | null {
  if (from === to) return null;
  if (from === '終了') return ENDED_MESSAGE;
  if (to === '進行中') return '「進行中」には「会議を進行」から会議を開始すると移ります。';
  if (to === '終了') return '「終了」には会議の進行画面で「会議を終了」すると移ります。';
  if (MEETING_STATUSES.indexOf(to) < MEETING_STATUSES.indexOf(from)) {
    return `会議の状態は前に戻せません（${from} → ${to}）。`;
  }
  return null;
}

/** The statuses the form offers for a meeting now: its own, and the later ones a person may choose. */
export function statusChoices(current: MeetingStatus): MeetingStatus[] {
  return MEETING_STATUSES.filter((s) => s === current || statusChangeProblem(current, s) === null);
}

export const reopenReasonSchema = z.string().trim().min(1, '再開の理由を入力してください').max(1000);

/**
 * One reopening of an ended meeting: who (the 操作者名 setting), when, why, and when the meeting had ended.
 * The meeting goes back to 進行中 so decisions can be corrected; the minutes read 議事録（案） until it ends
 * again. Nothing recorded is removed: decisions, the minutes export log, the board snapshots and any
 * write-back already applied stay as they are and stay visible.
 */
export interface MeetingReopening {
  id: number;
  meetingId: number;
  reason: string;
  operatorName: string;
  reopenedAt: string;
  /** When the meeting had ended before this reopening. */
  endedAt: string;
}
