// Settings live in the backend (the encrypted database), so they follow the data, not the machine.
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/contract';
import { useApi } from '../api-context';
import { errorMessage } from '../lib/errors';
import { setCouncilTimeZone } from '../lib/today';

export interface SettingsState {
  settings: Settings;
  update(changes: Partial<Settings>): void;
  error: string | null;
}

export function useSettings(): SettingsState {
  const api = useApi();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.call('settings.get', {}).then(
      (value) => live && setSettings(value),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const update = useCallback(
    (changes: Partial<Settings>) => {
      setError(null);
      // Optimistic: the toggle answers at once; the backend's answer (or its error) settles it.
      setSettings((current) => ({ ...current, ...changes }));
      api.call('settings.update', changes).then(setSettings, (e: unknown) => {
        setError(errorMessage(e));
        // Show what is really stored, not the optimistic value that was refused.
        api.call('settings.get', {}).then(setSettings, () => undefined);
      });
    },
    [api],
  );

  // Before the children render: their dates and timestamps read the zone while rendering.
  setCouncilTimeZone(settings.timeZone);
  return { settings, update, error };
}
