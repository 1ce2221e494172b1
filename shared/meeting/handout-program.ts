// The 次第 on the handout's first page: one row per entry with its start time, so members know when their
// item comes. Case blocks show their count only (the cases follow in their own tables); a presenter's text is
// scrubbed like every other free text when the handout is masked.
import { computeBudget } from './budget';
import { BLOCK_LABELS, isBlock, type ProgramEntry } from './program';
import { scheduleProgram } from './program-schedule';
import type { AgendaItem, MeetingInput, TriageSettings } from './types';

export const PROGRAM_COLUMNS = ['時刻', '種類', '項目', '発表者', '予定'] as const;

export function handoutProgramRows(
  program: readonly ProgramEntry[],
  meeting: Pick<MeetingInput, 'startTime' | 'plannedMinutes'>,
  agenda: readonly AgendaItem[],
  timing: Pick<TriageSettings, 'quickSeconds' | 'deepMinutes'>,
  scrub: (text: string) => string,
): string[][] {
  const budget = computeBudget(agenda, meeting.plannedMinutes, timing, program);
  const schedule = scheduleProgram(program, meeting.startTime, meeting.plannedMinutes, {
    quick: budget.quickSeconds,
    deep: budget.deepSeconds,
  });
  return schedule.map(({ entry, start, seconds }) => {
    const minutes = `${Math.round(seconds / 60)}分`;
    if (!isBlock(entry))
      return [start, entry.kind, scrub(entry.title), entry.presenter ? scrub(entry.presenter) : '', minutes];
    const count = agenda.filter((i) => i.group === entry.block).length;
    return [start, 'ケース', `${BLOCK_LABELS[entry.block]}（${count}件）`, '', minutes];
  });
}
