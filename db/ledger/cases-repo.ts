// The cases and their history, stored as canonical JSON per case plus one history row per changed field.
import type { HistoryEntry, HistorySource, LedgerCase } from '../../shared/ledger/case';
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

export class CasesRepo {
  private readonly selectOne;
  private readonly selectAll;
  private readonly insertCase;
  private readonly updateCase;
  private insertHistory: Statement<unknown[]> | null = null;
  private readonly selectHistory;
  private readonly selectVersion;

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
    const cases = (this.selectAll.all() as string[]).map((data) => JSON.parse(data) as LedgerCase);
    return cases.sort((a, b) => compareCaseNo(a.caseNo, b.caseNo));
  }

  /** Call inside a transaction together with its history rows. */
  insert(c: LedgerCase, at: string): void {
    this.insertCase.run(c.caseNo, JSON.stringify(canonicalCase(c)), at, at);
  }

  replace(c: LedgerCase, at: string): void {
    this.updateCase.run(JSON.stringify(canonicalCase(c)), at, c.caseNo);
  }

  addHistory(entry: HistoryInput, at: string): void {
    // Prepared on first use, so a repo on a database not yet migrated (tests of older schemas) can still insert cases.
    this.insertHistory ??= this.db.prepare(
      'INSERT INTO case_history (case_no, at, source, field, old_value, new_value, detail, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, '
      // Who: the operator name set at the time, read here so every writer (edit, import, write-back) records it.
      + "COALESCE((SELECT json_extract(value, '$') FROM settings WHERE key = 'operatorName'), ?))",
    );
    this.insertHistory.run(entry.caseNo, at, entry.source, entry.field, entry.oldValue, entry.newValue, entry.detail, DEFAULT_SETTINGS.operatorName);
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
}
