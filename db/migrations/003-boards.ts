import type { Migration } from './types';

export const boardsMigration: Migration = {
  version: 3,
  name: 'boards',
  up(db) {
    db.exec(`
      -- One whiteboard per case, stored whole as the BoardDoc JSON: every edit is a command on the client,
      -- and the autosave writes the result; a row per shape would only make the save slower.
      CREATE TABLE boards (
        case_no TEXT PRIMARY KEY REFERENCES cases(case_no),
        version INTEGER NOT NULL,      -- BOARD_VERSION of doc, so an old board is migrated when read
        doc TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Frozen copies of a case's board, e.g. one per meeting, to look back and compare.
      CREATE TABLE board_snapshots (
        id INTEGER PRIMARY KEY,
        case_no TEXT NOT NULL REFERENCES cases(case_no),
        meeting_id INTEGER REFERENCES meetings(id),
        label TEXT NOT NULL,
        version INTEGER NOT NULL,
        doc TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX board_snapshots_by_case ON board_snapshots(case_no, id);
    `);
  },
};
