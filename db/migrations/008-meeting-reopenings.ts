import type { Migration } from './types';

export const meetingReopeningsMigration: Migration = {
  version: 8,
  name: 'meeting-reopenings',
  up(db) {
    db.exec(`
      -- Every reopening of an ended meeting, with who, when and why: the minutes of a meeting that was ended
      -- and changed afterwards must say so, and nothing recorded before is removed by it.
      CREATE TABLE meeting_reopenings (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        operator_name TEXT NOT NULL,
        reopened_at TEXT NOT NULL,
        ended_at TEXT NOT NULL              -- when the meeting had ended before this reopening
      );
      CREATE INDEX meeting_reopenings_by_meeting ON meeting_reopenings(meeting_id, id);
    `);
  },
};
