// The 協議 decision as the facilitator types it: every change is saved as a draft shortly after typing
// stops, and at once when the item changes, the window hides, or the app locks, so a closed window or a
// crash loses at most the last half second. Nothing is kept in the browser's storage: case data stays in
// the encrypted database only.
import { useCallback, useRef, useState } from 'react';
import type { Decision, DecisionInput, DecisionState } from '../../../../shared/meeting/decision';
import { useApi } from '../../api-context';
import { errorMessage } from '../../lib/errors';
import { useFlushOnLeave } from './useFlushOnLeave';

const SAVE_AFTER_MS = 500;

export type SaveStatus =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

export interface DecisionDraft {
  value: DecisionInput;
  status: SaveStatus;
  change(next: DecisionInput): void;
  /** Saves now with the given state ('recorded' settles it); false when refused (the message is in status). */
  save(state: DecisionState): Promise<boolean>;
}

export function useDecisionDraft(
  meetingId: number,
  caseNo: string,
  initial: DecisionInput,
  stored: Decision | null,
): DecisionDraft {
  const api = useApi();
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>(stored ? { kind: 'saved', at: stored.updatedAt } : { kind: 'idle' });
  const latest = useRef(value);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A recorded decision edited afterwards stays recorded: the draft state is only for one never settled.
  const state = useRef<DecisionState>(stored?.state ?? 'draft');

  const save = useCallback(
    async (as: DecisionState) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      dirty.current = false;
      try {
        const saved = await api.call('decisions.save', { meetingId, caseNo, decision: latest.current, state: as });
        state.current = saved.state;
        setStatus({ kind: 'saved', at: saved.updatedAt });
        return true;
      } catch (e) {
        dirty.current = as === 'draft';
        setStatus({ kind: 'error', message: errorMessage(e) });
        return false;
      }
    },
    [api, meetingId, caseNo],
  );

  const flush = useCallback(async () => {
    if (dirty.current) await save(state.current);
  }, [save]);

  useFlushOnLeave(flush);

  const change = useCallback(
    (next: DecisionInput) => {
      latest.current = next;
      dirty.current = true;
      setValue(next);
      setStatus({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  return { value, status, change, save };
}
