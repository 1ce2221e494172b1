import type { Migration } from './types';

export const auditLogMigration: Migration = {
  version: 9,
  name: 'audit-log',
  up(db) {
    db.exec(`
      -- 操作ログ: who did what and when — every change, export, print, lock and unlock (failed unlocks too).
      -- The summary never holds a name or a passphrase: 登録番号 and meeting ids identify what was touched.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,            -- ISO time of the first occurrence
        last_at TEXT NOT NULL,       -- autosaves of the same thing in a row are one row, the last time here
        count INTEGER NOT NULL DEFAULT 1,
        actor TEXT NOT NULL,         -- the operator name (操作者名) until accounts exist; 不明 for a failed unlock
        kind TEXT NOT NULL CHECK (kind IN ('change', 'export', 'print', 'show', 'unlock', 'lock', 'security')),
        action TEXT NOT NULL,        -- the contract method, e.g. ledger.update
        summary TEXT NOT NULL,       -- Japanese, for the 操作ログ screen
        target TEXT,                 -- 登録番号, 会議#id … or null
        ok INTEGER NOT NULL DEFAULT 1 CHECK (ok IN (0, 1))
      );
      CREATE INDEX audit_log_by_time ON audit_log(at);
      -- Who made each change to a case; rows older than this migration have no name (shown as 不明).
      ALTER TABLE case_history ADD COLUMN changed_by TEXT;
    `);
  },
};
