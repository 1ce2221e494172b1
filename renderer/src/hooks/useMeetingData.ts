// Meetings, agencies and 部会 templates: small lists loaded once and reloaded when the backend says they changed.
import { useCallback, useEffect, useState } from 'react';
import type { MeetingReopening } from '../../../shared/meeting/status';
import type { Agency, Meeting, ScopeTemplate } from '../../../shared/meeting/types';
import { useApi } from '../api-context';
import { errorMessage } from '../lib/errors';

export interface ListState<T> {
  items: T[];
  error: string | null;
  reload(): void;
}

function useList<T>(load: () => Promise<T[]>, subscribe: ((reload: () => void) => () => void) | null): ListState<T> {
  const [items, setItems] = useState<T[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    load().then(
      (list) => {
        setItems(list);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [load]);
  useEffect(() => {
    reload();
    return subscribe ? subscribe(reload) : undefined;
  }, [reload, subscribe]);
  return { items, error, reload };
}

export function useMeetings(): ListState<Meeting> {
  const api = useApi();
  const load = useCallback(() => api.call('meetings.list', {}).then((r) => r.meetings), [api]);
  const subscribe = useCallback((reload: () => void) => api.on('meetings.changed', reload), [api]);
  return useList(load, subscribe);
}

export function useAgencies(): ListState<Agency> {
  const api = useApi();
  const load = useCallback(() => api.call('agencies.list', {}).then((r) => r.agencies), [api]);
  return useList(load, null);
}

export function useScopeTemplates(): ListState<ScopeTemplate> {
  const api = useApi();
  const load = useCallback(() => api.call('scopeTemplates.list', {}).then((r) => r.templates), [api]);
  return useList(load, null);
}

/** The reopenings of one meeting, reloaded whenever that meeting changes. */
export function useReopenings(meetingId: number): ListState<MeetingReopening> {
  const api = useApi();
  const load = useCallback(() => api.call('meetings.reopenings', { id: meetingId }).then((r) => r.reopenings), [api, meetingId]);
  const subscribe = useCallback(
    (reload: () => void) => api.on('meetings.changed', (p) => (p.meetingId === null || p.meetingId === meetingId) && reload()),
    [api, meetingId],
  );
  return useList(load, subscribe);
}
