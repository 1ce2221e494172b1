// The version being written (作成中 / 見直し中), saved like the console's record: shortly after typing stops, and
// at once when the editor goes away (another view, another plan), the window hides or reloads, or the app locks
// (useFlushOnLeave). Only the database keeps it; the screen's copy is never replaced by a save's answer, so
// typing during a save is not undone.
import { useCallback, useRef, useState } from 'react';
import type { PlanDetail } from '../../../../shared/contract';
import { savableContent } from '../../../../shared/plan/plan-form';
import type { PlanContent } from '../../../../shared/plan/support-plan';
import { useApi } from '../../api-context';
import { errorMessage } from '../../lib/errors';
import { useFlushOnLeave } from '../live/useFlushOnLeave';

const SAVE_AFTER_MS = 600;

export type DraftStatus =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved' } | { kind: 'error'; message: string };

export interface PlanDraft {
  content: PlanContent;
  status: DraftStatus;
  change(update: (current: PlanContent) => PlanContent): void;
  flush(): Promise<void>;
}

export function usePlanDraft(planId: number, initial: PlanContent, onSaved: (detail: PlanDetail) => void): PlanDraft {
  const api = useApi();
  const [content, setContent] = useState(initial);
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const latest = useRef(initial);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saved = useRef(onSaved);
  saved.current = onSaved;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    try {
      const detail = await api.call('plans.saveContent', { id: planId, content: savableContent(latest.current) });
      saved.current(detail);
      if (!dirty.current) setStatus({ kind: 'saved' });
    } catch (e) {
      dirty.current = true;
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  }, [api, planId]);

  useFlushOnLeave(flush);

  const change = useCallback(
    (update: (current: PlanContent) => PlanContent) => {
      latest.current = update(latest.current);
      dirty.current = true;
      setContent(latest.current);
      setStatus({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  return { content, status, change, flush };
}
