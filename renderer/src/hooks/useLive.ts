// The running meeting as the backend holds it. Every console action is a live.command whose answer
// replaces the snapshot; 'live.changed' brings in what another window (or a reload) changed.
import { useCallback, useEffect, useState } from 'react';
import type { LiveSnapshot } from '../../../shared/contract';
import type { LiveCommand } from '../../../shared/meeting/live';
import { useApi } from '../api-context';
import { useBackendQuery } from './useBackendQuery';
import { useQueryMutation } from './useQueryMutation';

export interface LiveHandle {
  live: LiveSnapshot | null;
  error: string | null;
  /** Sends one console action; false when the backend refused it (the error is shown). */
  command(command: LiveCommand): Promise<boolean>;
  /** Runs another call that answers with the snapshot (confirm, remove). */
  run(call: () => Promise<LiveSnapshot>): Promise<boolean>;
  reload(): void;
}

export function useLive(meetingId: number): LiveHandle {
  const api = useApi();
  const query = useBackendQuery(
    'live.get',
    { meetingId },
    {
      refetchOn: [{ event: 'live.changed', when: (p) => p.meetingId === meetingId }],
    },
  );
  const { error, run } = useQueryMutation(query);

  const command = useCallback(
    (cmd: LiveCommand) => run(() => api.call('live.command', { meetingId, command: cmd })),
    [api, meetingId, run],
  );

  return { live: query.data, error: error ?? query.error, command, run, reload: query.reload };
}

/** The current time, re-read every `ms`: what the timers on screen are computed from. */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
