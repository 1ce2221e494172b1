import type { Migration } from './types';

export const liveMeetingsMigration: Migration = {
  version: 4,
  name: 'live-meetings',
  up(db) {
    db.exec(`
      -- The running meeting (current item, timers, attendance, projector), one JSON document per meeting:
      -- every console action rewrites it whole in one statement, so it is never half-changed.
      CREATE TABLE meeting_live (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
        state TEXT NOT NULL,           -- LiveState as JSON
        updated_at TEXT NOT NULL
      );
      -- One decision per case per meeting: a draft while typed (saved as you type), then recorded.
      CREATE TABLE decisions (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id),
        case_no TEXT NOT NULL REFERENCES cases(case_no),
        state TEXT NOT NULL CHECK (state IN ('draft', 'recorded')),
        data TEXT NOT NULL,            -- DecisionInput as JSON
        recorded_at TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, case_no)
      );
      -- "The last decision on this case" for the console.
      CREATE INDEX decisions_by_case ON decisions(case_no, recorded_at);
    `);
  },
};
