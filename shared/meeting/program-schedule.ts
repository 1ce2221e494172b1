// When each 次第 entry starts: the meeting's start time plus everything before it. A case block takes the
// time its cases need (budget.ts itemSeconds); a non-case item its planned minutes.
import { entryKey, isBlock, withBlocks, type CaseBlockName, type ProgramEntry } from './program';

export interface ScheduledEntry {
  key: string;
  entry: ProgramEntry;
  /** Seconds from the meeting's start. */
  offsetSeconds: number;
  seconds: number;
  /** Clock time, HH:MM (past midnight wraps). */
  start: string;
  /** Ends after the planned end of the meeting. */
  late: boolean;
}

export function entrySeconds(entry: ProgramEntry, blockSeconds: Readonly<Record<CaseBlockName, number>>): number {
  return isBlock(entry) ? blockSeconds[entry.block] : entry.minutes * 60;
}

export function scheduleProgram(
  program: readonly ProgramEntry[],
  startTime: string,
  plannedMinutes: number,
  blockSeconds: Readonly<Record<CaseBlockName, number>>,
): ScheduledEntry[] {
  let offset = 0;
  return withBlocks(program).map((entry) => {
    const seconds = entrySeconds(entry, blockSeconds);
    const scheduled: ScheduledEntry = {
      key: entryKey(entry),
      entry,
      offsetSeconds: offset,
      seconds,
      start: clockAt(startTime, offset),
      late: seconds > 0 && offset + seconds > plannedMinutes * 60,
    };
    offset += seconds;
    return scheduled;
  });
}

/** HH:MM `seconds` after `startTime`, rounded down to the minute. */
export function clockAt(startTime: string, seconds: number): string {
  const [h, m] = startTime.split(':').map(Number);
  const total = (((h! * 60 + m! + Math.floor(seconds / 60)) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
