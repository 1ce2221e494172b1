import type { Migration } from './types';

export const jointListMigration: Migration = {
  version: 12,
  name: 'joint-list',
  up(db) {
    db.exec(`
      -- 合同ケース会議: proposals from the centre's two functions (shared/joint/types.ts). case_no is the ledger
      -- case proposed, or NULL with family (JSON) for a family not yet in the ledger; accepting such a
      -- proposal creates the case and sets case_no, family kept as it was proposed.
      CREATE TABLE joint_proposals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        proposer TEXT NOT NULL,
        function TEXT NOT NULL,
        proposed_on TEXT NOT NULL,
        reason TEXT NOT NULL,
        reason_text TEXT,
        case_no TEXT REFERENCES cases(case_no),
        family TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'declined')),
        decided_at TEXT,
        decided_by TEXT,
        decline_reason TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX joint_proposals_by_status ON joint_proposals(status, id);
      -- The standing list as it is now: one row per case on it.
      CREATE TABLE joint_list (
        case_no TEXT PRIMARY KEY REFERENCES cases(case_no),
        joined_on TEXT NOT NULL,
        joined_by TEXT NOT NULL,
        reason TEXT NOT NULL,
        proposal_id INTEGER REFERENCES joint_proposals(id)
      );
      -- Its history: joined / left / returned (a leave undone). A leave keeps the row it removed (entry, JSON)
      -- so undoing it puts the case back exactly; application_id ties a leave to the write-back that made it.
      CREATE TABLE joint_list_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_no TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('joined', 'left', 'returned')),
        on_day TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        reason TEXT,
        application_id INTEGER,
        entry TEXT
      );
      CREATE INDEX joint_list_events_by_case ON joint_list_events(case_no, id);
      CREATE INDEX joint_list_events_by_application ON joint_list_events(application_id);
    `);
  },
};
