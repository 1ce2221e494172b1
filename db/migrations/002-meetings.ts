import { EMPTY_SCOPE, type AgencyKind, type MeetingScope } from '../../shared/meeting/types';
import type { Migration } from './types';

/** A starting list a secretariat edits to its own names; generic so no real place is implied. */
const DEFAULT_AGENCIES: readonly [string, AgencyKind][] = [
  ['こども家庭センター', '福祉'],
  ['児童相談所', '児童相談所'],
  ['保健センター', '保健'],
  ['教育委員会', '教育委員会'],
  ['警察署', '警察'],
  ['主任児童委員', '民生委員'],
  ['生活保護担当', '福祉'],
  ['小学校', '学校'],
  ['中学校', '学校'],
  ['保育所', '保育所等'],
  ['医療機関', '医療'],
];

const DEFAULT_TEMPLATES: readonly [string, MeetingScope][] = [
  ['乳幼児部会', { ...EMPTY_SCOPE, maxAge: 5 }],
  ['児童生徒部会', { ...EMPTY_SCOPE, minAge: 6, maxAge: 18 }],
];

export const meetingsMigration: Migration = {
  version: 2,
  name: 'meetings',
  up(db) {
    db.exec(`
      CREATE TABLE agencies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL
      );
      CREATE TABLE scope_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        scope TEXT NOT NULL            -- MeetingScope as JSON
      );
      CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        subcommittee TEXT,
        date TEXT NOT NULL,
        data TEXT NOT NULL,            -- the MeetingInput as JSON
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX meetings_by_kind_date ON meetings(kind, date);
      -- One agenda per meeting, written whole: a move renumbers both groups, so a row per item would
      -- need many updates for one change; one row keeps every change atomic.
      CREATE TABLE agendas (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
        since TEXT,
        items TEXT NOT NULL,           -- AgendaItem[] as JSON
        suggested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- (case, agency, date) identifies a report, so importing the same file twice adds nothing.
      CREATE TABLE agency_reports (
        id INTEGER PRIMARY KEY,
        case_no TEXT NOT NULL REFERENCES cases(case_no),
        report_date TEXT NOT NULL,
        agency TEXT NOT NULL,
        data TEXT NOT NULL,            -- the AgencyReportInput as JSON
        created_at TEXT NOT NULL,
        UNIQUE (case_no, agency, report_date)
      );
      CREATE INDEX agency_reports_by_date ON agency_reports(report_date);
      CREATE TABLE closure_proposals (
        case_no TEXT PRIMARY KEY REFERENCES cases(case_no),
        proposed_at TEXT NOT NULL,
        proposed_by TEXT NOT NULL
      );
      CREATE TABLE support_plans (
        case_no TEXT PRIMARY KEY REFERENCES cases(case_no),
        review_due TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX support_plans_by_due ON support_plans(review_due);
      -- The suggestion asks "what changed since the last meeting" of every case at once.
      CREATE INDEX case_history_by_field_at ON case_history(field, at);
    `);
    const agency = db.prepare('INSERT INTO agencies (name, kind) VALUES (?, ?)');
    for (const [name, kind] of DEFAULT_AGENCIES) agency.run(name, kind);
    const template = db.prepare('INSERT INTO scope_templates (name, scope) VALUES (?, ?)');
    for (const [name, scope] of DEFAULT_TEMPLATES) template.run(name, JSON.stringify(scope));
  },
};
