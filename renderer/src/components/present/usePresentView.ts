// What the projector shows, fetched from the backend and fetched again whenever something it depends on
// changes (the live state, the agenda, a board, the ledger). The projector never talks to the console:
// both follow the backend's events. A locked session shows a neutral screen, never a passphrase prompt.
import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError } from '../../../../shared/contract';
import type { PresentView } from '../../../../shared/meeting/present';
import { useApi } from '../../api-context';

export type PresentState =
  | { kind: 'loading' }
  | { kind: 'locked' }
  | { kind: 'error' }
  | { kind: 'view'; view: PresentView };

export function usePresentView(meetingId: number): PresentState {
  const api = useApi();
  const [state, setState] = useState<PresentState>({ kind: 'loading' });
  // Answers can overtake each other; only the newest request may set the screen.
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    api.call('present.view', { meetingId }).then(
      (view) => mine === generation.current && setState({ kind: 'view', view }),
      (e: unknown) => {
        if (mine !== generation.current) return;
        const locked = e instanceof AppError && (e.code === 'locked' || e.code === 'not_initialized');
        // No message on the projector: whatever went wrong is the console's business, not the room's.
        setState({ kind: locked ? 'locked' : 'error' });
      },
    );
  }, [api, meetingId]);

  useEffect(() => {
    reload();
    const offs = [
      api.on('live.changed', (p) => p.meetingId === meetingId && reload()),
      api.on('agenda.changed', (p) => p.meetingId === meetingId && reload()),
      // The view does not say which case it shows, so any board or ledger change is worth a refetch.
      api.on('board.changed', () => reload()),
      api.on('ledger.changed', () => reload()),
      api.on('session.changed', (p) => {
        if (p.state === 'unlocked') {
          reload();
        } else {
          // Locking hides the case at once, before any answer arrives.
          generation.current += 1;
          setState({ kind: 'locked' });
        }
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [api, meetingId, reload]);

  return state;
}
