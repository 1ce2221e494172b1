// The cases and their history, stored as canonical JSON per case plus one history row per changed field.
// Every statement on `cases`, `case_history` and `import_log` is here; nothing else queries those tables.
import type { HistoryEntry, HistorySource, LedgerCase } from '../../shared/ledger/case';
import { normalizeCaseNo } from '../../shared/ledger/case-no';
import { DEFAULT_SETTINGS } from '../../shared/contract';
import { canonicalCase } from '../files/write-json';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../open';
import { compareCaseNo } from './order';

export interface HistoryInput {
  caseNo: string;
  source: HistorySource;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  detail: string | null;
}

interface HistoryRow {
  id: number;
  case_no: string;
  at: string;
  source: HistorySource;
  field: string;
  old_value: string | null;
  new_value: string | null;
  detail: string | null;
  changed_by: string | null;
}

const INSERT_HISTORY =
  'INSERT INTO case_history (case_no, at, source, field, old_value, new_value, detail, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?,';
/** The operator name set in settings, else the default passed as the last parameter. */
const OPERATOR_NAME = "COALESCE((SELECT json_extract(value, '$') FROM settings WHERE key = 'operatorName'), ?)";

export class CasesRepo {
  private readonly selectOne;
  private readonly selectAll;
  private readonly insertCase;
  private readonly updateCase;
  private insertHistory: Statement<unknown[]> | null = null;
  private insertHistoryBy: Statement<unknown[]> | null = null;
  private readonly selectHistory;
  private readonly selectVersion;
  private selectStatus: Statement<unknown[]> | null = null;
  private selectPage: Statement<unknown[]> | null = null;
  /** Writes to cases and their history through this repo (see stamp). */
  private writes = 0;

  constructor(private readonly db: Db) {
    this.selectOne = db.prepare('SELECT data FROM cases WHERE case_no = ?').pluck();
    this.selectAll = db.prepare('SELECT data FROM cases').pluck();
    this.insertCase = db.prepare('INSERT INTO cases (case_no, data, created_at, updated_at) VALUES (?, ?, ?, ?)');
    // Every write bumps the version, whoever makes it: an editor holding an older one is refused (ledger.update).
    this.updateCase = db.prepare('UPDATE cases SET data = ?, updated_at = ?, version = version + 1 WHERE case_no = ?');
    this.selectHistory = db.prepare('SELECT * FROM case_history WHERE case_no = ? ORDER BY id');
    this.selectVersion = db.prepare('SELECT version FROM cases WHERE case_no = ?').pluck();
  }

  /** The case's version (migration 7), or null when there is no such case. */
  version(caseNo: string): number | null {
    return (this.selectVersion.get(caseNo) as number | undefined) ?? null;
  }

  get(caseNo: string): LedgerCase | null {
    const data = this.selectOne.get(caseNo) as string | undefined;
    return data === undefined ? null : (JSON.parse(data) as LedgerCase);
  }

  /** Every case, in natural caseNo order. */
  list(): LedgerCase[] {
    return this.all().sort((a, b) => compareCaseNo(a.caseNo, b.caseNo));
  }

  /** Every case, unsorted (the suggestion orders what it picks). */
  all(): LedgerCase[] {
    return (this.selectAll.all() as string[]).map((data) => JSON.parse(data) as LedgerCase);
  }

  /**
   * Up to `limit` cases as their stored JSON, after the row `afterId`, in row order: an export reads the
   * ledger a page per turn of the event loop and hands the text to the file worker unparsed.
   */
  dataPage(afterId: number, limit: number): { id: number; caseNo: string; data: string }[] {
    this.selectPage ??= this.db.prepare(
      'SELECT id, case_no AS caseNo, data FROM cases WHERE id > ? ORDER BY id LIMIT ?',
    );
    return this.selectPage.all(afterId, limit) as { id: number; caseNo: string; data: string }[];
  }

  has(caseNo: string): boolean {
    return this.selectVersion.get(caseNo) !== undefined;
  }

  /** The case's 状態 without parsing the whole case (reports import checks thousands), or undefined. */
  status(caseNo: string): string | undefined {
    this.selectStatus ??= this.db.prepare("SELECT json_extract(data, '$.status') FROM cases WHERE case_no = ?").pluck();
    return this.selectStatus.get(caseNo) as string | undefined;
  }

  /**
   * Databases made before 登録番号 were normalized may hold numbers with full-width letters, invisible
   * characters or other dashes. They are never rewritten behind the user's back: lookups find them by their
   * normalized form, and an import or a new case that would duplicate one is refused with both spellings.
   * Stored numbers not in normalized form, by their normalized form (empty on a clean database).
   */
  legacySpellings(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const stored of this.db.prepare('SELECT case_no FROM cases').pluck().all() as string[]) {
      const key = normalizeCaseNo(stored);
      if (key === stored) continue;
      const list = out.get(key);
      if (list) list.push(stored);
      else out.set(key, [stored]);
    }
    return out;
  }

  /** The stored spelling of a (normalized) number: itself, or the one legacy spelling that normalizes to it. */
  storedCaseNo(caseNo: string): string {
    if (this.has(caseNo)) return caseNo;
    const spellings = this.legacySpellings().get(caseNo);
    return spellings?.length === 1 ? spellings[0]! : caseNo;
  }

  /**
   * Changes when the ledger may have changed: a write through this repo (every write to cases and
   * case_history goes through it), or a commit by another connection (SQLite's data_version). Equal stamps
   * on the same repo mean the cases and their history are as they were, so an import planned in between
   * need not be planned again.
   */
  stamp(): string {
    return `${String(this.db.pragma('data_version', { simple: true }))}:${this.writes}`;
  }

  /** Call inside a transaction together with its history rows. */
  insert(c: LedgerCase, at: string): void {
    this.writes++;
    this.insertCase.run(c.caseNo, JSON.stringify(canonicalCase(c)), at, at);
  }

  replace(c: LedgerCase, at: string): void {
    this.writes++;
    this.updateCase.run(JSON.stringify(canonicalCase(c)), at, c.caseNo);
  }

  /**
   * `by` is who made the change; when omitted, the operator name set at the time is read by the statement
   * itself, so every writer (edit, import, write-back) records it. A bulk writer reads it once
   * (operatorName) and passes it, sparing a lookup per row.
   */
  addHistory(entry: HistoryInput, at: string, by?: string): void {
    this.writes++;
    const values = [entry.caseNo, at, entry.source, entry.field, entry.oldValue, entry.newValue, entry.detail];
    if (by !== undefined) {
      this.insertHistoryBy ??= this.db.prepare(`${INSERT_HISTORY} ?)`);
      this.insertHistoryBy.run(...values, by);
      return;
    }
    // Prepared on first use, so a repo on a database not yet migrated (tests of older schemas) can still insert cases.
    this.insertHistory ??= this.db.prepare(`${INSERT_HISTORY} ${OPERATOR_NAME})`);
    this.insertHistory.run(...values, DEFAULT_SETTINGS.operatorName);
  }

  /** The operator name history rows record now (the setting, or its default). */
  operatorName(): string {
    return this.db.prepare(`SELECT ${OPERATOR_NAME}`).pluck().get(DEFAULT_SETTINGS.operatorName) as string;
  }

  history(caseNo: string): HistoryEntry[] {
    return (this.selectHistory.all(caseNo) as HistoryRow[]).map((r) => ({
      id: r.id,
      caseNo: r.case_no,
      at: r.at,
      source: r.source,
      field: r.field,
      oldValue: r.old_value,
      newValue: r.new_value,
      detail: r.detail,
      by: r.changed_by,
    }));
  }

  /** Cases created (history field '*') at or after `from`. */
  createdSince(from: string): string[] {
    return this.db
      .prepare("SELECT case_no FROM case_history WHERE field = '*' AND at >= ?")
      .pluck()
      .all(from) as string[];
  }

  /** Every change of `field` at or after `from`, oldest first. */
  fieldChangesSince(field: string, from: string): { caseNo: string; oldValue: string | null }[] {
    return this.db
      .prepare(
        'SELECT case_no AS caseNo, old_value AS oldValue FROM case_history WHERE field = ? AND at >= ? ORDER BY id',
      )
      .all(field, from) as { caseNo: string; oldValue: string | null }[];
  }

  /** The history rows of some fields of some cases, without their values (write-back conflicts). */
  edits(
    caseNos: readonly string[],
    fields: readonly string[],
  ): { caseNo: string; field: string; at: string; source: string; detail: string | null }[] {
    if (caseNos.length === 0) return [];
    return this.db
      .prepare(
        `SELECT case_no AS caseNo, field, at, source, detail FROM case_history
      WHERE case_no IN (SELECT value FROM json_each(?)) AND field IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(caseNos), JSON.stringify(fields)) as {
      caseNo: string;
      field: string;
      at: string;
      source: string;
      detail: string | null;
    }[];
  }

  /** The import's one log row, in the import's transaction. */
  logImport(entry: {
    at: string;
    fileName: string;
    imported: number;
    updated: number;
    unchanged: number;
    rejected: number;
    warnings: number;
  }): void {
    this.db
      .prepare(
        'INSERT INTO import_log (at, file_name, imported, updated, unchanged, rejected, warnings) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(entry.at, entry.fileName, entry.imported, entry.updated, entry.unchanged, entry.rejected, entry.warnings);
  }
}
