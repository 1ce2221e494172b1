// A database saved before the 協議 danger order has no dangerReasons in its triage settings: reading them
// fills in the default, and keeps what was stored.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { SettingsRepo } from '../../db/repos/settings';
import { DEFAULT_TRIAGE_SETTINGS } from '../../shared/meeting/types';
import { PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();

describe('triage settings saved before dangerReasons', () => {
  it('read with the default danger reasons and the stored thresholds', () => {
    const db = openDatabase(join(tempDir(), 't.db'), { passphrase: PASSPHRASE, create: true });
    try {
      migrate(db);
      const { dangerReasons: _, ...older } = { ...DEFAULT_TRIAGE_SETTINGS, absenceDays: 5 };
      db.prepare("INSERT INTO settings (key, value) VALUES ('triage', ?)").run(JSON.stringify(older));
      const repo = new SettingsRepo(db);
      expect(repo.triage()).toEqual({ ...DEFAULT_TRIAGE_SETTINGS, absenceDays: 5 });
      expect(repo.writeTriage({ dangerReasons: ['REPORT_INJURY'] })).toMatchObject({
        absenceDays: 5,
        dangerReasons: ['REPORT_INJURY'],
      });
      expect(repo.triage().dangerReasons).toEqual(['REPORT_INJURY']);
    } finally {
      db.close();
    }
  });
});
