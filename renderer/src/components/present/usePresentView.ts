// What the projector shows, fetched from the backend and fetched again whenever something it depends on
// changes (the live state, the agenda, a board, the ledger). The projector never talks to the console:
// both follow the backend's events. A locked session shows a neutral screen, never a passphrase prompt.
import { useEffect } from 'react';
import { AppError } from '../../../../shared/contract';
import type { PresentView } from '../../../../shared/meeting/present';
import { useApi } from '../../api-context';
import { useBackendQuery } from '../../hooks/useBackendQuery';

export type PresentState =
  { kind: 'loading' } | { kind: 'locked' } | { kind: 'error' } | { kind: 'view'; view: PresentView };

export function usePresentView(meetingId: number): PresentState {
  const api = useApi();
  const query = useBackendQuery(
    'present.view',
    { meetingId },
    {
      refetchOn: [
        { event: 'live.changed', when: (p) => p.meetingId === meetingId },
        { event: 'agenda.changed', when: (p) => p.meetingId === meetingId },
        // The view does not say which case it shows, so any board or ledger change is worth a refetch.
        'board.changed',
        'ledger.changed',
        { event: 'session.changed', when: (p) => p.state === 'unlocked' },
      ],
    },
  );
  const { fail } = query;

  // Locking hides the case at once, before any answer arrives; the screen stays locked until an answer after
  // unlocking replaces it.
  useEffect(
    () =>
      api.on('session.changed', (p) => {
        if (p.state !== 'unlocked') fail(new AppError('locked', ''));
      }),
    [api, fail],
  );

  if (query.failure !== null) {
    const e = query.failure;
    const locked = e instanceof AppError && (e.code === 'locked' || e.code === 'not_initialized');
    // No message on the projector: whatever went wrong is the console's business, not the room's.
    return { kind: locked ? 'locked' : 'error' };
  }
  return query.data ? { kind: 'view', view: query.data } : { kind: 'loading' };
}
