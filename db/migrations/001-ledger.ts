import type { Migration } from './types';

export const ledgerMigration: Migration = {
  version: 1,
  name: 'ledger',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        case_no TEXT NOT NULL UNIQUE,
        data TEXT NOT NULL,            -- the LedgerCase as JSON
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- History outlives nothing: there is no case deletion, so the foreign key only guards typos.
      CREATE TABLE case_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_no TEXT NOT NULL REFERENCES cases(case_no),
        at TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('import', 'edit', 'meeting')),
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        detail TEXT
      );
      CREATE INDEX case_history_by_case ON case_history(case_no, id);
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE import_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        imported INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        unchanged INTEGER NOT NULL,
        rejected INTEGER NOT NULL,
        warnings INTEGER NOT NULL
      );
    `);
  },
};
