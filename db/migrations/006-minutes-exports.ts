import type { Migration } from './types';

export const minutesExportsMigration: Migration = {
  version: 6,
  name: 'minutes-exports',
  up(db) {
    db.exec(`
      -- What minutes left the app, when, in which form and by whom: the secretariat must be able to say which
      -- copies of a paper naming children went out, and whether names were in them.
      CREATE TABLE minutes_exports (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id),
        format TEXT NOT NULL CHECK (format IN ('docx', 'xlsx', 'pdf')),
        masked INTEGER NOT NULL CHECK (masked IN (0, 1)),
        draft INTEGER NOT NULL CHECK (draft IN (0, 1)),   -- made before the meeting ended (議事録（案）)
        file_name TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        exported_at TEXT NOT NULL
      );
      CREATE INDEX minutes_exports_by_meeting ON minutes_exports(meeting_id, id);
    `);
  },
};
