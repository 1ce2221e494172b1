import type { Migration } from './types';

export const writebackMigration: Migration = {
  version: 5,
  name: 'writeback',
  up(db) {
    db.exec(`
      -- One row per write-back of a meeting's decisions into the ledger; undone_at is set by its undo.
      CREATE TABLE writeback_applications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id),
        applied_at TEXT NOT NULL,
        by TEXT NOT NULL,
        backup_path TEXT NOT NULL,
        -- JSON array of the case numbers it covered, also those whose conflicts all kept the ledger's
        -- value: such a case counts as applied, so applying again changes nothing.
        case_nos TEXT NOT NULL,
        undone_at TEXT
      );
      CREATE INDEX writeback_applications_by_meeting ON writeback_applications(meeting_id);
      -- Exactly what an application changed, so its undo reverts that and nothing else.
      CREATE TABLE writeback_changes (
        application_id INTEGER NOT NULL REFERENCES writeback_applications(id),
        case_no TEXT NOT NULL REFERENCES cases(case_no),
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        PRIMARY KEY (application_id, case_no, field)
      );
    `);
  },
};
