// One meeting's agenda (with its cases) and the triage settings its time budget needs. Every mutation
// returns the whole agenda, so the window takes that answer instead of reloading; the 'agenda.changed'
// event keeps other windows (and the CLI through the backend) in step.
import type { Agenda } from '../../../shared/contract';
import { DEFAULT_TRIAGE_SETTINGS, type TriageSettings } from '../../../shared/meeting/types';
import { useBackendQuery } from './useBackendQuery';
import { useQueryMutation } from './useQueryMutation';

export interface AgendaState {
  agenda: Agenda | null;
  settings: TriageSettings;
  error: string | null;
  busy: boolean;
  /** Runs a mutation that answers with the agenda; its error is shown, and the agenda reloaded so the board is true again. */
  run(mutation: () => Promise<Agenda>): Promise<boolean>;
}

export function useAgenda(meetingId: number): AgendaState {
  const query = useBackendQuery(
    'agenda.get',
    { meetingId },
    {
      refetchOn: [{ event: 'agenda.changed', when: (p) => p.meetingId === meetingId }],
    },
  );
  const triage = useBackendQuery('triage.getSettings', {});
  const { busy, error, run } = useQueryMutation(query);
  return {
    agenda: query.data,
    settings: triage.data ?? DEFAULT_TRIAGE_SETTINGS,
    error: error ?? query.error ?? triage.error,
    busy,
    run,
  };
}
