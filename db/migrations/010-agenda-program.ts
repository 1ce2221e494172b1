import type { Migration } from './types';

export const agendaProgramMigration: Migration = {
  version: 10,
  name: 'agenda-program',
  up(db) {
    db.exec(`
      -- A meeting's 次第: non-case items and where the 確認 / 協議 case blocks sit (shared/meeting/program.ts),
      -- one JSON document per meeting written whole like the agenda. A table of its own, not a column on
      -- agendas: a 代表者会議 has a program but may never have cases suggested.
      CREATE TABLE agenda_programs (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
        entries TEXT NOT NULL,         -- ProgramEntry[] as JSON
        updated_at TEXT NOT NULL
      );
      -- Meetings made before the 次第 existed keep exactly what they had: their cases, 確認 then 協議.
      INSERT INTO agenda_programs (meeting_id, entries, updated_at)
        SELECT id, '[{"block":"quick"},{"block":"deep"}]', updated_at FROM meetings;
    `);
  },
};
