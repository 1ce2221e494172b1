import type { Migration } from './types';

export const familyPlansMigration: Migration = {
  version: 11,
  name: 'family-plans',
  up(db) {
    db.exec(`
      -- サポートプラン records (shared/plan/support-plan.ts). support_plans (002) keeps the review dates set on a
      -- case before plans were kept here; both feed PLAN_REVIEW_DUE. case_no is NULL for a family the centre
      -- supports outside the ledger (no foreign key then; the label names it).
      CREATE TABLE plans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_no TEXT REFERENCES cases(case_no),
        family_label TEXT NOT NULL,
        lead_function TEXT NOT NULL,
        owner TEXT,
        status TEXT NOT NULL CHECK (status IN ('drafting', 'handedOver', 'monitoring', 'reviewing', 'closed')),
        review_due TEXT,
        closed_on TEXT,
        closed_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX plans_by_case ON plans(case_no);
      CREATE INDEX plans_by_review ON plans(status, review_due);
      -- Every version; a handed-over one (handed_over_on set) is never updated again.
      CREATE TABLE plan_versions (
        plan_id INTEGER NOT NULL REFERENCES plans(id),
        version INTEGER NOT NULL,
        content TEXT NOT NULL,          -- PlanContent as JSON
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        handed_over_on TEXT,
        PRIMARY KEY (plan_id, version)
      );
      -- The plan's history: who did what when (作成, 手交, 見直し, 終了, a date changed, a meeting's decision).
      CREATE TABLE plan_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id INTEGER NOT NULL REFERENCES plans(id),
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT
      );
      CREATE INDEX plan_events_by_plan ON plan_events(plan_id, id);
    `);
  },
};
