import type { Migration } from './types';

export const familyServicesMigration: Migration = {
  version: 13,
  name: 'family-services',
  up(db) {
    db.exec(`
      -- 家庭支援事業 records (shared/services/family-service.ts): one per case and service, with its steps. The
      -- status is derived from the steps and never stored. origin_meeting_id is the meeting whose decision made
      -- the row (NULL: typed by hand); application_id the write-back application whose undo removes it.
      CREATE TABLE family_services (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_no TEXT NOT NULL REFERENCES cases(case_no),
        service TEXT NOT NULL,
        provider TEXT,
        origin_meeting_id INTEGER,
        application_id INTEGER,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      );
      CREATE INDEX family_services_by_case ON family_services(case_no, service);
      CREATE INDEX family_services_by_application ON family_services(application_id);
      -- The fields of each kind of step as JSON (data); kind and date as columns for the year's figures.
      CREATE TABLE family_service_steps (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_id INTEGER NOT NULL REFERENCES family_services(id),
        kind TEXT NOT NULL CHECK (kind IN ('recommendation', 'measure', 'start', 'end', 'toApplication')),
        date TEXT NOT NULL,
        data TEXT NOT NULL,
        origin_meeting_id INTEGER,
        application_id INTEGER,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      );
      CREATE INDEX family_service_steps_by_record ON family_service_steps(record_id, date, id);
      CREATE INDEX family_service_steps_by_date ON family_service_steps(date);
      CREATE INDEX family_service_steps_by_application ON family_service_steps(application_id);
      -- Who did what when. No foreign key to the record: a record removed by a write-back's undo keeps its
      -- history, found by the case.
      CREATE TABLE family_service_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_id INTEGER NOT NULL,
        case_no TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT
      );
      CREATE INDEX family_service_events_by_case ON family_service_events(case_no, id);
    `);
  },
};
