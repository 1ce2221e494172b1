// Meetings, agencies and 部会 templates: small lists loaded once and reloaded when the backend says they changed.
import type { MeetingReopening } from '../../../shared/meeting/status';
import type { Agency, Meeting, ScopeTemplate } from '../../../shared/meeting/types';
import { useBackendQuery, type BackendQuery } from './useBackendQuery';

export interface ListState<T> {
  items: T[];
  error: string | null;
  reload(): void;
}

const NONE: never[] = [];

function list<R, T>(query: BackendQuery<R>, items: (result: R) => T[]): ListState<T> {
  return { items: query.data ? items(query.data) : NONE, error: query.error, reload: query.reload };
}

export function useMeetings(): ListState<Meeting> {
  return list(useBackendQuery('meetings.list', {}, { refetchOn: ['meetings.changed'] }), (r) => r.meetings);
}

export function useAgencies(): ListState<Agency> {
  return list(useBackendQuery('agencies.list', {}), (r) => r.agencies);
}

export function useScopeTemplates(): ListState<ScopeTemplate> {
  return list(useBackendQuery('scopeTemplates.list', {}), (r) => r.templates);
}

/** The reopenings of one meeting, reloaded whenever that meeting changes. */
export function useReopenings(meetingId: number): ListState<MeetingReopening> {
  const query = useBackendQuery(
    'meetings.reopenings',
    { id: meetingId },
    {
      refetchOn: [{ event: 'meetings.changed', when: (p) => p.meetingId === null || p.meetingId === meetingId }],
    },
  );
  return list(query, (r) => r.reopenings);
}
