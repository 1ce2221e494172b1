// The meeting's time budget, in 次第 order (program.ts): non-case items take their planned minutes, the
// 確認 block a fixed number of seconds per case, the 協議 block each case's minutes (or the default).
// 保留 takes no time. Without a program the cases run 確認 then 協議, as before programs existed.
import { CASES_ONLY_PROGRAM, isBlock, withBlocks, type ProgramEntry } from './program';
import type { AgendaItem, Group, TriageSettings } from './types';

export interface Budget {
  availableSeconds: number;
  /** Time the whole 次第 needs: the cases (also those past the cutoff) and the non-case items. */
  allocatedSeconds: number;
  quickSeconds: number;
  deepSeconds: number;
  /** Non-case items (開会, 報告, 研修 …) together. */
  programSeconds: number;
  /** The first case that does not fit (its group and its index in that group); null when all fit. */
  cutoff: { group: Exclude<Group, 'hold'>; index: number } | null;
  /** caseNos from the cutoff on, in meeting order: offered for 保留. */
  overflow: string[];
  /** Ids of the non-case items that end after the planned end. */
  lateItems: string[];
}

/** Seconds one item takes in the meeting. */
export function itemSeconds(item: AgendaItem, settings: Pick<TriageSettings, 'quickSeconds' | 'deepMinutes'>): number {
  if (item.group === 'quick') return settings.quickSeconds;
  if (item.group === 'deep') return (item.deepMinutes ?? settings.deepMinutes) * 60;
  return 0;
}

/**
 * Allocated vs available time and where the line falls. The meeting goes in order, so once an entry runs
 * past the planned end, every later one is past it too, even a short one that would fit in the gap.
 */
export function computeBudget(
  items: readonly AgendaItem[],
  plannedMinutes: number,
  settings: Pick<TriageSettings, 'quickSeconds' | 'deepMinutes'>,
  program: readonly ProgramEntry[] = CASES_ONLY_PROGRAM,
): Budget {
  const availableSeconds = plannedMinutes * 60;
  const inOrder = (group: 'quick' | 'deep') => items.filter((i) => i.group === group).sort((a, b) => a.order - b.order);
  let total = 0;
  let quickSeconds = 0;
  let deepSeconds = 0;
  let programSeconds = 0;
  let past = false;
  let cutoff: Budget['cutoff'] = null;
  const overflow: string[] = [];
  const lateItems: string[] = [];
  for (const entry of withBlocks(program)) {
    if (!isBlock(entry)) {
      const seconds = entry.minutes * 60;
      programSeconds += seconds;
      total += seconds;
      if (total > availableSeconds) past = true;
      if (past && seconds > 0) lateItems.push(entry.id);
      continue;
    }
    const group = entry.block;
    inOrder(group).forEach((item, index) => {
      const seconds = itemSeconds(item, settings);
      if (group === 'quick') quickSeconds += seconds;
      else deepSeconds += seconds;
      total += seconds;
      if (total > availableSeconds) past = true;
      if (past) {
        cutoff ??= { group, index };
        overflow.push(item.caseNo);
      }
    });
  }
  return {
    availableSeconds,
    allocatedSeconds: total,
    quickSeconds,
    deepSeconds,
    programSeconds,
    cutoff,
    overflow,
    lateItems,
  };
}
