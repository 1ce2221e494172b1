// The meeting's time budget: 確認 cases first (a fixed number of seconds each), then 協議 in board order
// (each its own minutes, or the default). 保留 takes no time.
import type { AgendaItem, Group, TriageSettings } from './types';

export interface Budget {
  availableSeconds: number;
  /** Time the 確認 and 協議 cases need together (all of them, also those past the cutoff). */
  allocatedSeconds: number;
  quickSeconds: number;
  deepSeconds: number;
  /** The first case that does not fit (its group and its index in that group); null when all fit. */
  cutoff: { group: Exclude<Group, 'hold'>; index: number } | null;
  /** caseNos from the cutoff on, in meeting order: offered for 保留. */
  overflow: string[];
}

/** Seconds one item takes in the meeting. */
export function itemSeconds(item: AgendaItem, settings: Pick<TriageSettings, 'quickSeconds' | 'deepMinutes'>): number {
  if (item.group === 'quick') return settings.quickSeconds;
  if (item.group === 'deep') return (item.deepMinutes ?? settings.deepMinutes) * 60;
  return 0;
}

/**
 * Allocated vs available time and where the line falls. The meeting goes in order, so once a case runs
 * past the planned end, every later case is past it too, even a short one that would fit in the gap.
 */
export function computeBudget(
  items: readonly AgendaItem[],
  plannedMinutes: number,
  settings: Pick<TriageSettings, 'quickSeconds' | 'deepMinutes'>,
): Budget {
  const availableSeconds = plannedMinutes * 60;
  const inOrder = (group: 'quick' | 'deep') => items.filter((i) => i.group === group).sort((a, b) => a.order - b.order);
  let quickSeconds = 0;
  let deepSeconds = 0;
  let cutoff: Budget['cutoff'] = null;
  const overflow: string[] = [];
  for (const group of ['quick', 'deep'] as const) {
    inOrder(group).forEach((item, index) => {
      const seconds = itemSeconds(item, settings);
      if (group === 'quick') quickSeconds += seconds;
      else deepSeconds += seconds;
      if (cutoff === null && quickSeconds + deepSeconds > availableSeconds) cutoff = { group, index };
      if (cutoff !== null) overflow.push(item.caseNo);
    });
  }
  return {
    availableSeconds,
    allocatedSeconds: quickSeconds + deepSeconds,
    quickSeconds,
    deepSeconds,
    cutoff,
    overflow,
  };
}
