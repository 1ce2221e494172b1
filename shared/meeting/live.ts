// The running meeting: which item is on, the item timer, who is present, what the projector shows.
// One document per meeting, changed only by commands through applyLiveCommand, so the console and the
// projector (two windows) see the same state from the backend, and a reload or a crash finds it as it was.
import { z } from 'zod';
import { isBlock, withBlocks, type ProgramEntry } from './program';
import { ENDED_MESSAGE } from './status';
import type { AgendaItem } from './types';

/** What the projector may show about the current case, besides its masked label. */
export const FACT_KEYS = [
  'reasons',
  'classification',
  'age',
  'riskLevel',
  'leadAgency',
  'agencies',
  'policy',
  'nextReview',
  'draft',
  'birthDate',
  'district',
  'affiliation',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];
/** Facts that identify a child: shown only while the case is revealed. */
export const IDENTIFYING_FACTS: ReadonlySet<FactKey> = new Set(['birthDate', 'district', 'affiliation']);
export const DEFAULT_FACTS: readonly FactKey[] = [
  'reasons',
  'classification',
  'age',
  'riskLevel',
  'leadAgency',
  'policy',
  'draft',
];

export interface TimerState {
  /** When the item timer was last started (it runs for the current item); null = paused. */
  runningSince: string | null;
  /** Time already counted per live key (a caseNo, or itemKey(id) for a non-case 次第 item), in ms. */
  spentMs: Record<string, number>;
}

export interface ProjectorState {
  blackout: boolean;
  /**
   * Masked labels (caseNo + initials) and scrubbed text. Off only by the facilitator's confirmed choice, and
   * on again when the meeting ends: an unmask never outlives the meeting it was made for.
   */
  masked: boolean;
  /** The one case whose name is shown; cleared when the item changes. */
  revealed: string | null;
  /** Whether the projector shows the current case's whiteboard. */
  showBoard: boolean;
  facts: FactKey[];
}

export interface LiveState {
  meetingId: number;
  startedAt: string | null;
  endedAt: string | null;
  /** The live key of the item on screen: a caseNo, or itemKey(id) for a non-case 次第 item. */
  current: string | null;
  /** Agencies and people present. */
  attendees: string[];
  timer: TimerState;
  projector: ProjectorState;
  /** Set when the meeting ends: the cases (never 次第 items) not taken up, carried to the next meeting (次回へ). */
  carriedOver: string[];
}

export function initialLiveState(meetingId: number): LiveState {
  return {
    meetingId,
    startedAt: null,
    endedAt: null,
    current: null,
    attendees: [],
    timer: { runningSince: null, spentMs: {} },
    projector: { blackout: false, masked: true, revealed: null, showBoard: false, facts: [...DEFAULT_FACTS] },
    carriedOver: [],
  };
}

const caseNo = z.string().min(1).max(100);
export const liveCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }).strict(),
  // `caseNo` is any live key: a case, or itemKey(id) for a non-case 次第 item.
  z.object({ type: z.literal('goto'), caseNo }).strict(),
  z.object({ type: z.literal('next') }).strict(),
  z.object({ type: z.literal('previous') }).strict(),
  z.object({ type: z.literal('timer'), running: z.boolean() }).strict(),
  z.object({ type: z.literal('blackout'), on: z.boolean() }).strict(),
  // Unmasking shows every case of the meeting to the room: the console asks first and says so with `confirmed`.
  z.object({ type: z.literal('mask'), masked: z.boolean(), confirmed: z.literal(true).optional() }).strict(),
  z.object({ type: z.literal('reveal'), caseNo: caseNo.nullable() }).strict(),
  z.object({ type: z.literal('showBoard'), on: z.boolean() }).strict(),
  z.object({ type: z.literal('facts'), facts: z.array(z.enum(FACT_KEYS)).max(FACT_KEYS.length) }).strict(),
  z.object({ type: z.literal('attendees'), attendees: z.array(z.string().trim().min(1).max(200)).max(200) }).strict(),
  z.object({ type: z.literal('end') }).strict(),
]);
export type LiveCommand = z.infer<typeof liveCommandSchema>;

/**
 * The live record addresses a non-case 次第 item (開会, 報告, 研修 …) as `item:<id>`, a case by its caseNo:
 * `current`, the timer's spentMs and the run order share one key space, and the prefix keeps an item id
 * from ever reading as a 登録番号.
 */
export const ITEM_KEY_PREFIX = 'item:';
export function itemKey(id: string): string {
  return `${ITEM_KEY_PREFIX}${id}`;
}
/** The program item id of a live key, or null when the key is a case. */
export function itemIdOf(key: string | null): string | null {
  return key !== null && key.startsWith(ITEM_KEY_PREFIX) ? key.slice(ITEM_KEY_PREFIX.length) : null;
}

/** The order the meeting takes its items: 確認 first, then 協議, each in board order; 保留 is not taken up. */
export function meetingOrder(items: readonly AgendaItem[]): string[] {
  const inGroup = (group: 'quick' | 'deep') => items.filter((i) => i.group === group).sort((a, b) => a.order - b.order);
  return [...inGroup('quick'), ...inGroup('deep')].map((i) => i.caseNo);
}

/**
 * The order the meeting runs: the 次第's entries in turn, a case block expanded to its cases in board order,
 * a non-case item as itemKey(id). A block missing from the program still runs (withBlocks puts it at the end),
 * so a meeting without a program (CASES_ONLY_PROGRAM) runs exactly as meetingOrder.
 */
export function runOrder(program: readonly ProgramEntry[], items: readonly AgendaItem[]): string[] {
  return withBlocks(program).flatMap((entry) =>
    isBlock(entry)
      ? items
          .filter((i) => i.group === entry.block)
          .sort((a, b) => a.order - b.order)
          .map((i) => i.caseNo)
      : [itemKey(entry.id)],
  );
}

export interface LiveContext {
  now: string;
  /** runOrder of the 次第 and the agenda as they are now (meetingOrder when the meeting has no program). */
  order: readonly string[];
  /** caseNos with a recorded decision: the rest are carried over when the meeting ends. */
  decided: ReadonlySet<string>;
}

export class LiveCommandError extends Error {}

/** The state after a command; never changes `state`. Throws LiveCommandError (Japanese) when it cannot apply. */
export function applyLiveCommand(state: LiveState, command: LiveCommand, ctx: LiveContext): LiveState {
  if (state.endedAt !== null) throw new LiveCommandError(ENDED_MESSAGE);
  if (command.type !== 'start' && state.startedAt === null && needsStart(command)) {
    throw new LiveCommandError('会議がまだ開始されていません。「会議を開始」を押してください。');
  }
  switch (command.type) {
    case 'start': {
      if (state.startedAt !== null) return state;
      const first = ctx.order[0] ?? null;
      return {
        ...state,
        startedAt: ctx.now,
        current: first,
        timer: { ...state.timer, runningSince: first ? ctx.now : null },
      };
    }
    case 'goto':
      if (!ctx.order.includes(command.caseNo))
        throw new LiveCommandError(
          itemIdOf(command.caseNo) === null
            ? `登録番号「${command.caseNo}」はこの会議の議題にありません。`
            : 'この項目はこの会議の次第にありません。画面を開き直してください。',
        );
      return moveTo(state, command.caseNo, ctx.now);
    case 'next':
    case 'previous': {
      const target = neighbour(ctx.order, state.current, command.type === 'next' ? 1 : -1);
      return target === null ? state : moveTo(state, target, ctx.now);
    }
    case 'timer':
      return {
        ...state,
        timer: command.running
          ? startTimer(state.timer, state.current, ctx.now)
          : pauseTimer(state.timer, state.current, ctx.now),
      };
    case 'blackout':
      return { ...state, projector: { ...state.projector, blackout: command.on } };
    case 'mask':
      if (!command.masked && command.confirmed !== true) {
        throw new LiveCommandError(
          '全ケースのマスクを外すには確認が必要です。1件だけ見せるときは「このケースの氏名を表示」を使ってください。',
        );
      }
      return {
        ...state,
        projector: {
          ...state.projector,
          masked: command.masked,
          revealed: command.masked ? null : state.projector.revealed,
        },
      };
    case 'reveal':
      if (command.caseNo !== null && (command.caseNo !== state.current || itemIdOf(command.caseNo) !== null)) {
        throw new LiveCommandError('表示できるのは投影中のケースだけです。');
      }
      return { ...state, projector: { ...state.projector, revealed: command.caseNo } };
    case 'showBoard':
      return { ...state, projector: { ...state.projector, showBoard: command.on } };
    case 'facts':
      return {
        ...state,
        projector: { ...state.projector, facts: FACT_KEYS.filter((key) => command.facts.includes(key)) },
      };
    case 'attendees':
      return { ...state, attendees: [...new Set(command.attendees)] };
    case 'end': {
      const timer = pauseTimer(state.timer, state.current, ctx.now);
      return {
        ...state,
        startedAt: state.startedAt ?? ctx.now,
        endedAt: ctx.now,
        timer,
        projector: { ...state.projector, masked: true, revealed: null, showBoard: false },
        // A 次第 item has no decision and nothing to carry: only cases go on to the next meeting.
        carriedOver: ctx.order.filter((key) => itemIdOf(key) === null && !ctx.decided.has(key)),
      };
    }
  }
}

/** Settings, attendance and the projector can be prepared before the meeting starts; moving through items cannot. */
function needsStart(command: LiveCommand): boolean {
  return command.type === 'goto' || command.type === 'next' || command.type === 'previous' || command.type === 'timer';
}

function neighbour(order: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at === -1) return order[0] ?? null;
  return order[at + step] ?? null;
}

/** A new item: the running timer follows it, a paused one stays paused; a reveal ends. */
function moveTo(state: LiveState, target: string, now: string): LiveState {
  if (target === state.current) return state;
  const running = state.timer.runningSince !== null;
  const paused = pauseTimer(state.timer, state.current, now);
  return {
    ...state,
    current: target,
    timer: running ? startTimer(paused, target, now) : paused,
    projector: { ...state.projector, revealed: null },
  };
}

function startTimer(timer: TimerState, current: string | null, now: string): TimerState {
  if (timer.runningSince !== null || current === null) return timer;
  return { ...timer, runningSince: now };
}

function pauseTimer(timer: TimerState, current: string | null, now: string): TimerState {
  if (timer.runningSince === null || current === null) return { ...timer, runningSince: null };
  const elapsed = Math.max(0, Date.parse(now) - Date.parse(timer.runningSince));
  return { runningSince: null, spentMs: { ...timer.spentMs, [current]: (timer.spentMs[current] ?? 0) + elapsed } };
}
