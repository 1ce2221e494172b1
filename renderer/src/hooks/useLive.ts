// The running meeting as the backend holds it. Every console action is a live.command whose answer
// replaces the snapshot; 'live.changed' brings in what another window (or a reload) changed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveSnapshot } from '../../../shared/contract';
import type { LiveCommand } from '../../../shared/meeting/live';
import { useApi } from '../api-context';
import { errorMessage } from '../lib/errors';

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
  const [live, setLive] = useState<LiveSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    api.call('live.get', { meetingId }).then(
      (result) => mine === generation.current && setLive(result),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [api, meetingId]);

  useEffect(() => {
    reload();
    return api.on('live.changed', (payload) => {
      if (payload.meetingId === meetingId) reload();
    });
  }, [api, meetingId, reload]);

  const run = useCallback(async (call: () => Promise<LiveSnapshot>) => {
    const mine = ++generation.current;
    setError(null);
    try {
      const result = await call();
      if (mine === generation.current) setLive(result);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      reload();
      return false;
    }
  }, [reload]);

  const command = useCallback(
    (cmd: LiveCommand) => run(() => api.call('live.command', { meetingId, command: cmd })),
    [api, meetingId, run],
  );

  return { live, error, command, run, reload };
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
