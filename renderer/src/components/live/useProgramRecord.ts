// The 記録 of a non-case 次第 item as the facilitator types it: saved (agenda.updateEntry with `record`) shortly
// after typing stops, and at once when the item changes (unmount), the window hides or the app locks — like
// the 協議 draft (useDecisionDraft), so 次へ / 前へ never lose what was typed. Only the database keeps it.
import { useCallback, useRef, useState } from 'react';
import { useApi } from '../../api-context';
import { errorMessage } from '../../lib/errors';
import { useFlushOnLeave } from './useFlushOnLeave';
import type { SaveStatus } from './useDecisionDraft';

const SAVE_AFTER_MS = 500;

export interface ProgramRecord {
  value: string;
  status: SaveStatus;
  change(next: string): void;
  flush(): Promise<void>;
}

export function useProgramRecord(meetingId: number, id: string, initial: string | null): ProgramRecord {
  const api = useApi();
  const [value, setValue] = useState(initial ?? '');
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef(value);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    const record = latest.current.trim() === '' ? null : latest.current;
    try {
      await api.call('agenda.updateEntry', { meetingId, id, changes: { record } });
      setStatus({ kind: 'saved', at: new Date().toISOString() });
    } catch (e) {
      dirty.current = true;
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  }, [api, meetingId, id]);

  useFlushOnLeave(flush);

  const change = useCallback(
    (next: string) => {
      latest.current = next;
      dirty.current = true;
      setValue(next);
      setStatus({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  return { value, status, change, flush };
}
