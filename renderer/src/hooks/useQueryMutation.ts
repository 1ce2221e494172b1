// Calls that answer with a query's whole data (the agenda, the live snapshot): the answer replaces the
// data at once, as the newest request; a refusal shows its message and reloads, so the screen shows what
// the backend really holds rather than the change it refused.
import { useCallback } from 'react';
import { useBackendAction } from './useBackendAction';
import type { BackendQuery } from './useBackendQuery';

export interface QueryMutation<T> {
  busy: boolean;
  error: string | null;
  /** False when the backend refused the call (its error is shown and the data reloaded). */
  run(call: () => Promise<T>): Promise<boolean>;
}

export function useQueryMutation<T>({ mutate, reload }: Pick<BackendQuery<T>, 'mutate' | 'reload'>): QueryMutation<T> {
  const { busy, error, run: runAction } = useBackendAction();
  const run = useCallback(
    async (call: () => Promise<T>) => {
      const outcome = await runAction(() => mutate(call));
      if (!outcome.ok) reload();
      return outcome.ok;
    },
    [runAction, mutate, reload],
  );
  return { busy, error, run };
}
