// The 操作ログ table (migration 9). Rows are only added, never changed, except that an autosave repeated by the
// same person on the same thing within a few minutes extends the previous row (count, last_at) instead of
// adding one row per keystroke pause.
import type { z } from 'zod';
import type { AuditDescription, AuditEntry, AuditKind } from '../../shared/audit/actions';
import type { methods } from '../../shared/contract';
import type { Db } from '../open';

export type AuditFilter = z.output<(typeof methods)['audit.list']>;

const COALESCE_MS = 5 * 60_000;
export const AUDIT_LIST_LIMIT = 5000;
export const UNKNOWN_ACTOR = '不明';

interface Row {
  id: number;
  at: string;
  last_at: string;
  count: number;
  actor: string;
  kind: AuditKind;
  action: string;
  summary: string;
  target: string | null;
  ok: number;
}

export class AuditRepo {
  constructor(private readonly db: Db) {}

  record(action: string, description: AuditDescription, actor: string, at: string, ok = true): void {
    if (description.coalesce) {
      const last = this.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get() as Row | undefined;
      if (
        last &&
        last.action === action &&
        last.actor === actor &&
        last.target === description.target &&
        last.summary === description.summary &&
        Date.parse(at) - Date.parse(last.last_at) <= COALESCE_MS
      ) {
        this.db.prepare('UPDATE audit_log SET last_at = ?, count = count + 1 WHERE id = ?').run(at, last.id);
        return;
      }
    }
    this.db
      .prepare(
        'INSERT INTO audit_log (at, last_at, actor, kind, action, summary, target, ok) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(at, at, actor, description.kind, action, description.summary, description.target, ok ? 1 : 0);
  }

  /** Newest first; at most AUDIT_LIST_LIMIT rows (truncated says when there were more). */
  list(filter: AuditFilter): { entries: AuditEntry[]; truncated: boolean } {
    const conditions: [string, string | undefined][] = [
      ['kind = ?', filter.kind],
      ['actor = ?', filter.actor],
      ['last_at >= ?', filter.from],
      // `to` is a whole day: everything before the next day's start.
      ['at < ?', filter.to === undefined ? undefined : nextDay(filter.to)],
    ];
    const used = conditions.filter((c): c is [string, string] => c[1] !== undefined && c[1] !== '');
    const where = used.map(([sql]) => sql);
    const params = used.map(([, value]) => value);
    const rows = this.db
      .prepare(
        `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${AUDIT_LIST_LIMIT + 1}`,
      )
      .all(...params) as Row[];
    return { entries: rows.slice(0, AUDIT_LIST_LIMIT).map(toEntry), truncated: rows.length > AUDIT_LIST_LIMIT };
  }
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function toEntry(r: Row): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    lastAt: r.last_at,
    count: r.count,
    actor: r.actor,
    kind: r.kind,
    action: r.action,
    summary: r.summary,
    target: r.target,
    ok: r.ok === 1,
  };
}
