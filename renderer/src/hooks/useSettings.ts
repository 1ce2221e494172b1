// Settings live in the backend (the encrypted database), so they follow the data, not the machine.
import { useCallback } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/contract';
import { useApi } from '../api-context';
import { setCouncilTimeZone } from '../lib/today';
import { useBackendAction } from './useBackendAction';
import { useBackendQuery } from './useBackendQuery';

export interface SettingsState {
  settings: Settings;
  update(changes: Partial<Settings>): void;
  error: string | null;
}

export function useSettings(): SettingsState {
  const api = useApi();
  const query = useBackendQuery('settings.get', {});
  const action = useBackendAction();
  const { setData, mutate, reload } = query;
  const { run } = action;

  const update = useCallback(
    (changes: Partial<Settings>) => {
      // Optimistic: the toggle answers at once; the backend's answer (or its error) settles it.
      setData((current) => ({ ...(current ?? DEFAULT_SETTINGS), ...changes }));
      void run(() => mutate(() => api.call('settings.update', changes))).then((outcome) => {
        // Show what is really stored, not the optimistic value that was refused.
        if (!outcome.ok) reload();
      });
    },
    [api, setData, mutate, reload, run],
  );

  const settings = query.data ?? DEFAULT_SETTINGS;
  // Before the children render: their dates and timestamps read the zone while rendering.
  setCouncilTimeZone(settings.timeZone);
  return { settings, update, error: action.error ?? query.error };
}
