// Editing a meeting after creation (会議の情報を編集): which fields a person may change when, what a changed
// date or scope means for the agenda already prepared, and what to say when another window changed the
// meeting first. Pure, so the backend enforces exactly what the screen explains.
import { ENDED_MESSAGE } from './status';
import type { MeetingInput, MeetingStatus } from './types';

/** The fields the edit form shows; the status has its own control on the meeting's screen. */
export const EDITABLE_FIELDS = [
  'kind',
  'subcommittee',
  'title',
  'date',
  'startTime',
  'place',
  'plannedMinutes',
  'facilitator',
  'invitedAgencies',
  'invitedPeople',
  'scope',
] as const satisfies readonly (keyof MeetingInput)[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The labels of the form (and of the messages below): what staff read, never a code name. */
export const MEETING_FIELD_LABELS: Readonly<Record<keyof MeetingInput, string>> = {
  kind: '種類',
  subcommittee: '部会名',
  title: '題名',
  date: '日付',
  startTime: '開始時刻',
  place: '場所',
  plannedMinutes: '予定時間（分）',
  facilitator: '進行役',
  invitedAgencies: '招集機関',
  invitedPeople: '招集者',
  status: '状態',
  scope: '対象範囲',
};

/**
 * Fixed once the meeting is running (進行中, also after a reopening): they decide which earlier meeting the
 * agenda counts from, which cases belong, and under which kind, 部会 and date the minutes are filed. What the
 * room may still need to change on the day (a moved room, a late start, a longer meeting, who chairs, who
 * was invited, a typo in the title) stays open.
 */
export const LIVE_LOCKED_FIELDS: readonly (keyof MeetingInput)[] = ['kind', 'subcommittee', 'date', 'scope'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose value differs between two versions of a meeting, in the form's order. */
export function changedFields(before: Partial<MeetingInput>, after: Partial<MeetingInput>): (keyof MeetingInput)[] {
  const keys = Object.keys(MEETING_FIELD_LABELS) as (keyof MeetingInput)[];
  return keys.filter((key) => key in after && !same(before[key], after[key]));
}

/** Only the fields of `after` that differ from `before`: what an edit sends (so it touches nothing else). */
export function meetingChanges(before: MeetingInput, after: MeetingInput): Partial<MeetingInput> {
  const changes: Partial<MeetingInput> = {};
  for (const key of changedFields(before, after)) Object.assign(changes, { [key]: after[key] });
  return changes;
}

/** The values an edit form loaded, sent with the save so a change made elsewhere meanwhile is caught. */
export function editableValues(meeting: MeetingInput): Pick<MeetingInput, EditableField> {
  return Object.fromEntries(EDITABLE_FIELDS.map((key) => [key, meeting[key]])) as Pick<MeetingInput, EditableField>;
}

const labels = (fields: readonly (keyof MeetingInput)[]) => fields.map((f) => MEETING_FIELD_LABELS[f]).join('・');

/** Why these fields cannot be changed on a meeting in this status (Japanese), or null when they can. */
export function meetingEditProblem(status: MeetingStatus, fields: readonly (keyof MeetingInput)[]): string | null {
  const edited: readonly (keyof MeetingInput)[] = fields.filter((f) => f !== 'status');
  if (edited.length === 0) return null;
  if (status === '終了') return ENDED_MESSAGE;
  if (status !== '進行中') return null;
  const locked = LIVE_LOCKED_FIELDS.filter((f) => edited.includes(f));
  if (locked.length === 0) return null;
  return `進行中の会議では${labels(LIVE_LOCKED_FIELDS)}は変更できません（変更しようとした項目: ${labels(locked)}）。`;
}

export const STALE_MEETING_HEAD = 'この会議はほかの画面で先に変更されました';

/**
 * The refusal when the meeting stored now differs from what the editor loaded (`loaded`): saving would
 * overwrite a change the user never saw. Names the fields that changed meanwhile, never their values (a
 * scope or a list does not read well in one line, and the form reloads with them).
 */
export function staleMeetingMessage(current: MeetingInput, loaded: Partial<MeetingInput>): string | null {
  const moved = changedFields(current, loaded);
  if (moved.length === 0) return null;
  return `${STALE_MEETING_HEAD}（${labels(moved)}）。保存していません。最新の内容を読み込んでから、もう一度編集してください。`;
}

/**
 * What a saved edit means for the agenda already prepared, for the screen to say. Nothing is removed or
 * recomputed by an edit: cards, their order, 事務局案 and overrides stay until 提案を作り直す (議題を提案).
 */
export function agendaNotes(before: MeetingInput, after: MeetingInput, hasAgenda: boolean): string[] {
  if (!hasAgenda) return [];
  const notes: string[] = [];
  if (!same(before.scope, after.scope))
    notes.push(
      '対象範囲を変えても、いまの議題のケースはそのまま残ります（新しい範囲の外のケースも外れません）。範囲に合わせるには「議題を提案」で提案を作り直してください。',
    );
  if (before.date !== after.date)
    notes.push('日付を変えても、議題の基準日（前回の会議日）と各ケースの確認時期は、提案を作り直すまで元のままです。');
  if (before.kind !== after.kind || before.subcommittee !== after.subcommittee)
    notes.push('種類・部会名を変えると、次に提案を作り直すときの「前回の会議」が変わることがあります。');
  return notes;
}

/** The labels of the fields a change sets, for the 操作ログ (「題名・日付」); 「なし」 for an empty change. */
export function meetingFieldLabels(changes: Partial<MeetingInput>): string {
  const keys = (Object.keys(MEETING_FIELD_LABELS) as (keyof MeetingInput)[]).filter((k) => k in changes);
  return keys.length > 0 ? labels(keys) : 'なし';
}
