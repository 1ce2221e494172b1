import type { Migration } from './types';

export const assessmentsMigration: Migration = {
  version: 15,
  name: 'assessments',
  up(db) {
    db.exec(`
      -- Requests to agencies (shared/assessment/types.ts). items: the sheet's items as sent (JSON), so a file
      -- that comes back is read against what was asked. meeting_id NULL: a request between meetings.
      CREATE TABLE assessment_requests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id INTEGER REFERENCES meetings(id),
        due_date TEXT NOT NULL,
        items TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      );
      CREATE INDEX assessment_requests_by_meeting ON assessment_requests(meeting_id);
      -- Each agency asked, with its cases (JSON array of 登録番号) in the workbook's order.
      CREATE TABLE assessment_request_agencies (
        request_id INTEGER NOT NULL REFERENCES assessment_requests(id),
        agency TEXT NOT NULL,
        case_nos TEXT NOT NULL,
        PRIMARY KEY (request_id, agency)
      );
      -- 説明してほしいこと: per meeting, agency and case.
      CREATE TABLE assessment_questions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id),
        agency TEXT NOT NULL,
        case_no TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );
      CREATE INDEX assessment_questions_by_meeting ON assessment_questions(meeting_id, agency, case_no);
      -- What an agency wrote for one case (data: AnswerData JSON, every cell kept). A corrected re-send adds a
      -- row and sets replaced_at on the one it replaces: the current answer is the one with replaced_at NULL.
      CREATE TABLE assessment_answers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES assessment_requests(id),
        agency TEXT NOT NULL,
        case_no TEXT NOT NULL,
        data TEXT NOT NULL,
        file_name TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        replaced_at TEXT
      );
      CREATE INDEX assessment_answers_by_request ON assessment_answers(request_id, agency, case_no, id);
      CREATE INDEX assessment_answers_by_case ON assessment_answers(case_no, id);
      CREATE UNIQUE INDEX assessment_answers_current
        ON assessment_answers(request_id, agency, case_no) WHERE replaced_at IS NULL;
      -- 聞き取り about one worry: status 未/済, who, when, what was heard.
      CREATE TABLE assessment_hearings (
        request_id INTEGER NOT NULL REFERENCES assessment_requests(id),
        case_no TEXT NOT NULL,
        agency TEXT NOT NULL,
        item_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('未', '済')),
        heard_by TEXT,
        heard_on TEXT,
        heard TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (request_id, case_no, agency, item_id)
      );
    `);
  },
};
