import type { Migration } from './types';

export const caseVersionMigration: Migration = {
  version: 7,
  name: 'case-version',
  up(db) {
    db.exec(`
      -- Bumped by every write to a case (hand edit, import, write-back and its undo). An editor sends the version
      -- it loaded; an edit made on an older version is refused instead of overwriting what another program wrote.
      ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    `);
  },
};
