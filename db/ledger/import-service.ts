// Import in two steps: preview (read, parse, compare; nothing written) keeps the parsed workbook under
// a random token; commit writes it in one transaction. Between chunks of work it yields to the event
// loop so progress events reach the windows while a large file is processed.
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError, type BackendEvent, type ImportPreview, type ImportReport, type MappingOverride } from '../../shared/contract';
import type { Grid } from '../../shared/ledger/grid';
import { parseWorkbook } from '../../shared/ledger/parse';
import { readLedgerFile, unreadableFile } from '../files/read-ledger-file';
import type { Db } from '../open';
import type { CasesRepo } from './cases-repo';
import { coverageBySheet, emptyPlan, holdNewerEdits, planRows, type ImportPlan } from './import-plan';
import type { LedgerCase } from '../../shared/ledger/case';

type ParsedWorkbook = ReturnType<typeof parseWorkbook>;

export const PREVIEW_TTL_MS = 30 * 60 * 1000;
const MAX_PENDING = 4;
const CHUNK = 1000;

interface Pending {
  fileName: string;
  grids: Grid[];
  parsed: ParsedWorkbook;
  /** Each case as the preview read it (null: not in the ledger then), to hold back fields edited since. */
  seen: Map<string, LedgerCase | null>;
  expiresAt: number;
}

export interface ImportDeps {
  now: () => Date;
  emit: (event: BackendEvent) => void;
  /** Throws 'locked' when the database is closed; called again after every await. */
  open: () => { db: Db; cases: CasesRepo };
}

export class ImportService {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly deps: ImportDeps) {}

  async preview(input: { fileName: string; dataBase64: string; mapping?: MappingOverride }): Promise<ImportPreview> {
    this.dropExpired();
    const token = randomUUID();
    const bytes = Buffer.from(input.dataBase64, 'base64');
    if (bytes.length === 0) throw unreadableFile(input.fileName);
    this.progress(token, 'read', 0, bytes.length);
    await nextTurn();
    const grids = await readLedgerFile(input.fileName, bytes);
    this.progress(token, 'read', bytes.length, bytes.length);
    const parsed = await this.parse(token, grids, input.mapping);
    const seen = new Map<string, LedgerCase | null>();
    const plan = await this.planInChunks(parsed, seen);
    this.remember(token, { fileName: input.fileName, grids, parsed, seen, expiresAt: this.deps.now().getTime() + PREVIEW_TTL_MS });
    return { token, fileName: input.fileName, sheets: parsed.sheets, report: reportOf(plan, parsed) };
  }

  async commit(input: { token: string; mapping?: MappingOverride }): Promise<ImportReport> {
    this.dropExpired();
    const entry = this.pending.get(input.token);
    if (!entry) {
      throw new AppError('expired', '取り込みの準備が見つからないか、期限（30分）が切れました。もう一度ファイルを選んでください。');
    }
    const parsed = input.mapping ? await this.parse(input.token, entry.grids, input.mapping) : entry.parsed;
    const total = parsed.cases.length;
    this.progress(input.token, 'write', 0, total);
    await nextTurn();
    const { db, cases } = this.deps.open();
    const at = this.deps.now().toISOString();
    const coverage = coverageBySheet(parsed.sheets);
    // Planned inside the transaction: the ledger may have been edited since the preview.
    const plan = db.transaction(() => {
      const p = emptyPlan();
      planRows(p, parsed.cases, coverage, (caseNo) => cases.get(caseNo));
      holdNewerEdits(p, entry.seen, (caseNo) => cases.get(caseNo));
      const detail = entry.fileName;
      for (const c of p.inserts) {
        cases.insert(c, at);
        cases.addHistory({ caseNo: c.caseNo, source: 'import', field: '*', oldValue: null, newValue: null, detail }, at);
      }
      for (const { after, changes } of p.updates) {
        cases.replace(after, at);
        for (const ch of changes) cases.addHistory({ caseNo: after.caseNo, source: 'import', ...ch, detail }, at);
      }
      db.prepare(
        'INSERT INTO import_log (at, file_name, imported, updated, unchanged, rejected, warnings) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(at, entry.fileName, p.inserts.length, p.updates.length, p.unchanged, parsed.rejected.length, parsed.warnings.length + p.warnings.length);
      return p;
    }).immediate();
    this.pending.delete(input.token);
    this.progress(input.token, 'write', total, total);
    const changed = [...plan.inserts.map((c) => c.caseNo), ...plan.updates.map((u) => u.after.caseNo)];
    if (changed.length > 0) this.deps.emit({ name: 'ledger.changed', payload: { caseNos: changed } });
    return reportOf(plan, parsed);
  }

  /** Forgets every pending preview (on lock: parsed files hold case data). */
  clear(): void {
    this.pending.clear();
  }

  private async parse(token: string, grids: Grid[], mapping: MappingOverride | undefined): Promise<ParsedWorkbook> {
    const rows = grids.reduce((n, g) => n + g.rows.length, 0);
    this.progress(token, 'parse', 0, rows);
    await nextTurn();
    const parsed = parseWorkbook(grids, mapping);
    this.progress(token, 'parse', rows, rows);
    await nextTurn();
    return parsed;
  }

  private async planInChunks(parsed: ParsedWorkbook, seen: Map<string, LedgerCase | null>): Promise<ImportPlan> {
    const coverage = coverageBySheet(parsed.sheets);
    const plan = emptyPlan();
    for (let i = 0; i < parsed.cases.length; i += CHUNK) {
      const { cases } = this.deps.open();
      planRows(plan, parsed.cases.slice(i, i + CHUNK), coverage, (caseNo) => {
        const stored = cases.get(caseNo);
        seen.set(caseNo, stored);
        return stored;
      });
      await nextTurn();
    }
    return plan;
  }

  private remember(token: string, entry: Pending): void {
    this.pending.set(token, entry);
    // Each preview holds a whole parsed file in memory; a few at a time is plenty.
    while (this.pending.size > MAX_PENDING) {
      const oldest = this.pending.keys().next().value;
      if (oldest === undefined) break;
      this.pending.delete(oldest);
    }
  }

  private dropExpired(): void {
    const now = this.deps.now().getTime();
    for (const [token, entry] of this.pending) if (entry.expiresAt <= now) this.pending.delete(token);
  }

  private progress(token: string, phase: 'read' | 'parse' | 'write', done: number, total: number): void {
    this.deps.emit({ name: 'ledger.importProgress', payload: { token, phase, done, total } });
  }
}

function reportOf(plan: ImportPlan, parsed: ParsedWorkbook): ImportReport {
  return {
    imported: plan.inserts.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    rejected: parsed.rejected,
    warnings: [...parsed.warnings, ...plan.warnings],
  };
}
