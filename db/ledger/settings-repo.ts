import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/contract';
import type { Db } from '../open';


/** Settings are stored one key per row as JSON, so adding a setting needs no migration. */
export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const { key, value } of rows) stored[key] = JSON.parse(value);
  const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return merged.success ? merged.data : DEFAULT_SETTINGS;
}

export function writeSettings(db: Db, changes: Partial<Settings>): Settings {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  // Only the keys given are written (one row each), in one immediate transaction with the read that follows.
  return db.transaction(() => {
    for (const [key, value] of Object.entries(changes)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
    return readSettings(db);
  }).immediate();
}
