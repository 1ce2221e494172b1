// One contract method's answer, kept current: loaded on mount and whenever the input changes (compared by
// value, so callers pass object literals), loaded again on the events listed in refetchOn, and never
// overwritten by an answer that arrives after a newer request or after unmount (lib/request-gate.ts).
// While it reloads, the previous data (and error) stay on screen, so lists do not flash empty.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EventName, EventPayload, MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import { useApi } from '../api-context';
import { errorMessage } from '../lib/errors';
import { createRequestGate, inputKey } from '../lib/request-gate';

/** An event that makes the answer stale; `when` narrows it (e.g. the same meetingId). */
export type RefetchOn =
  EventName | { [E in EventName]: { event: E; when?(payload: EventPayload<E>): boolean } }[EventName];

export interface QueryOptions {
  refetchOn?: readonly RefetchOn[];
  /** False: no call is made (nothing chosen yet); the last data stays. */
  enabled?: boolean;
}

export interface BackendQuery<T> {
  data: T | null;
  /** The last failure's message for the user; cleared by the next answer. */
  error: string | null;
  /** The last failure itself, for callers that branch on its code (locked, not_found). */
  failure: unknown;
  loading: boolean;
  reload(): void;
  /** Replaces the data with what the window already has (a mutation's answer), without a call. */
  setData(next: T | null | ((current: T | null) => T | null)): void;
  /** Runs a call that answers with fresh data (a mutation): it counts as the newest request. Errors are thrown. */
  mutate(call: () => Promise<T>): Promise<T>;
  /** A check for a partial update: true until a newer request starts. */
  since(): () => boolean;
  /** Shows a failure at once and drops every answer in flight (a lock hides data before any call returns). */
  fail(failure: unknown): void;
}

interface State<T> {
  data: T | null;
  failure: unknown;
  loading: boolean;
}

export function useBackendQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: QueryOptions = {},
): BackendQuery<MethodResult<M>> {
  type T = MethodResult<M>;
  const api = useApi();
  const enabled = options.enabled ?? true;
  const key = inputKey(input);
  const [state, setState] = useState<State<T>>({ data: null, failure: null, loading: enabled });
  const [gate] = useState(createRequestGate);

  const reload = useCallback(() => {
    if (!enabled) {
      // Switched off mid-load (the effect's cleanup dropped that answer): not loading any more.
      setState((s) => (s.loading ? { ...s, loading: false } : s));
      return;
    }
    const counts = gate.begin();
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    api.call(method, JSON.parse(key) as MethodInput<M>).then(
      (data) => counts() && setState({ data, failure: null, loading: false }),
      (failure: unknown) =>
        counts() && setState((s) => ({ ...s, failure: failure ?? new Error('failed'), loading: false })),
    );
  }, [api, method, key, enabled, gate]);

  useEffect(() => {
    reload();
    return () => gate.invalidate();
  }, [reload, gate]);

  // The rules may hold closures over the caller's props (the meetingId in `when`): read the newest on each
  // event, but subscribe again only when the set of events changes.
  const rules = useRef(options.refetchOn ?? []);
  const latestReload = useRef(reload);
  useEffect(() => {
    rules.current = options.refetchOn ?? [];
    latestReload.current = reload;
  });
  const eventsKey = [...new Set((options.refetchOn ?? []).map((r) => (typeof r === 'string' ? r : r.event)))].join(' ');
  useEffect(() => {
    if (!eventsKey) return;
    const offs = (eventsKey.split(' ') as EventName[]).map((name) =>
      api.on(name, (payload) => {
        const wanted = rules.current.some((r) =>
          typeof r === 'string'
            ? r === name
            : r.event === name && (!r.when || (r.when as (p: unknown) => boolean)(payload)),
        );
        if (wanted) latestReload.current();
      }),
    );
    return () => offs.forEach((off) => off());
  }, [api, eventsKey]);

  const setData = useCallback((next: T | null | ((current: T | null) => T | null)) => {
    setState((s) => ({ ...s, data: typeof next === 'function' ? (next as (c: T | null) => T | null)(s.data) : next }));
  }, []);

  const mutate = useCallback(
    async (call: () => Promise<T>) => {
      const counts = gate.begin();
      const data = await call();
      if (counts()) setState({ data, failure: null, loading: false });
      return data;
    },
    [gate],
  );

  const since = useCallback(() => gate.current(), [gate]);
  const fail = useCallback(
    (failure: unknown) => {
      gate.invalidate();
      setState((s) => ({ ...s, failure, loading: false }));
    },
    [gate],
  );

  const error = state.failure === null ? null : errorMessage(state.failure);
  return useMemo(
    () => ({
      data: state.data,
      error,
      failure: state.failure,
      loading: state.loading,
      reload,
      setData,
      mutate,
      since,
      fail,
    }),
    [state, error, reload, setData, mutate, since, fail],
  );
}
