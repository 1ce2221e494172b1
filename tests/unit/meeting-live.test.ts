import { describe, expect, it } from 'vitest';
import {
  applyLiveCommand,
  initialLiveState,
  LiveCommandError,
  meetingOrder,
  runOrder,
  type LiveCommand,
  type LiveState,
} from '../../shared/meeting/live';
import {
  formatDuration,
  groupTimer,
  itemElapsedMs,
  itemTimer,
  meetingTimer,
  programItemTimer,
  toneOf,
} from '../../shared/meeting/timers';
import { CASES_ONLY_PROGRAM, itemsOf, programFromTemplate, type ProgramItem } from '../../shared/meeting/program';
import type { AgendaItem, Group } from '../../shared/meeting/types';

const T0 = Date.parse('2026-11-24T01:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

function item(caseNo: string, group: Group, order: number, deepMinutes: number | null = null): AgendaItem {
  return {
    caseNo,
    group,
    ruleGroup: group === 'deep' ? 'deep' : 'quick',
    reasons: [],
    order,
    deepMinutes,
    draft: null,
    override: null,
  };
}

const ITEMS = [item('Q2', 'quick', 1), item('D1', 'deep', 0, 5), item('Q1', 'quick', 0), item('H1', 'hold', 0)];
const ORDER = meetingOrder(ITEMS);
const SETTINGS = { quickSeconds: 60, deepMinutes: 10 };

/** Runs commands at the given seconds after T0, like a facilitator pressing keys. */
function run(steps: [number, LiveCommand][], decided: string[] = []): LiveState {
  let state = initialLiveState(1);
  for (const [second, command] of steps)
    state = applyLiveCommand(state, command, { now: at(second), order: ORDER, decided: new Set(decided) });
  return state;
}

describe('meeting order', () => {
  it('takes 確認 first, then 協議, each in board order, and leaves 保留 out', () => {
    expect(ORDER).toEqual(['Q1', 'Q2', 'D1']);
  });
});

describe('live commands', () => {
  it('starts on the first item with its timer running', () => {
    const s = run([[0, { type: 'start' }]]);
    expect(s.startedAt).toBe(at(0));
    expect(s.current).toBe('Q1');
    expect(s.timer.runningSince).toBe(at(0));
  });

  it('refuses to move through items before the meeting starts', () => {
    expect(() => run([[0, { type: 'next' }]])).toThrow('会議がまだ開始されていません');
  });

  it('counts each item while it is on screen; the running timer follows next/previous', () => {
    const s = run([
      [0, { type: 'start' }],
      [40, { type: 'next' }],
      [70, { type: 'previous' }],
      [80, { type: 'next' }],
    ]);
    expect(s.current).toBe('Q2');
    expect(s.timer.spentMs).toEqual({ Q1: 50_000, Q2: 30_000 });
    expect(itemElapsedMs(s, 'Q2', T0 + 95_000)).toBe(45_000);
    expect(itemElapsedMs(s, 'Q1', T0 + 95_000)).toBe(50_000);
  });

  it('pauses and resumes; a paused timer stays paused on the next item', () => {
    const s = run([
      [0, { type: 'start' }],
      [30, { type: 'timer', running: false }],
      [100, { type: 'timer', running: true }],
      [110, { type: 'timer', running: false }],
      [200, { type: 'next' }],
    ]);
    expect(s.timer.spentMs).toEqual({ Q1: 40_000 });
    expect(s.timer.runningSince).toBeNull();
    expect(s.current).toBe('Q2');
    expect(itemElapsedMs(s, 'Q2', T0 + 500_000)).toBe(0);
  });

  it('does not move past the last item or before the first', () => {
    const end = run([
      [0, { type: 'start' }],
      [1, { type: 'next' }],
      [2, { type: 'next' }],
      [3, { type: 'next' }],
    ]);
    expect(end.current).toBe('D1');
    expect(
      run([
        [0, { type: 'start' }],
        [1, { type: 'previous' }],
      ]).current,
    ).toBe('Q1');
  });

  it('goes to a chosen item, but only one on the agenda (not 保留)', () => {
    expect(
      run([
        [0, { type: 'start' }],
        [5, { type: 'goto', caseNo: 'D1' }],
      ]).current,
    ).toBe('D1');
    expect(() =>
      run([
        [0, { type: 'start' }],
        [5, { type: 'goto', caseNo: 'H1' }],
      ]),
    ).toThrow('議題にありません');
  });

  it('masks by default; a reveal is for the current case only and ends when the item changes', () => {
    const start = run([[0, { type: 'start' }]]);
    expect(start.projector.masked).toBe(true);
    const revealed = run([
      [0, { type: 'start' }],
      [1, { type: 'reveal', caseNo: 'Q1' }],
    ]);
    expect(revealed.projector.revealed).toBe('Q1');
    expect(
      run([
        [0, { type: 'start' }],
        [1, { type: 'reveal', caseNo: 'Q1' }],
        [2, { type: 'next' }],
      ]).projector.revealed,
    ).toBeNull();
    expect(() =>
      run([
        [0, { type: 'start' }],
        [1, { type: 'reveal', caseNo: 'Q2' }],
      ]),
    ).toThrow('投影中のケースだけ');
  });

  it('unmasks the whole meeting only when confirmed, masks again at once, and ends the unmask with the meeting', () => {
    expect(() =>
      run([
        [0, { type: 'start' }],
        [1, { type: 'mask', masked: false }],
      ]),
    ).toThrow('確認が必要です');
    const unmasked = run([
      [0, { type: 'start' }],
      [1, { type: 'mask', masked: false, confirmed: true }],
    ]);
    expect(unmasked.projector.masked).toBe(false);
    expect(
      run([
        [0, { type: 'start' }],
        [1, { type: 'mask', masked: false, confirmed: true }],
        [2, { type: 'mask', masked: true }],
      ]).projector.masked,
    ).toBe(true);
    // Moving on does not end it (the per-case reveal is what ends with the item); ending the meeting does.
    expect(
      run([
        [0, { type: 'start' }],
        [1, { type: 'mask', masked: false, confirmed: true }],
        [2, { type: 'next' }],
      ]).projector.masked,
    ).toBe(false);
    expect(
      run([
        [0, { type: 'start' }],
        [1, { type: 'mask', masked: false, confirmed: true }],
        [2, { type: 'end' }],
      ]).projector.masked,
    ).toBe(true);
  });

  it('blackout, board and facts can be set before the start', () => {
    const s = run([
      [0, { type: 'blackout', on: true }],
      [1, { type: 'facts', facts: ['riskLevel', 'reasons', 'riskLevel'] }],
      [2, { type: 'attendees', attendees: ['小学校', '小学校', '保健センター'] }],
    ]);
    expect(s.projector.blackout).toBe(true);
    expect(s.projector.facts).toEqual(['reasons', 'riskLevel']);
    expect(s.attendees).toEqual(['小学校', '保健センター']);
  });

  it('ends: stops the timer, carries over what has no recorded decision, and refuses anything after', () => {
    const s = run(
      [
        [0, { type: 'start' }],
        [30, { type: 'next' }],
        [90, { type: 'end' }],
      ],
      ['Q1'],
    );
    expect(s.endedAt).toBe(at(90));
    expect(s.timer.runningSince).toBeNull();
    expect(s.timer.spentMs).toEqual({ Q1: 30_000, Q2: 60_000 });
    expect(s.carriedOver).toEqual(['Q2', 'D1']);
    expect(() => applyLiveCommand(s, { type: 'next' }, { now: at(100), order: ORDER, decided: new Set() })).toThrow(
      '終了しています',
    );
  });

  it('never changes the state it is given', () => {
    const before = run([[0, { type: 'start' }]]);
    const frozen = JSON.stringify(before);
    applyLiveCommand(before, { type: 'next' }, { now: at(10), order: ORDER, decided: new Set() });
    expect(JSON.stringify(before)).toBe(frozen);
  });
});

describe('timers', () => {
  it('turns to a warning at 80 % and to overrun past the budget', () => {
    expect(toneOf(47_000, 60_000)).toBe('ok');
    expect(toneOf(48_000, 60_000)).toBe('near');
    expect(toneOf(60_000, 60_000)).toBe('near');
    expect(toneOf(60_001, 60_000)).toBe('over');
    expect(toneOf(0, 0)).toBe('ok');
  });

  it('reads the item timer against its own budget (協議: its minutes)', () => {
    const s = run([
      [0, { type: 'start' }],
      [1, { type: 'goto', caseNo: 'D1' }],
    ]);
    const reading = itemTimer(s, ITEMS[1]!, SETTINGS, T0 + 1000 + 301_000);
    expect(reading).toEqual({ elapsedMs: 301_000, budgetMs: 300_000, tone: 'over' });
  });

  it('totals a group over its items, including the running one', () => {
    const s = run([
      [0, { type: 'start' }],
      [50, { type: 'next' }],
    ]);
    const quick = groupTimer(s, ITEMS, 'quick', SETTINGS, T0 + 110_000);
    expect(quick).toEqual({ elapsedMs: 110_000, budgetMs: 120_000, tone: 'near' });
    expect(groupTimer(s, ITEMS, 'deep', SETTINGS, T0 + 110_000)).toEqual({
      elapsedMs: 0,
      budgetMs: 300_000,
      tone: 'ok',
    });
  });

  it('runs the meeting clock from the start to the end, whatever the pauses', () => {
    const running = run([
      [0, { type: 'start' }],
      [10, { type: 'timer', running: false }],
    ]);
    expect(meetingTimer(running, 90, T0 + 600_000)).toEqual({ elapsedMs: 600_000, budgetMs: 5_400_000, tone: 'ok' });
    const ended = run([
      [0, { type: 'start' }],
      [6000, { type: 'end' }],
    ]);
    expect(meetingTimer(ended, 90, T0 + 9_999_000).elapsedMs).toBe(6_000_000);
    expect(meetingTimer(ended, 90, T0).tone).toBe('over');
    expect(meetingTimer(initialLiveState(1), 90, T0).elapsedMs).toBe(0);
  });

  it('formats durations for the screen', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_999)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});

const field = (kind: ProgramItem['kind'], title: string, minutes: number) => ({
  kind,
  title,
  presenter: null,
  minutes,
  notes: null,
});
/** A 実務者会議: 開会, the 確認 block, a 60-minute 研修, the 協議 block, 閉会. */
const PROGRAM = programFromTemplate([
  field('開会', '開会', 5),
  { block: 'quick' },
  field('研修', '実務研修', 60),
  { block: 'deep' },
  field('閉会', '閉会', 5),
]);
/** A 代表者会議: 報告 and 協議事項 only, no case at all. */
const REPRESENTATIVES = programFromTemplate([
  field('報告', '前年度実績', 20),
  field('協議事項', '研修計画について', 30),
]);

function runOn(order: readonly string[], steps: [number, LiveCommand][], decided: string[] = []): LiveState {
  let state = initialLiveState(1);
  for (const [second, command] of steps)
    state = applyLiveCommand(state, command, { now: at(second), order, decided: new Set(decided) });
  return state;
}

describe('running the whole 次第', () => {
  const order = runOrder(PROGRAM, ITEMS);

  it('takes the program in turn, a case block as its cases in board order', () => {
    expect(order).toEqual(['item:i1', 'Q1', 'Q2', 'item:i2', 'D1', 'item:i3']);
  });

  it('runs exactly as meetingOrder without a program', () => {
    expect(runOrder(CASES_ONLY_PROGRAM, ITEMS)).toEqual(ORDER);
    expect(runOrder([], ITEMS)).toEqual(ORDER);
  });

  it('puts a block the program lacks at the end, so every case is run', () => {
    expect(runOrder(REPRESENTATIVES, ITEMS)).toEqual(['item:i1', 'item:i2', 'Q1', 'Q2', 'D1']);
  });

  it('starts on 開会, steps into the cases, to 研修 and back, timing each item by its key', () => {
    const s = runOn(order, [
      [0, { type: 'start' }],
      [60, { type: 'next' }],
      [90, { type: 'next' }],
      [120, { type: 'next' }],
    ]);
    expect(s.current).toBe('item:i2');
    expect(s.timer.spentMs).toEqual({ 'item:i1': 60_000, Q1: 30_000, Q2: 30_000 });
    const back = applyLiveCommand(s, { type: 'previous' }, { now: at(720), order, decided: new Set() });
    expect(back.current).toBe('Q2');
    expect(back.timer.spentMs['item:i2']).toBe(600_000);
    expect(programItemTimer(back, itemsOf(PROGRAM)[1]!, T0 + 720_000)).toEqual({
      elapsedMs: 600_000,
      budgetMs: 3_600_000,
      tone: 'ok',
    });
  });

  it('warns on a 次第 item at 80 % of its minutes and marks the overrun past them', () => {
    const s = runOn(order, [[0, { type: 'start' }]]);
    const opening = itemsOf(PROGRAM)[0]!;
    expect(programItemTimer(s, opening, T0 + 250_000).tone).toBe('near');
    expect(programItemTimer(s, opening, T0 + 301_000)).toMatchObject({ elapsedMs: 301_000, tone: 'over' });
  });

  it('goes to an item by its key, and refuses a key not in the 次第', () => {
    const s = runOn(order, [
      [0, { type: 'start' }],
      [10, { type: 'goto', caseNo: 'item:i3' }],
    ]);
    expect(s.current).toBe('item:i3');
    expect(() =>
      applyLiveCommand(s, { type: 'goto', caseNo: 'item:i9' }, { now: at(20), order, decided: new Set() }),
    ).toThrow(/次第にありません/);
  });

  it('never reveals a 次第 item (there is no name to show)', () => {
    const s = runOn(order, [[0, { type: 'start' }]]);
    expect(() =>
      applyLiveCommand(s, { type: 'reveal', caseNo: 'item:i1' }, { now: at(1), order, decided: new Set() }),
    ).toThrow(LiveCommandError);
  });

  it('carries over the undecided cases only, never a 次第 item', () => {
    const s = runOn(
      order,
      [
        [0, { type: 'start' }],
        [10, { type: 'end' }],
      ],
      ['Q1'],
    );
    expect(s.carriedOver).toEqual(['Q2', 'D1']);
  });

  it('runs a 代表者会議 with no case: start on 報告, next to 協議事項, end', () => {
    const reps = runOrder(REPRESENTATIVES, []);
    expect(reps).toEqual(['item:i1', 'item:i2']);
    const s = runOn(reps, [
      [0, { type: 'start' }],
      [1200, { type: 'next' }],
      [1500, { type: 'next' }],
      [1800, { type: 'end' }],
    ]);
    expect(s.current).toBe('item:i2');
    expect(s.timer.spentMs).toEqual({ 'item:i1': 1_200_000, 'item:i2': 600_000 });
    expect(s.carriedOver).toEqual([]);
    expect(s.endedAt).toBe(at(1800));
  });
});
