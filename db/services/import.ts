// Import in two steps: preview (read, parse, compare; nothing written) keeps the parsed workbook under
// a random token; commit writes it in one transaction. Between chunks of work it yields to the event
// loop so progress events reach the windows while a large file is processed.
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  AppError,
  type BackendEvent,
  type ImportPreview,
  type ImportReport,
  type MappingOverride,
  type MethodInput,
} from '../../shared/contract';
import type { Grid } from '../../shared/ledger/grid';
import { parseWorkbook } from '../../shared/ledger/parse';
import { readLedgerFile } from '../files/read-ledger-file';
import type { CasesRepo } from '../repos/cases';
import type { Store } from '../repos/store';
import { coverageBySheet, emptyPlan, holdNewerEdits, planRows, type ImportPlan, type PlanContext } from './import-plan';
import type { LedgerCase } from '../../shared/ledger/case';

type ParsedWorkbook = ReturnType<typeof parseWorkbook>;

export const PREVIEW_TTL_MS = 30 * 60 * 1000;
const MAX_PENDING = 4;
const CHUNK = 1000;

interface Pending {
  fileName: string;
  grids: Grid[];
  parsed: ParsedWorkbook;
  /** Each case as the preview read it (null: not in the ledger then), to hold back edits made since. */
  seen: Map<string, LedgerCase | null>;
  expiresAt: number;
}

export interface ImportDeps {
  now: () => Date;
  emit: (event: BackendEvent) => void;
  /** Throws 'locked' when the database is closed; called again after every await. */
  store: () => Store;
}

export class ImportService {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly deps: ImportDeps) {}

  async preview(input: {
    fileName: string;
    dataBase64: string;
    mapping?: MappingOverride;
    filePassword?: string;
  }): Promise<ImportPreview> {
    this.dropExpired();
    const token = randomUUID();
    const bytes = Buffer.from(input.dataBase64, 'base64');
    this.progress(token, 'read', 0, bytes.length);
    await nextTurn();
    // The password opens the file for this read only; nothing below keeps the input.
    const grids = await readLedgerFile(input.fileName, bytes, { password: input.filePassword });
    this.progress(token, 'read', bytes.length, bytes.length);
    const parsed = await this.parse(token, grids, input.mapping);
    if (parsed.cases.length === 0 && parsed.rejected.length === 0) throw nothingToImport(input.fileName, parsed);
    const seen = new Map<string, LedgerCase | null>();
    const plan = await this.planInChunks(parsed, input.fileName, seen);
    this.remember(token, {
      fileName: input.fileName,
      grids,
      parsed,
      seen,
      expiresAt: this.deps.now().getTime() + PREVIEW_TTL_MS,
    });
    return { token, fileName: input.fileName, sheets: parsed.sheets, report: reportOf(plan, parsed) };
  }

  async commit(input: {
    token: string;
    mapping?: MappingOverride;
    overwriteNewer?: MethodInput<'ledger.importCommit'>['overwriteNewer'];
  }): Promise<ImportReport> {
    this.dropExpired();
    const entry = this.pending.get(input.token);
    if (!entry) {
      throw new AppError(
        'expired',
        '取り込みの準備が見つからないか、期限（30分）が切れました。もう一度ファイルを選んでください。',
      );
    }
    const parsed = input.mapping ? await this.parse(input.token, entry.grids, input.mapping) : entry.parsed;
    const total = parsed.cases.length;
    this.progress(input.token, 'write', 0, total);
    await nextTurn();
    const store = this.deps.store();
    const { cases } = store;
    const at = this.deps.now().toISOString();
    const coverage = coverageBySheet(parsed.sheets);
    // Planned inside the transaction: the ledger may have been edited since the preview.
    const chosen = input.overwriteNewer ?? [];
    const overwrite = chosen === 'all' ? () => true : choiceSet(chosen);
    const plan = store.tx(() => {
      const p = emptyPlan();
      planRows(p, parsed.cases, coverage, planContext(cases, entry.fileName, overwrite));
      holdNewerEdits(p, entry.seen, (caseNo) => cases.get(caseNo));
      // History rows name the file, so a later import can tell this file's values from another's.
      const detail = entry.fileName;
      for (const c of p.inserts) {
        cases.insert(c, at);
        cases.addHistory(
          { caseNo: c.caseNo, source: 'import', field: '*', oldValue: null, newValue: null, detail },
          at,
        );
      }
      for (const { after, applied } of p.updates) {
        if (applied.length === 0) continue;
        cases.replace(after, at);
        for (const ch of applied) cases.addHistory({ caseNo: after.caseNo, source: 'import', ...ch, detail }, at);
      }
      const report = reportOf(p, parsed);
      cases.logImport({
        at,
        fileName: entry.fileName,
        imported: report.imported,
        updated: report.updated,
        unchanged: report.unchanged,
        rejected: report.rejected.length,
        warnings: report.warnings.length,
      });
      return p;
    });
    this.pending.delete(input.token);
    this.progress(input.token, 'write', total, total);
    const changed = [
      ...plan.inserts.map((c) => c.caseNo),
      ...plan.updates.filter((u) => u.applied.length > 0).map((u) => u.after.caseNo),
    ];
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

  private async planInChunks(
    parsed: ParsedWorkbook,
    fileName: string,
    seen: Map<string, LedgerCase | null>,
  ): Promise<ImportPlan> {
    const coverage = coverageBySheet(parsed.sheets);
    const plan = emptyPlan();
    const legacy = this.deps.store().cases.legacySpellings();
    for (let i = 0; i < parsed.cases.length; i += CHUNK) {
      const { cases } = this.deps.store();
      // The preview shows the default: every change that would undo a newer value is kept out.
      const context = planContext(cases, fileName, () => false, legacy);
      const stored = context.stored;
      context.stored = (caseNo) => {
        const found = stored(caseNo);
        seen.set(found?.caseNo ?? caseNo, found);
        return found;
      };
      planRows(plan, parsed.cases.slice(i, i + CHUNK), coverage, context);
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

function planContext(
  cases: CasesRepo,
  fileName: string,
  overwrite: PlanContext['overwrite'],
  legacy = cases.legacySpellings(),
): PlanContext {
  return {
    stored: (caseNo) => cases.get(caseNo),
    history: (caseNo) => cases.history(caseNo),
    legacy,
    fileName,
    overwrite,
  };
}

function choiceSet(choices: readonly { caseNo: string; field: string }[]): PlanContext['overwrite'] {
  const keys = new Set(choices.map((c) => `${c.caseNo}\u0000${c.field}`));
  return (caseNo, field) => keys.has(`${caseNo}\u0000${field}`);
}

/** An empty workbook, or sheets with no ledger rows, is said so rather than "imported 0 cases". */
function nothingToImport(fileName: string, parsed: ParsedWorkbook): AppError {
  const why = parsed.warnings.filter((w) => w.row === null).map((w) => w.message);
  if (why.length === 0) why.push('見出しの下に行がありません');
  return new AppError(
    'unreadable_file',
    `「${fileName}」には取り込める台帳の行がありません（${why.join('。')}）。登録番号の列と、その下にケースの行がある台帳のファイルを選んでください。`,
  );
}

function reportOf(plan: ImportPlan, parsed: ParsedWorkbook): ImportReport {
  const rows = (r: { sheet: string; row: number | null }) =>
    `${String(sheetIndex(parsed, r.sheet)).padStart(4, '0')}:${String(r.row ?? 0).padStart(7, '0')}`;
  const rejected =
    plan.nearDuplicates.length === 0
      ? parsed.rejected
      : [...parsed.rejected, ...plan.nearDuplicates].sort((a, b) => (rows(a) < rows(b) ? -1 : 1));
  return {
    imported: plan.inserts.length,
    updated: plan.updates.filter((u) => u.applied.length > 0).length,
    unchanged: plan.unchanged,
    rejected,
    warnings: [...parsed.warnings, ...plan.spellingWarnings, ...plan.heldWarnings],
    updates: plan.updates.map((u) => u.report),
    keptNewer: plan.updates.reduce((n, u) => n + u.report.changes.filter((ch) => ch.kept).length, 0),
  };
}

function sheetIndex(parsed: ParsedWorkbook, sheet: string): number {
  return parsed.sheets.findIndex((s) => s.name === sheet);
}
