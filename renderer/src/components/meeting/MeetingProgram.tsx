// The agenda screen's 次第: start times from the meeting and the budget, and each change sent as agenda.*
// through the screen's own `run` (its error banner, the agenda it answers with).
import { useMemo } from 'react';
import type { Agenda } from '../../../../shared/contract';
import type { Budget } from '../../../../shared/meeting/budget';
import type { ProgramEntry, ProgramItemFields } from '../../../../shared/meeting/program';
import { scheduleProgram } from '../../../../shared/meeting/program-schedule';
import type { AgendaItem, Meeting } from '../../../../shared/meeting/types';
import { useApi } from '../../api-context';
import { ProgramList } from './ProgramList';

interface Props {
  meeting: Meeting;
  program: readonly ProgramEntry[];
  items: readonly AgendaItem[];
  budget: Budget;
  agencyNames: readonly string[];
  busy: boolean;
  run(mutation: () => Promise<Agenda>): Promise<boolean>;
}

export function MeetingProgram({ meeting, program, items, budget, agencyNames, busy, run }: Props) {
  const api = useApi();
  const meetingId = meeting.id;
  const schedule = useMemo(
    () =>
      scheduleProgram(program, meeting.startTime, meeting.plannedMinutes, {
        quick: budget.quickSeconds,
        deep: budget.deepSeconds,
      }),
    [program, meeting.startTime, meeting.plannedMinutes, budget],
  );
  return (
    <ProgramList
      schedule={schedule}
      totalSeconds={budget.allocatedSeconds}
      plannedMinutes={meeting.plannedMinutes}
      caseCounts={{
        quick: items.filter((i) => i.group === 'quick').length,
        deep: items.filter((i) => i.group === 'deep').length,
      }}
      agencyNames={agencyNames}
      busy={busy}
      onAdd={(item: ProgramItemFields) => run(() => api.call('agenda.addEntry', { meetingId, item }))}
      onUpdate={(id, changes) => run(() => api.call('agenda.updateEntry', { meetingId, id, changes }))}
      onRemove={(id) => run(() => api.call('agenda.removeEntry', { meetingId, id }))}
      onMove={(key, index) => run(() => api.call('agenda.moveEntry', { meetingId, key, index }))}
    />
  );
}
