// Import in two steps: preview (read, parse, compare; nothing written) keeps the parsed workbook under
// a random token; commit writes it in one transaction. Reading and parsing the file run in the file
// worker (db/workers/), which keeps the grids for a re-parse with another mapping; the parsed cases come
// back in parts. Between chunks of work it yields to the event loop so progress events reach the windows
// while a large file is processed.
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
import type { ParsedCase, ParsedWorkbook } from '../../shared/ledger/parse';
import type { ParsedHead } from '../workers/jobs';
import { runJob } from '../workers/run-in-worker';
import type { CasesRepo } from '../repos/cases';
import type { Store } from '../repos/store';
import {
  coverageBySheet,
  dropEmptyUpdates,
  emptyPlan,
  holdNewerEditsIn,
  planRows,
  type ImportPlan,
  type PlanContext,
} from './import-plan';
import type { HandlerContext } from '../handlers/context';
import type { Turn } from '../long-transaction';
import type { LedgerCase } from '../../shared/ledger/case';

export const PREVIEW_TTL_MS = 30 * 60 * 1000;
const MAX_PENDING = 4;
const CHUNK = 250;

/** Where the time of the last preview and commit went (milliseconds), for the bench. */
export const lastImportTimings = { read: 0, parse: 0, plan: 0, commit: 0 };

interface Pending {
  fileName: string;
  parsed: ParsedWorkbook;
  /** Each case as the preview read it (null: not in the ledger then), to hold back edits made since. */
  seen: Map<string, LedgerCase | null>;
  /**
   * The preview's plan, and the ledger's stamp (CasesRepo.stamp) and repo when it began: a commit that finds
   * the same stamp on the same repo, with the preview's mapping and choices, writes this plan as it is.
   */
  planned: { plan: ImportPlan; stamp: string; repo: CasesRepo };
  expiresAt: number;
}

export interface ImportDeps {
  now: () => Date;
  emit: (event: BackendEvent) => void;
  /** Throws 'locked' when the database is closed; called again after every await. */
  store: () => Store;
  /** The commit's one transaction, spread over short turns (db/long-transaction.ts). */
  longTx: HandlerContext['longTx'];
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
    // The password opens the file for this read only; the worker keeps the grids, never the input.
    const options = { password: input.filePassword };
    const parsed = await this.parse(token, bytes.length, (onPart) =>
      runJob('readLedger', { token, fileName: input.fileName, bytes, options, mapping: input.mapping }, { onPart }),
    );
    if (parsed.cases.length === 0 && parsed.rejected.length === 0) {
      void this.forget([token]);
      throw nothingToImport(input.fileName, parsed);
    }
    const seen = new Map<string, LedgerCase | null>();
    const planStart = performance.now();
    const repo = this.deps.store().cases;
    const stamp = repo.stamp();
    const plan = await this.planInChunks(parsed, input.fileName, seen);
    lastImportTimings.plan = performance.now() - planStart;
    this.remember(token, {
      fileName: input.fileName,
      parsed,
      seen,
      planned: { plan: structuredPlanCopy(plan), stamp, repo },
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
    const parsed = input.mapping
      ? await this.parse(input.token, 0, (onPart) =>
          runJob('reparse', { token: input.token, mapping: input.mapping }, { onPart }),
        )
      : entry.parsed;
    const total = parsed.cases.length;
    const commitStart = performance.now();
    this.progress(input.token, 'write', 0, total);
    const at = this.deps.now().toISOString();
    const chosen = input.overwriteNewer ?? [];
    const overwrite = chosen === 'all' ? () => true : choiceSet(chosen);
    // One transaction, in short turns: planned inside it (the ledger may have been edited since the preview),
    // then written; a lock or a crash part-way leaves the ledger as it was.
    const asPreviewed = !input.mapping && chosen !== 'all' && chosen.length === 0;
    const plan = await this.deps.longTx('write', async (turn) => {
      const unchanged = await turn(
        ({ cases }) => cases === entry.planned.repo && cases.stamp() === entry.planned.stamp,
      );
      const p =
        asPreviewed && unchanged
          ? structuredPlanCopy(entry.planned.plan)
          : await this.replan(turn, parsed, entry, overwrite);
      dropEmptyUpdates(p);
      const writes = [...p.inserts.map((c) => ({ insert: c })), ...p.updates.filter((u) => u.applied.length > 0)];
      // History rows name the file, so a later import can tell this file's values from another's.
      const detail = entry.fileName;
      const by = await turn(({ cases }) => cases.operatorName());
      for (let i = 0; i < writes.length; i += CHUNK) {
        await turn(({ cases }) => {
          for (const w of writes.slice(i, i + CHUNK)) {
            if ('insert' in w) {
              cases.insert(w.insert, at);
              const { caseNo } = w.insert;
              cases.addHistory(
                { caseNo, source: 'import', field: '*', oldValue: null, newValue: null, detail },
                at,
                by,
              );
            } else {
              cases.replace(w.after, at);
              for (const ch of w.applied)
                cases.addHistory({ caseNo: w.after.caseNo, source: 'import', ...ch, detail }, at, by);
            }
          }
        });
        this.progress(input.token, 'write', Math.min(total, Math.round(((i + CHUNK) / writes.length) * total)), total);
      }
      const report = reportOf(p, parsed);
      await turn(({ cases }) =>
        cases.logImport({
          at,
          fileName: entry.fileName,
          imported: report.imported,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected.length,
          warnings: report.warnings.length,
        }),
      );
      return p;
    });
    lastImportTimings.commit = performance.now() - commitStart;
    this.pending.delete(input.token);
    void this.forget([input.token]);
    this.progress(input.token, 'write', total, total);
    const changed = [
      ...plan.inserts.map((c) => c.caseNo),
      ...plan.updates.filter((u) => u.applied.length > 0).map((u) => u.after.caseNo),
    ];
    if (changed.length > 0) this.deps.emit({ name: 'ledger.changed', payload: { caseNos: changed } });
    return reportOf(plan, parsed);
  }

  /** The plan made again inside the commit's transaction: the ledger changed since the preview, or the choices did. */
  private async replan(
    turn: Turn,
    parsed: ParsedWorkbook,
    entry: Pending,
    overwrite: PlanContext['overwrite'],
  ): Promise<ImportPlan> {
    const p = emptyPlan();
    const coverage = coverageBySheet(parsed.sheets);
    const legacy = await turn(({ cases }) => cases.legacySpellings());
    for (let i = 0; i < parsed.cases.length; i += CHUNK) {
      await turn(({ cases }) =>
        planRows(p, parsed.cases.slice(i, i + CHUNK), coverage, planContext(cases, entry.fileName, overwrite, legacy)),
      );
    }
    for (let i = 0; i < p.updates.length; i += CHUNK) {
      await turn(({ cases }) => holdNewerEditsIn(p, entry.seen, (caseNo) => cases.get(caseNo), i, i + CHUNK));
    }
    return p;
  }

  /** Forgets every pending preview (on lock: parsed files hold case data). */
  clear(): void {
    this.pending.clear();
    void this.forget('all');
  }

  /**
   * Reads and/or parses in the worker. The cases arrive as parts of JSON while the worker still parses;
   * each part is parsed here in a turn of its own as it comes, so the two threads work at once and no
   * turn parses more than one part.
   */
  private async parse(
    token: string,
    bytes: number,
    job: (onPart: (part: string) => void) => Promise<ParsedHead>,
  ): Promise<ParsedWorkbook> {
    const cases: ParsedCase[] = [];
    let parsing = Promise.resolve();
    const onPart = (part: string) => {
      parsing = parsing.then(async () => {
        await nextTurn();
        for (const c of JSON.parse(part) as ParsedCase[]) cases.push(c);
      });
    };
    const head = await job(onPart);
    await parsing;
    const { rows, readMs, parseMs, ...rest } = head;
    lastImportTimings.read = readMs;
    lastImportTimings.parse = parseMs;
    if (bytes > 0) this.progress(token, 'read', bytes, bytes);
    this.progress(token, 'parse', rows, rows);
    await nextTurn();
    return { ...rest, cases };
  }

  /** The worker keeps each preview's grids; they hold case data, so they go when the preview goes. */
  private async forget(tokens: string[] | 'all'): Promise<void> {
    if (tokens !== 'all' && tokens.length === 0) return;
    await runJob('forget', { tokens }).catch(() => undefined);
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
      void this.forget([oldest]);
    }
  }

  private dropExpired(): void {
    const now = this.deps.now().getTime();
    const expired = [...this.pending].filter(([, entry]) => entry.expiresAt <= now).map(([token]) => token);
    for (const token of expired) this.pending.delete(token);
    void this.forget(expired);
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

/** A plan's lists copied, so a commit that fails and is tried again starts from the preview's plan. */
function structuredPlanCopy(plan: ImportPlan): ImportPlan {
  return {
    ...plan,
    inserts: [...plan.inserts],
    updates: [...plan.updates],
    nearDuplicates: [...plan.nearDuplicates],
    spellingWarnings: [...plan.spellingWarnings],
    heldWarnings: [...plan.heldWarnings],
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
