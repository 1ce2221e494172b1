// A meeting's status moves only forward, and 進行中 / 終了 come only from running the meeting.
import { describe, expect, it } from 'vitest';
import { ENDED_MESSAGE, reopenReasonSchema, statusChangeProblem, statusChoices } from '../../shared/meeting/status';

describe('meeting status', () => {
  it('allows 準備中 → 確定 and nothing backwards', () => {
    expect(statusChangeProblem('準備中', '確定')).toBeNull();
    expect(statusChangeProblem('確定', '確定')).toBeNull();
    expect(statusChangeProblem('確定', '準備中')).toBe('会議の状態は前に戻せません（確定 → 準備中）。');
    expect(statusChangeProblem('進行中', '確定')).toBe('会議の状態は前に戻せません（進行中 → 確定）。');
    expect(statusChangeProblem('終了', '準備中')).toBe(ENDED_MESSAGE);
  });

  it('leaves 進行中 and 終了 to 会議を開始 and 会議を終了', () => {
    expect(statusChangeProblem('確定', '進行中')).toContain('会議を進行');
    expect(statusChangeProblem('準備中', '終了')).toContain('会議を終了');
    expect(statusChangeProblem('進行中', '終了')).toContain('会議を終了');
  });

  it('offers in the form only the current status and the later ones a person may choose', () => {
    expect(statusChoices('準備中')).toEqual(['準備中', '確定']);
    expect(statusChoices('確定')).toEqual(['確定']);
    expect(statusChoices('終了')).toEqual(['終了']);
  });

  it('requires a reason to reopen', () => {
    expect(reopenReasonSchema.safeParse('  ').success).toBe(false);
    expect(reopenReasonSchema.parse(' 記録漏れ ')).toBe('記録漏れ');
  });
});
