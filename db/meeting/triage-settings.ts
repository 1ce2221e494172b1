// The municipality's triage settings, stored under the settings key 'triage' as one JSON value.
import { DEFAULT_TRIAGE_SETTINGS, triageSettingsSchema, type TriageSettings } from '../../shared/meeting/types';
import type { Db } from '../open';

const KEY = 'triage';

/** Defaults fill whatever is missing, so a rule added in a later version starts switched on. */
export function readTriageSettings(db: Db): TriageSettings {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (raw === undefined) return DEFAULT_TRIAGE_SETTINGS;
  const stored = JSON.parse(raw) as Partial<TriageSettings>;
  const merged = triageSettingsSchema.safeParse({
    ...DEFAULT_TRIAGE_SETTINGS,
    ...stored,
    enabled: { ...DEFAULT_TRIAGE_SETTINGS.enabled, ...stored.enabled },
  });
  return merged.success ? merged.data : DEFAULT_TRIAGE_SETTINGS;
}

export function writeTriageSettings(db: Db, changes: Partial<TriageSettings>): TriageSettings {
  // Read-merge-write in one immediate transaction: another program's change to another rule is kept.
  return db.transaction(() => {
    const current = readTriageSettings(db);
    const next = triageSettingsSchema.parse({ ...current, ...changes, enabled: { ...current.enabled, ...changes.enabled } });
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(KEY, JSON.stringify(next));
    return next;
  }).immediate();
}
