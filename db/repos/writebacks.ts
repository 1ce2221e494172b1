// The record of each 台帳への反映 (migration 5): the application (who, when, backup, cases covered, undone
// when) and every field change it made, so it can be shown and undone.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../open';

export interface ApplicationRecord {
  id: number;
  meetingId: number;
  appliedAt: string;
  by: string;
  backupPath: string;
  caseNos: string[];
  undoneAt: string | null;
}

export interface ChangeRecord {
  caseNo: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** One action outside the ledger's fields (migration 14): what it made or changed and what it replaced. */
export interface ActionRecord {
  id: number;
  caseNo: string;
  kind: string;
  label: string;
  targetId: number | null;
  /** JSON of what the action replaced, for its undo. */
  before: string | null;
}

interface ApplicationRow {
  id: number;
  meeting_id: number;
  applied_at: string;
  by: string;
  backup_path: string;
  case_nos: string;
  undone_at: string | null;
}

export class WritebacksRepo {
  // Prepared once: one write-back records hundreds of changes.
  private insertChange: Statement<unknown[]> | null = null;

  constructor(private readonly db: Db) {}

  /** Call in the write-back's transaction, with its changes. */
  addApplication(entry: Omit<ApplicationRecord, 'id' | 'undoneAt'>): number {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO writeback_applications (meeting_id, applied_at, by, backup_path, case_nos)
      VALUES (?, ?, ?, ?, ?)`,
      )
      .run(entry.meetingId, entry.appliedAt, entry.by, entry.backupPath, JSON.stringify(entry.caseNos));
    return Number(lastInsertRowid);
  }

  addChange(applicationId: number, change: ChangeRecord): void {
    this.insertChange ??= this.db.prepare(
      'INSERT INTO writeback_changes (application_id, case_no, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertChange.run(applicationId, change.caseNo, change.field, change.oldValue, change.newValue);
  }

  application(id: number): ApplicationRecord | null {
    const row = this.db.prepare('SELECT * FROM writeback_applications WHERE id = ?').get(id) as
      ApplicationRow | undefined;
    return row ? toApplication(row) : null;
  }

  /** Newest first. */
  applications(meetingId: number): ApplicationRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM writeback_applications WHERE meeting_id = ? ORDER BY id DESC')
      .all(meetingId) as ApplicationRow[];
    return rows.map(toApplication);
  }

  /** The cases of the meeting's applications not undone. */
  appliedCases(meetingId: number): Set<string> {
    const lists = this.db
      .prepare('SELECT case_nos FROM writeback_applications WHERE meeting_id = ? AND undone_at IS NULL')
      .pluck()
      .all(meetingId) as string[];
    return new Set(lists.flatMap((json) => JSON.parse(json) as string[]));
  }

  /** In the order they were made. */
  changes(applicationId: number): ChangeRecord[] {
    return this.db
      .prepare(
        `SELECT case_no AS caseNo, field, old_value AS oldValue, new_value AS newValue
      FROM writeback_changes WHERE application_id = ? ORDER BY rowid`,
      )
      .all(applicationId) as ChangeRecord[];
  }

  addAction(applicationId: number, action: Omit<ActionRecord, 'id'>): void {
    this.db
      .prepare(
        'INSERT INTO writeback_actions (application_id, case_no, kind, label, target_id, before) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(applicationId, action.caseNo, action.kind, action.label, action.targetId, action.before);
  }

  /** In the order they were made. */
  actions(applicationId: number): ActionRecord[] {
    return this.db
      .prepare(
        `SELECT id, case_no AS caseNo, kind, label, target_id AS targetId, before
      FROM writeback_actions WHERE application_id = ? ORDER BY id`,
      )
      .all(applicationId) as ActionRecord[];
  }

  markUndone(applicationId: number, at: string): void {
    this.db.prepare('UPDATE writeback_applications SET undone_at = ? WHERE id = ?').run(at, applicationId);
  }
}

function toApplication(row: ApplicationRow): ApplicationRecord {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    appliedAt: row.applied_at,
    by: row.by,
    backupPath: row.backup_path,
    caseNos: JSON.parse(row.case_nos) as string[],
    undoneAt: row.undone_at,
  };
}
