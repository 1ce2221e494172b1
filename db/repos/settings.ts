// The settings table: one key per row as JSON, so adding a setting needs no migration. The app's settings
// and the municipality's triage settings (under the key 'triage', one JSON value) both live here.
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/contract';
import { DEFAULT_TRIAGE_SETTINGS, triageSettingsSchema, type TriageSettings } from '../../shared/meeting/types';
import type { Db } from '../open';

const TRIAGE_KEY = 'triage';

export class SettingsRepo {
  constructor(private readonly db: Db) {}

  read(): Settings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const stored: Record<string, unknown> = {};
    for (const { key, value } of rows) stored[key] = JSON.parse(value);
    const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
    return merged.success ? merged.data : DEFAULT_SETTINGS;
  }

  /** Only the keys given are written (one row each); call in an immediate transaction with the read that follows. */
  write(changes: Partial<Settings>): Settings {
    for (const [key, value] of Object.entries(changes)) if (value !== undefined) this.upsert(key, value);
    return this.read();
  }

  /** Defaults fill whatever is missing, so a rule added in a later version starts switched on. */
  triage(): TriageSettings {
    const raw = this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(TRIAGE_KEY) as
      string | undefined;
    if (raw === undefined) return DEFAULT_TRIAGE_SETTINGS;
    const stored = JSON.parse(raw) as Partial<TriageSettings>;
    const merged = triageSettingsSchema.safeParse({
      ...DEFAULT_TRIAGE_SETTINGS,
      ...stored,
      enabled: { ...DEFAULT_TRIAGE_SETTINGS.enabled, ...stored.enabled },
    });
    return merged.success ? merged.data : DEFAULT_TRIAGE_SETTINGS;
  }

  /** Read-merge-write; call in an immediate transaction so another program's change to another rule is kept. */
  writeTriage(changes: Partial<TriageSettings>): TriageSettings {
    const current = this.triage();
    const next = triageSettingsSchema.parse({
      ...current,
      ...changes,
      enabled: { ...current.enabled, ...changes.enabled },
    });
    this.upsert(TRIAGE_KEY, next);
    return next;
  }

  private upsert(key: string, value: unknown): void {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value));
  }
}
