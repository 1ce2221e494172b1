import type { Migration } from './types';

export const writebackActionsMigration: Migration = {
  version: 14,
  name: 'writeback-actions',
  up(db) {
    db.exec(`
      -- What a write-back made or changed outside the ledger's fields (shared/meeting/writeback-actions.ts): a
      -- サポートプラン made or set for review, a 家庭支援事業 record, a case taken off the 合同ケース会議's list.
      -- target_id is the record it made or changed; before is what it replaced (JSON), for the undo.
      CREATE TABLE writeback_actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        application_id INTEGER NOT NULL REFERENCES writeback_applications(id),
        case_no TEXT NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        target_id INTEGER,
        before TEXT
      );
      CREATE INDEX writeback_actions_by_application ON writeback_actions(application_id, id);
    `);
  },
};
