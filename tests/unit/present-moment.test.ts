// The projector's non-case moments (present-moment.ts, through buildPresentView): before the start, 確認→協議
// once every 確認 item is decided and 協議 has not begun, a pause on an item outside the order; the meeting's
// title and counts only, never the case the console happens to be on.
import { describe, expect, it } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { initialLiveState, meetingOrder, type LiveState } from '../../shared/meeting/live';
import { buildPresentView, type PresentView } from '../../shared/meeting/present';
import { momentText, presentMoment, presentProgress } from '../../shared/meeting/present-moment';
import type { AgendaItem, Group } from '../../shared/meeting/types';

function item(caseNo: string, group: Group, order: number): AgendaItem {
  return {
    caseNo,
    group,
    ruleGroup: group === 'deep' ? 'deep' : 'quick',
    reasons: ['RISK_HIGH'],
    order,
    deepMinutes: null,
    draft: null,
    override: null,
  };
}

const ITEMS = [
  item('Q-1', 'quick', 0),
  item('Q-2', 'quick', 1),
  item('Q-3', 'quick', 2),
  item('D-1', 'deep', 0),
  item('D-2', 'deep', 1),
  item('H-1', 'hold', 0),
];
const ORDER = meetingOrder(ITEMS);

const moment = (current: string | null, decided: string[], started = true) =>
  presentMoment({ started, current, order: ORDER, items: ITEMS, decided: new Set(decided) });

describe('presentMoment', () => {
  it('is before the start whatever the console points at', () => {
    expect(moment(null, [], false)).toBe('before');
    expect(moment('Q-1', [], false)).toBe('before');
  });

  it('shows the case while its group has open items', () => {
    expect(moment('Q-1', [])).toBeNull();
    expect(moment('Q-1', ['Q-1', 'Q-2'])).toBeNull();
    expect(moment('D-1', ['Q-1', 'Q-2', 'Q-3'])).toBeNull();
    expect(moment('D-2', ['Q-1', 'Q-2', 'Q-3', 'D-1'])).toBeNull();
  });

  it('is between the groups once every 確認 item is decided and the console is still on one', () => {
    // 一括確認 leaves the console on the first 確認 item.
    expect(moment('Q-1', ['Q-1', 'Q-2', 'Q-3'])).toBe('between');
    expect(moment('Q-3', ['Q-1', 'Q-2', 'Q-3'])).toBe('between');
  });

  it('is not between the groups when there is no 協議 to come', () => {
    const quickOnly = ITEMS.filter((i) => i.group === 'quick');
    const at = (current: string) =>
      presentMoment({
        started: true,
        current,
        order: meetingOrder(quickOnly),
        items: quickOnly,
        decided: new Set(['Q-1', 'Q-2', 'Q-3']),
      });
    expect(at('Q-1')).toBeNull();
    expect(at('Q-3')).toBeNull();
  });

  it('shows a 確認 case the facilitator goes back to once 協議 has begun, and any decided case', () => {
    expect(moment('Q-2', ['Q-1', 'Q-2', 'Q-3', 'D-1'])).toBeNull();
    const begun = presentMoment({
      started: true,
      current: 'Q-2',
      order: ORDER,
      items: ITEMS,
      decided: new Set(['Q-1', 'Q-2', 'Q-3']),
      spentMs: { 'Q-1': 5000, 'D-1': 1000 },
    });
    expect(begun).toBeNull();
    expect(moment('D-2', ['Q-1', 'Q-2', 'Q-3', 'D-1', 'D-2'])).toBeNull();
    expect(moment('D-1', ['Q-1', 'Q-2', 'Q-3', 'D-1', 'D-2'])).toBeNull();
  });

  it('pauses on an item the meeting does not take up (保留) or one no longer on the agenda', () => {
    expect(moment('H-1', [])).toBe('pause');
    expect(moment('GONE', [])).toBe('pause');
  });
});

describe('momentText', () => {
  const progress = presentProgress(ITEMS, new Set(['Q-1', 'Q-2', 'Q-3']));

  it('counts the groups (保留 is not taken up) and what is done', () => {
    expect(progress).toEqual({ done: 3, total: 5, quick: { done: 3, total: 3 }, deep: { done: 0, total: 2 } });
  });

  it('words each moment for the room', () => {
    expect(momentText('before', progress)).toEqual({ message: '開始をお待ちください', detail: '確認 3件・協議 2件' });
    expect(momentText('between', progress)).toEqual({ message: '確認 3件 終了・次は協議', detail: '協議 2件' });
    expect(momentText('pause', progress)).toEqual({ message: '次の議題をお待ちください', detail: '3 / 5件 終了' });
    expect(momentText('before', presentProgress([], new Set())).detail).toBe('議題はありません');
  });
});

describe('buildPresentView between cases', () => {
  const CASE: LedgerCase = { ...emptyCase('Q-1'), name: '架空　ひかり', kana: 'かくう ひかり', policy: '見守り' };

  function view(state: LiveState, decided: string[]): PresentView {
    return buildPresentView({
      meeting: { title: '実務者会議（架空）', date: '2026-11-24' },
      state,
      items: ITEMS,
      currentCase: state.current === 'Q-1' ? CASE : null,
      board: null,
      settings: { quickSeconds: 60, deepMinutes: 10 },
      dateStyle: 'seireki',
      decided: new Set(decided),
    });
  }
  const started: LiveState = {
    ...initialLiveState(1),
    startedAt: '2026-11-24T05:00:00.000Z',
    current: 'Q-1',
    projector: { ...initialLiveState(1).projector, revealed: 'Q-1', masked: true, showBoard: true },
  };

  it('says the 確認 block is done instead of the confirmed case, with nothing of the case in it', () => {
    const v = view(started, ['Q-1', 'Q-2', 'Q-3']);
    expect(v).toEqual({
      kind: 'waiting',
      title: '実務者会議（〇〇）',
      date: '2026/11/24',
      moment: 'between',
      message: '確認 3件 終了・次は協議',
      detail: '協議 2件',
      progress: { done: 3, total: 5, quick: { done: 3, total: 3 }, deep: { done: 0, total: 2 } },
    });
    expect(JSON.stringify(v)).not.toMatch(/Q-1|ひかり|見守り/);
  });

  it('waits with the counts before the start', () => {
    expect(view(initialLiveState(1), [])).toMatchObject({
      kind: 'waiting',
      moment: 'before',
      message: '開始をお待ちください',
      detail: '確認 3件・協議 2件',
    });
  });

  it('shows the case itself while 確認 items are open', () => {
    expect(view(started, ['Q-2']).kind).toBe('item');
  });
});
