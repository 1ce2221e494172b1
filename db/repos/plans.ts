// サポートプラン records: the plan row, its versions (a handed-over version is never written again) and its
// events. The rules of what may change live in shared/plan/lifecycle.ts; this only stores what they return.
import type { PlanEvent } from '../../shared/contract';
import type { PlanContent, PlanFunction, PlanStatus, SupportPlan } from '../../shared/plan/support-plan';
import type { Db } from '../open';

interface PlanRow {
  id: number;
  case_no: string | null;
  family_label: string;
  lead_function: PlanFunction;
  owner: string | null;
  status: PlanStatus;
  review_due: string | null;
  closed_on: string | null;
  closed_reason: string | null;
  updated_at: string;
}

interface VersionRow {
  plan_id: number;
  version: number;
  content: string;
  created_at: string;
  created_by: string;
  handed_over_on: string | null;
}

/** The plans row's own columns, in the order both statements list them. */
function rowValues(plan: Omit<SupportPlan, 'id' | 'updatedAt' | 'versions'>): unknown[] {
  return [
    plan.caseNo,
    plan.familyLabel,
    plan.leadFunction,
    plan.owner,
    plan.status,
    plan.reviewDue,
    plan.closedOn,
    plan.closedReason,
  ];
}

export class PlansRepo {
  constructor(private readonly db: Db) {}

  /** A new plan with its first version; returns its id. */
  create(plan: Omit<SupportPlan, 'id' | 'updatedAt'>, at: string): number {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO plans (case_no, family_label, lead_function, owner, status, review_due, closed_on, closed_reason, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...rowValues(plan), at, at);
    const id = Number(lastInsertRowid);
    for (const v of plan.versions) this.writeVersion(id, v);
    return id;
  }

  get(id: number): SupportPlan | null {
    const row = this.db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as PlanRow | undefined;
    return row ? this.withVersions([row])[0]! : null;
  }

  /** Every plan, or a case's plans; newest first. */
  list(filter: { caseNo?: string; includeClosed?: boolean } = {}): SupportPlan[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.caseNo !== undefined) {
      where.push('case_no = ?');
      params.push(filter.caseNo);
    }
    if (!filter.includeClosed) where.push("status <> 'closed'");
    const sql = `SELECT * FROM plans ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC`;
    return this.withVersions(this.db.prepare(sql).all(...params) as PlanRow[]);
  }

  /**
   * Writes the plan's row and its versions that may still change (those not handed over before this save);
   * a version handed over earlier is left exactly as it was stored.
   */
  save(plan: SupportPlan, at: string): void {
    this.db
      .prepare(
        `UPDATE plans SET case_no = ?, family_label = ?, lead_function = ?, owner = ?, status = ?, review_due = ?,
           closed_on = ?, closed_reason = ?, updated_at = ? WHERE id = ?`,
      )
      .run(...rowValues(plan), at, plan.id);
    const frozen = new Set(
      this.db
        .prepare('SELECT version FROM plan_versions WHERE plan_id = ? AND handed_over_on IS NOT NULL')
        .pluck()
        .all(plan.id) as number[],
    );
    for (const v of plan.versions) if (!frozen.has(v.version)) this.writeVersion(plan.id, v);
  }

  /** Cases with an open plan whose review falls on or before `date` (PLAN_REVIEW_DUE). */
  caseNosDueBy(date: string): Set<string> {
    return new Set(
      this.db
        .prepare(
          "SELECT DISTINCT case_no FROM plans WHERE case_no IS NOT NULL AND status <> 'closed' AND review_due <= ?",
        )
        .pluck()
        .all(date) as string[],
    );
  }

  addEvent(planId: number, at: string, by: string, action: string, detail: string | null): void {
    this.db
      .prepare('INSERT INTO plan_events (plan_id, at, by, action, detail) VALUES (?, ?, ?, ?, ?)')
      .run(planId, at, by, action, detail);
  }

  events(planId: number): PlanEvent[] {
    return this.db
      .prepare('SELECT id, at, by, action, detail FROM plan_events WHERE plan_id = ? ORDER BY id')
      .all(planId) as PlanEvent[];
  }

  /** Deletes a plan with its versions and events: only the undo of a write-back that made it calls this. */
  remove(id: number): void {
    this.db.prepare('DELETE FROM plan_events WHERE plan_id = ?').run(id);
    this.db.prepare('DELETE FROM plan_versions WHERE plan_id = ?').run(id);
    this.db.prepare('DELETE FROM plans WHERE id = ?').run(id);
  }

  private writeVersion(planId: number, v: SupportPlan['versions'][number]): void {
    this.db
      .prepare(
        `INSERT INTO plan_versions (plan_id, version, content, created_at, created_by, handed_over_on) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(plan_id, version) DO UPDATE SET content = excluded.content, handed_over_on = excluded.handed_over_on`,
      )
      .run(planId, v.version, JSON.stringify(v.content), v.createdAt, v.createdBy, v.handedOverOn);
  }

  private withVersions(rows: PlanRow[]): SupportPlan[] {
    if (rows.length === 0) return [];
    const versions = new Map<number, SupportPlan['versions']>();
    const placeholders = rows.map(() => '?').join(',');
    for (const v of this.db
      .prepare(`SELECT * FROM plan_versions WHERE plan_id IN (${placeholders}) ORDER BY plan_id, version`)
      .all(...rows.map((r) => r.id)) as VersionRow[]) {
      const list = versions.get(v.plan_id) ?? [];
      list.push({
        version: v.version,
        content: JSON.parse(v.content) as PlanContent,
        createdAt: v.created_at,
        createdBy: v.created_by,
        handedOverOn: v.handed_over_on,
      });
      versions.set(v.plan_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      caseNo: r.case_no,
      familyLabel: r.family_label,
      leadFunction: r.lead_function,
      owner: r.owner,
      status: r.status,
      reviewDue: r.review_due,
      closedOn: r.closed_on,
      closedReason: r.closed_reason,
      versions: versions.get(r.id) ?? [],
      updatedAt: r.updated_at,
    }));
  }
}
