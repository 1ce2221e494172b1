// The projector between cases: before the first item, after the 確認 block is done (確認→協議), or while
// the console is on nothing the room may see (after the last item the meeting ends: the 'ended' view). The room then reads the meeting's title
// and how far it has come, never the case that happened to be on screen last. Counts only: nothing
// personal is derived here.
import type { AgendaItem } from './types';

export interface GroupProgress {
  /** Items with a recorded decision. */
  done: number;
  total: number;
}

export interface PresentProgress extends GroupProgress {
  quick: GroupProgress;
  deep: GroupProgress;
}

export type PresentMoment = 'before' | 'between' | 'pause';

export interface MomentInput {
  started: boolean;
  /** caseNo on the console (null before the start). */
  current: string | null;
  /** The meeting order (meetingOrder). */
  order: readonly string[];
  items: readonly AgendaItem[];
  /** caseNos with a recorded decision. */
  decided: ReadonlySet<string>;
  /** Time counted per caseNo (LiveState.timer.spentMs): a 協議 item with time on it has begun. */
  spentMs?: Readonly<Record<string, number>>;
}

export function presentProgress(items: readonly AgendaItem[], decided: ReadonlySet<string>): PresentProgress {
  const group = (g: 'quick' | 'deep'): GroupProgress => {
    const inGroup = items.filter((i) => i.group === g);
    return { done: inGroup.filter((i) => decided.has(i.caseNo)).length, total: inGroup.length };
  };
  const quick = group('quick');
  const deep = group('deep');
  return { done: quick.done + deep.done, total: quick.total + deep.total, quick, deep };
}

/**
 * Which non-case moment the projector is in, or null when it shows the current case.
 * - before: the meeting has not started.
 * - between: the console is on a 確認 item, every 確認 item is decided (一括確認 leaves the console on the
 *   first one) and 協議 has not begun (no 協議 item decided or given time). Once it has, going back to a
 *   確認 case shows that case: the facilitator went there to show it.
 * - pause: the console is on no item of the meeting order (保留, removed from the agenda).
 * A decided case the console moves to is shown: a decision ends nothing the room sees but the 確認 block.
 */
export function presentMoment(input: MomentInput): PresentMoment | null {
  const { started, current, order, items, decided } = input;
  if (!started) return 'before';
  const item = items.find((i) => i.caseNo === current);
  if (!item || !order.includes(item.caseNo)) return 'pause';
  const progress = presentProgress(items, decided);
  const deepBegun =
    progress.deep.done > 0 || items.some((i) => i.group === 'deep' && (input.spentMs?.[i.caseNo] ?? 0) > 0);
  if (item.group === 'quick' && progress.quick.done === progress.quick.total && progress.deep.total > 0 && !deepBegun) {
    return 'between';
  }
  return null;
}

/** The headline and the line under it for a moment, in the room's words. */
export function momentText(moment: PresentMoment, p: PresentProgress): { message: string; detail: string } {
  const groups = () =>
    [p.quick.total > 0 ? `確認 ${p.quick.total}件` : '', p.deep.total > 0 ? `協議 ${p.deep.total}件` : '']
      .filter(Boolean)
      .join('・');
  switch (moment) {
    case 'before':
      return { message: '開始をお待ちください', detail: p.total > 0 ? groups() : '議題はありません' };
    case 'between':
      return { message: `確認 ${p.quick.total}件 終了・次は協議`, detail: `協議 ${p.deep.total}件` };
    case 'pause':
      return { message: '次の議題をお待ちください', detail: `${p.done} / ${p.total}件 終了` };
  }
}
