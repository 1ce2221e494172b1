// 家庭支援事業 records, their steps and events (migration 13). Every method may run inside `store.tx`; the
// rules of what may be added live in shared/services/family-service.ts and the handlers/services apply them
// first. A write-back tags what it makes with its application id, and its undo removes exactly that
// (`removeFromApplication`), leaving what was typed by hand.
import type { ServiceStepFact } from '../../shared/services/family-service-year';
import type {
  FamilyServiceRecord,
  Origin,
  ServiceStep,
  StepInput,
  StepKind,
} from '../../shared/services/family-service';
import type { Db } from '../open';

export interface ServiceEvent {
  id: number;
  recordId: number;
  at: string;
  by: string;
  action: string;
  detail: string | null;
}

/** Who made a row and when, and what may remove it. */
export interface Made {
  origin: Origin;
  applicationId: number | null;
  at: string;
  by: string;
}

interface RecordRow {
  id: number;
  case_no: string;
  service: string;
  provider: string | null;
  origin_meeting_id: number | null;
  application_id: number | null;
  created_at: string;
  created_by: string;
}

interface StepRow {
  id: number;
  record_id: number;
  kind: StepKind;
  date: string;
  data: string;
  origin_meeting_id: number | null;
  application_id: number | null;
  created_at: string;
  created_by: string;
}

const originOf = (meetingId: number | null): Origin =>
  meetingId === null ? { kind: 'manual' } : { kind: 'decision', meetingId };
const meetingOf = (origin: Origin) => (origin.kind === 'decision' ? origin.meetingId : null);

export class FamilyServicesRepo {
  constructor(private readonly db: Db) {}

  /** A new record without steps; returns its id. */
  createRecord(caseNo: string, service: string, provider: string | null, made: Made): number {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO family_services (case_no, service, provider, origin_meeting_id, application_id, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(caseNo, service, provider, meetingOf(made.origin), made.applicationId, made.at, made.by);
    return Number(lastInsertRowid);
  }

  /** Appends a step (checked by the caller with stepProblem); returns its id. */
  addStep(recordId: number, step: StepInput, made: Made): number {
    const { kind, date, ...data } = step;
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO family_service_steps (record_id, kind, date, data, origin_meeting_id, application_id, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(recordId, kind, date, JSON.stringify(data), meetingOf(made.origin), made.applicationId, made.at, made.by);
    return Number(lastInsertRowid);
  }

  setProvider(recordId: number, provider: string | null): void {
    this.db.prepare('UPDATE family_services SET provider = ? WHERE id = ?').run(provider, recordId);
  }

  get(id: number): FamilyServiceRecord | null {
    const row = this.db.prepare('SELECT * FROM family_services WHERE id = ?').get(id) as RecordRow | undefined;
    return row ? this.withSteps([row])[0]! : null;
  }

  /** A case's records, oldest first. */
  listByCase(caseNo: string): FamilyServiceRecord[] {
    return this.withSteps(
      this.db.prepare('SELECT * FROM family_services WHERE case_no = ? ORDER BY id').all(caseNo) as RecordRow[],
    );
  }

  /** The step's record id, or null when there is no such step. */
  recordOfStep(stepId: number): number | null {
    const id = this.db.prepare('SELECT record_id FROM family_service_steps WHERE id = ?').pluck().get(stepId);
    return (id as number | undefined) ?? null;
  }

  removeStep(stepId: number): void {
    this.db.prepare('DELETE FROM family_service_steps WHERE id = ?').run(stepId);
  }

  /** Removes a record with no steps left. */
  removeEmptyRecord(recordId: number): void {
    this.db
      .prepare(
        'DELETE FROM family_services WHERE id = ? AND NOT EXISTS (SELECT 1 FROM family_service_steps WHERE record_id = ?)',
      )
      .run(recordId, recordId);
  }

  /**
   * A write-back's undo: removes the steps it made, then the records it made that have no step left (a record
   * to which someone added a step by hand stays, with that step). Each touched record gets an event. Returns
   * what was removed and what was kept.
   */
  removeFromApplication(
    applicationId: number,
    at: string,
    by: string,
  ): { stepsRemoved: number; recordsRemoved: number; recordsKept: number } {
    const touched = this.db
      .prepare(
        `SELECT id, case_no FROM family_services WHERE application_id = ?
         UNION SELECT r.id, r.case_no FROM family_services r JOIN family_service_steps s ON s.record_id = r.id
         WHERE s.application_id = ?`,
      )
      .all(applicationId, applicationId) as { id: number; case_no: string }[];
    const stepsRemoved = this.db
      .prepare('DELETE FROM family_service_steps WHERE application_id = ?')
      .run(applicationId).changes;
    let recordsRemoved = 0;
    for (const r of touched) {
      const made = this.db.prepare('SELECT application_id FROM family_services WHERE id = ?').pluck().get(r.id);
      const empty = !this.db.prepare('SELECT 1 FROM family_service_steps WHERE record_id = ?').get(r.id);
      const remove = made === applicationId && empty;
      if (remove) {
        this.db.prepare('DELETE FROM family_services WHERE id = ?').run(r.id);
        recordsRemoved++;
      } else if (made === applicationId) {
        // Kept for the steps typed by hand: no longer the application's to remove.
        this.db.prepare('UPDATE family_services SET application_id = NULL WHERE id = ?').run(r.id);
      }
      this.addEvent(
        r.id,
        r.case_no,
        at,
        by,
        '反映の取り消し',
        remove ? `反映#${applicationId}で作成した記録を削除` : `反映#${applicationId}の記録を削除`,
      );
    }
    return { stepsRemoved, recordsRemoved, recordsKept: touched.length - recordsRemoved };
  }

  addEvent(recordId: number, caseNo: string, at: string, by: string, action: string, detail: string | null): void {
    this.db
      .prepare(
        'INSERT INTO family_service_events (record_id, case_no, at, by, action, detail) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(recordId, caseNo, at, by, action, detail);
  }

  /** A case's events (also those of records since removed), newest first. */
  events(caseNo: string): ServiceEvent[] {
    return this.db
      .prepare(
        'SELECT id, record_id AS recordId, at, by, action, detail FROM family_service_events WHERE case_no = ? ORDER BY id DESC',
      )
      .all(caseNo) as ServiceEvent[];
  }

  /** Every step dated from `from` to `to` with its service, for the year's figures (no 登録番号). */
  stepFacts(from: string, to: string): ServiceStepFact[] {
    const rows = this.db
      .prepare(
        `SELECT r.service, s.kind, s.date, json_extract(s.data, '$.method') AS method
         FROM family_service_steps s JOIN family_services r ON r.id = s.record_id WHERE s.date BETWEEN ? AND ?`,
      )
      .all(from, to) as ServiceStepFact[];
    return rows;
  }

  private withSteps(rows: RecordRow[]): FamilyServiceRecord[] {
    if (rows.length === 0) return [];
    const steps = new Map<number, ServiceStep[]>();
    const placeholders = rows.map(() => '?').join(',');
    for (const s of this.db
      .prepare(`SELECT * FROM family_service_steps WHERE record_id IN (${placeholders}) ORDER BY date, id`)
      .all(...rows.map((r) => r.id)) as StepRow[]) {
      const list = steps.get(s.record_id) ?? [];
      list.push({
        ...(JSON.parse(s.data) as object),
        kind: s.kind,
        date: s.date,
        id: s.id,
        origin: originOf(s.origin_meeting_id),
        applicationId: s.application_id,
        createdAt: s.created_at,
        createdBy: s.created_by,
      } as ServiceStep);
      steps.set(s.record_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      caseNo: r.case_no,
      service: r.service,
      provider: r.provider,
      origin: originOf(r.origin_meeting_id),
      applicationId: r.application_id,
      createdAt: r.created_at,
      createdBy: r.created_by,
      steps: steps.get(r.id) ?? [],
    }));
  }
}
