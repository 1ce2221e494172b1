// Editing a meeting: what changed, what a running or ended meeting refuses, what a change elsewhere says, and
// what a changed date or scope means for the agenda already prepared.
import { describe, expect, it } from 'vitest';
import {
  EDITABLE_FIELDS,
  agendaNotes,
  changedFields,
  editableValues,
  meetingChanges,
  meetingEditProblem,
  meetingFieldLabels,
  staleMeetingMessage,
} from '../../shared/meeting/meeting-edit';
import { ENDED_MESSAGE } from '../../shared/meeting/status';
import { EMPTY_SCOPE, type MeetingInput } from '../../shared/meeting/types';

const base: MeetingInput = {
  kind: '実務者会議',
  subcommittee: null,
  title: '6月の実務者会議',
  date: '2025-06-10',
  startTime: '14:00',
  place: '会議室A',
  plannedMinutes: 120,
  facilitator: null,
  invitedAgencies: ['A小学校'],
  invitedPeople: [],
  status: '準備中',
  scope: EMPTY_SCOPE,
};

describe('meeting edit', () => {
  it('finds the changed fields, lists and scope by value, and sends only those', () => {
    const after = {
      ...base,
      title: '6月の実務者会議（変更）',
      invitedAgencies: ['A小学校', 'B保育園'],
      scope: { ...EMPTY_SCOPE },
    };
    expect(changedFields(base, after)).toEqual(['title', 'invitedAgencies']);
    expect(meetingChanges(base, after)).toEqual({
      title: '6月の実務者会議（変更）',
      invitedAgencies: ['A小学校', 'B保育園'],
    });
    expect(changedFields(base, { ...base, scope: { ...EMPTY_SCOPE, maxAge: 5 } })).toEqual(['scope']);
    expect(meetingChanges(base, { ...base })).toEqual({});
  });

  it('leaves the status out of what the edit form loads and checks', () => {
    expect(Object.keys(editableValues(base))).toEqual([...EDITABLE_FIELDS]);
    expect(EDITABLE_FIELDS).not.toContain('status');
  });

  it('lets a meeting being prepared change anything, and refuses every field of an ended one', () => {
    expect(meetingEditProblem('準備中', ['kind', 'date', 'scope'])).toBeNull();
    expect(meetingEditProblem('確定', ['date'])).toBeNull();
    expect(meetingEditProblem('終了', ['place'])).toBe(ENDED_MESSAGE);
    expect(meetingEditProblem('終了', [])).toBeNull();
  });

  it('keeps kind, 部会, date and scope of a running meeting, and lets the room change the rest', () => {
    expect(
      meetingEditProblem('進行中', ['title', 'startTime', 'place', 'plannedMinutes', 'facilitator', 'invitedAgencies']),
    ).toBeNull();
    expect(meetingEditProblem('進行中', ['place', 'date'])).toBe(
      '進行中の会議では種類・部会名・日付・対象範囲は変更できません（変更しようとした項目: 日付）。',
    );
    expect(meetingEditProblem('進行中', ['scope', 'kind'])).toContain('変更しようとした項目: 種類・対象範囲');
  });

  it('names the fields another window changed, and nothing when the loaded values are still current', () => {
    expect(staleMeetingMessage(base, editableValues(base))).toBeNull();
    const now = { ...base, place: '会議室B', plannedMinutes: 90, status: '確定' as const };
    expect(staleMeetingMessage(now, editableValues(base))).toBe(
      'この会議はほかの画面で先に変更されました（場所・予定時間（分））。保存していません。最新の内容を読み込んでから、もう一度編集してください。',
    );
  });

  it('says what a changed scope or date means for the agenda, only when there is one', () => {
    const moved = { ...base, date: '2025-06-17', scope: { ...EMPTY_SCOPE, maxAge: 5 } };
    const notes = agendaNotes(base, moved, true);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('新しい範囲の外のケースも外れません');
    expect(notes[0]).toContain('「議題を提案」で提案を作り直して');
    expect(notes[1]).toContain('提案を作り直すまで元のまま');
    expect(agendaNotes(base, moved, false)).toEqual([]);
    expect(agendaNotes(base, { ...base, place: '会議室B' }, true)).toEqual([]);
    expect(agendaNotes(base, { ...base, subcommittee: '乳幼児部会' }, true)[0]).toContain('前回の会議');
  });

  it('logs the labels of the changed fields, never their values', () => {
    expect(meetingFieldLabels({ title: '架空 花子さんの件', date: '2025-06-17' })).toBe('題名・日付');
    expect(meetingFieldLabels({ status: '確定' })).toBe('状態');
    expect(meetingFieldLabels({})).toBe('なし');
  });
});
