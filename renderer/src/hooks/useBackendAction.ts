// One place for what every button that calls the backend does: busy while the call runs, the previous error
// cleared when it starts, the backend's Japanese message (or the generic one, lib/errors) shown when it fails.
// The outcome is returned rather than thrown, so a caller can still branch on the error's code (conflict, busy).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import { useApi } from '../api-context';
import { errorMessage } from '../lib/errors';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface BackendAction {
  /** True while any call started by run is in flight. */
  busy: boolean;
  /** The last failure's message, for the user. */
  error: string | null;
  run<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Outcome<MethodResult<M>>>;
  run<T>(call: () => Promise<T>): Promise<Outcome<T>>;
  /** For a check the form makes itself before calling (「部数は1〜100で…」): shown in the same place. */
  setError(message: string | null): void;
  clearError(): void;
}

export function useBackendAction(): BackendAction {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Calls can overlap (two quick drags on the agenda): busy ends with the last one, not the first.
  const pending = useRef(0);
  // An answer after the component went away changes nothing (a closed dialog, a left screen).
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (what: MethodName | (() => Promise<unknown>), input?: unknown): Promise<Outcome<unknown>> => {
      const call = typeof what === 'function' ? what : () => api.call(what, input as never);
      pending.current += 1;
      setBusy(true);
      setError(null);
      try {
        return { ok: true, value: await call() };
      } catch (e: unknown) {
        if (mounted.current) setError(errorMessage(e));
        return { ok: false, error: e };
      } finally {
        pending.current -= 1;
        if (mounted.current && pending.current === 0) setBusy(false);
      }
    },
    [api],
  ) as BackendAction['run'];

  const clearError = useCallback(() => setError(null), []);
  return useMemo(() => ({ busy, error, run, setError, clearError }), [busy, error, run, clearError]);
}
