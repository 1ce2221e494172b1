// The three timers of the console (item, group, meeting) read from the live state at a given moment.
// `nowMs` is passed in: the screens tick it every second, the tests inject it.
import { itemSeconds } from './budget';
import { itemKey, type LiveState } from './live';
import type { ProgramItem } from './program';
import type { AgendaItem, Group, TriageSettings } from './types';

export type TimerTone = 'ok' | 'near' | 'over';

export interface TimerReading {
  elapsedMs: number;
  budgetMs: number;
  tone: TimerTone;
}

/** Warning colour from 80 % of the budget, overrun past it. A zero budget is never "near". */
export function toneOf(elapsedMs: number, budgetMs: number): TimerTone {
  if (budgetMs <= 0) return elapsedMs > 0 ? 'over' : 'ok';
  if (elapsedMs > budgetMs) return 'over';
  return elapsedMs >= budgetMs * 0.8 ? 'near' : 'ok';
}

/** Time counted on one item (its live key), including the running stretch when it is the current item. */
export function itemElapsedMs(state: LiveState, key: string, nowMs: number): number {
  const spent = state.timer.spentMs[key] ?? 0;
  const since = state.timer.runningSince;
  if (since === null || state.current !== key) return spent;
  return spent + Math.max(0, nowMs - Date.parse(since));
}

type Budgets = Pick<TriageSettings, 'quickSeconds' | 'deepMinutes'>;

export function itemTimer(state: LiveState, item: AgendaItem, settings: Budgets, nowMs: number): TimerReading {
  const elapsedMs = itemElapsedMs(state, item.caseNo, nowMs);
  const budgetMs = itemSeconds(item, settings) * 1000;
  return { elapsedMs, budgetMs, tone: toneOf(elapsedMs, budgetMs) };
}

/** A non-case 次第 item's time against its planned minutes: the same tones (and overrun) as a case. */
export function programItemTimer(state: LiveState, item: ProgramItem, nowMs: number): TimerReading {
  const elapsedMs = itemElapsedMs(state, itemKey(item.id), nowMs);
  const budgetMs = item.minutes * 60_000;
  return { elapsedMs, budgetMs, tone: toneOf(elapsedMs, budgetMs) };
}

/** A group's time against the sum of its items' budgets (確認: 60 s each by default; 協議: each its minutes). */
export function groupTimer(
  state: LiveState,
  items: readonly AgendaItem[],
  group: Exclude<Group, 'hold'>,
  settings: Budgets,
  nowMs: number,
): TimerReading {
  let elapsedMs = 0;
  let budgetMs = 0;
  for (const item of items) {
    if (item.group !== group) continue;
    elapsedMs += itemElapsedMs(state, item.caseNo, nowMs);
    budgetMs += itemSeconds(item, settings) * 1000;
  }
  return { elapsedMs, budgetMs, tone: toneOf(elapsedMs, budgetMs) };
}

/** Wall-clock time since the meeting started (to its end once ended), against the planned minutes. */
export function meetingTimer(state: LiveState, plannedMinutes: number, nowMs: number): TimerReading {
  const budgetMs = plannedMinutes * 60_000;
  if (state.startedAt === null) return { elapsedMs: 0, budgetMs, tone: 'ok' };
  const end = state.endedAt === null ? nowMs : Date.parse(state.endedAt);
  const elapsedMs = Math.max(0, end - Date.parse(state.startedAt));
  return { elapsedMs, budgetMs, tone: toneOf(elapsedMs, budgetMs) };
}

/** 1:05, 12:00, 1:02:03: minutes and seconds, hours only when needed. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
