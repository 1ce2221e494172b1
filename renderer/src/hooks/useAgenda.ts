// One meeting's agenda (with its cases) and the triage settings its time budget needs. Every mutation
// returns the whole agenda, so the window takes that answer instead of reloading; the 'agenda.changed'
// event keeps other windows (and the CLI through the backend) in step.
import { useCallback } from 'react';
import type { Agenda } from '../../../shared/contract';
import { DEFAULT_TRIAGE_SETTINGS, type TriageSettings } from '../../../shared/meeting/types';
import { useBackendAction } from './useBackendAction';
import { useBackendQuery } from './useBackendQuery';

export interface AgendaState {
  agenda: Agenda | null;
  settings: TriageSettings;
  error: string | null;
  busy: boolean;
  /** Runs a mutation that answers with the agenda; its error is shown, and the agenda reloaded so the board is true again. */
  run(mutation: () => Promise<Agenda>): Promise<boolean>;
}

export function useAgenda(meetingId: number): AgendaState {
  const query = useBackendQuery('agenda.get', { meetingId }, {
    refetchOn: [{ event: 'agenda.changed', when: (p) => p.meetingId === meetingId }],
  });
  const triage = useBackendQuery('triage.getSettings', {});
  const action = useBackendAction();
  const { mutate, reload } = query;
  const { run: runAction } = action;

  const run = useCallback(async (mutation: () => Promise<Agenda>) => {
    const outcome = await runAction(() => mutate(mutation));
    if (!outcome.ok) reload();
    return outcome.ok;
  }, [runAction, mutate, reload]);

  return {
    agenda: query.data,
    settings: triage.data ?? DEFAULT_TRIAGE_SETTINGS,
    error: action.error ?? query.error ?? triage.error,
    busy: action.busy,
    run,
  };
}
