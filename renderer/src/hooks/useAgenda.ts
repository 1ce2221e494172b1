// One meeting's agenda (with its cases) and the triage settings its time budget needs. Every mutation
// returns the whole agenda, so the window takes that answer instead of reloading; the 'agenda.changed'
// event keeps other windows (and the CLI through the backend) in step.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Agenda } from '../../../shared/contract';
import { DEFAULT_TRIAGE_SETTINGS, type TriageSettings } from '../../../shared/meeting/types';
import { useApi } from '../api-context';
import { errorMessage } from '../lib/errors';

export interface AgendaState {
  agenda: Agenda | null;
  settings: TriageSettings;
  error: string | null;
  busy: boolean;
  /** Runs a mutation that answers with the agenda; its error is shown, and the agenda reloaded so the board is true again. */
  run(mutation: () => Promise<Agenda>): Promise<boolean>;
}

export function useAgenda(meetingId: number): AgendaState {
  const api = useApi();
  const [agenda, setAgenda] = useState<Agenda | null>(null);
  const [settings, setSettings] = useState<TriageSettings>(DEFAULT_TRIAGE_SETTINGS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    api.call('agenda.get', { meetingId }).then(
      (result) => mine === generation.current && setAgenda(result),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [api, meetingId]);

  useEffect(() => {
    reload();
    api.call('triage.getSettings', {}).then(setSettings, (e: unknown) => setError(errorMessage(e)));
    return api.on('agenda.changed', (payload) => {
      if (payload.meetingId === meetingId) reload();
    });
  }, [api, meetingId, reload]);

  const run = useCallback(async (mutation: () => Promise<Agenda>) => {
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    try {
      const result = await mutation();
      if (mine === generation.current) setAgenda(result);
      return true;
    } catch (e: unknown) {
      setError(errorMessage(e));
      reload();
      return false;
    } finally {
      setBusy(false);
    }
  }, [reload]);

  return { agenda, settings, error, busy, run };
}
