// The one object that implements the contract. Every transport (Electron IPC, the test host, the CLI,
// tests) calls invoke(); it validates the input, enforces the session gate and never throws.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import {
  AppError, methods, type BackendEvent, type Envelope, type MethodName, type MethodResults, type SessionStatus,
} from '../shared/contract';
import type { Transport } from '../shared/api-client';
import { caseFieldsSchema } from '../shared/ledger/case';
import { diffCases } from '../shared/ledger/diff';
import { exportLedger } from './ledger/export';
import { CasesRepo } from './ledger/cases-repo';
import { ImportService } from './ledger/import-service';
import { readSettings, writeSettings } from './ledger/settings-repo';
import { boardHandlers } from './board/handlers';
import { meetingHandlers } from './meeting/handlers';
import { liveHandlers } from './meeting/live-handlers';
import { minutesHandlers, type PrintToPdf } from './meeting/minutes-handlers';
import { writebackHandlers } from './meeting/writeback-handlers';
import { migrate } from './migrate';
import { openDatabase, type Db } from './open';
import { AuditRepo, UNKNOWN_ACTOR } from './audit/audit-repo';
import { exportAuditLog } from './audit/audit-export';
import { describeCall } from '../shared/audit/actions';
import { UnlockGuard } from './session/unlock-guard';
import { rekeyDatabase, RekeyFailed } from './session/change-passphrase';
import { restoreDatabase } from './backup';

export interface BackendOptions {
  dbPath: string;
  now?: () => Date;
  nativeBinding?: string;
  /** Opens the projector window (the Electron host does, on the second display); without it the page opens /present. */
  openPresenter?: (meetingId: number) => boolean;
  /** Prints an HTML document to PDF (Electron: printToPDF; the CLI: headless Chromium); without it minutes PDF is refused. */
  printToPdf?: PrintToPdf;
}

export type Backend = Transport & { close(): void };

type Inputs = { [M in MethodName]: z.output<(typeof methods)[M]> };
type Handlers = { [M in MethodName]: (input: Inputs[M]) => MethodResults[M] | Promise<MethodResults[M]> };

const LOCKED_MESSAGE = 'ロックされています。パスフレーズを入力してください。';
const INTERNAL_MESSAGE = '内部エラーが発生しました。もう一度お試しください。続く場合は開発元に連絡してください。';

export function createBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: BackendEvent) => void>();
  let session: { db: Db; cases: CasesRepo; audit: AuditRepo } | null = null;
  const guard = new UnlockGuard(options.dbPath, now);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};

  const emit = (event: BackendEvent) => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // One broken window must not stop the others from hearing about changes.
      }
    }
  };
  const open = () => {
    if (!session) throw new AppError('locked', LOCKED_MESSAGE);
    return session;
  };
  const imports = new ImportService({ now, emit, open });

  const status = (): SessionStatus => ({
    state: session ? 'unlocked' : existsSync(options.dbPath) ? 'locked' : 'uninitialized',
    dbPath: options.dbPath,
  });
  const start = (db: Db) => {
    try {
      migrate(db, now);
    } catch (err) {
      db.close();
      throw err;
    }
    session = { db, cases: new CasesRepo(db), audit: new AuditRepo(db) };
    emit({ name: 'session.changed', payload: { state: 'unlocked' } });
    return status();
  };
  const lock = () => {
    imports.clear();
    if (session) {
      session.db.close();
      session = null;
    }
  };
  const detail = (caseNo: string) => {
    const { cases } = open();
    const found = cases.get(caseNo);
    if (!found) throw new AppError('not_found', `登録番号「${caseNo}」のケースが見つかりません。`);
    return { case: found, history: cases.history(caseNo) };
  };

  const handlers: Handlers = {
    'session.status': () => status(),
    'session.setup': ({ passphrase }) => {
      if (existsSync(options.dbPath)) {
        throw new AppError('already_initialized', 'データベースはすでに作成されています。パスフレーズを入力して開いてください。');
      }
      mkdirSync(dirname(options.dbPath), { recursive: true });
      return start(openDatabase(options.dbPath, { passphrase, create: true, nativeBinding: options.nativeBinding }));
    },
    'session.unlock': ({ passphrase }) => {
      if (session) return status();
      if (!existsSync(options.dbPath)) {
        throw new AppError('not_initialized', 'データベースがまだありません。最初にパスフレーズを決めて作成してください。');
      }
      guard.check();
      let db: Db;
      try {
        db = openDatabase(options.dbPath, { passphrase, nativeBinding: options.nativeBinding });
      } catch (err) {
        throw err instanceof AppError && err.code === 'wrong_passphrase' ? guard.failed() : err;
      }
      const result = start(db);
      // Failed tries happened while the database was closed; they enter the 操作ログ now, before this unlock.
      for (const at of guard.succeeded()) {
        open().audit.record('session.unlock', { kind: 'unlock', summary: 'ロック解除（パスフレーズ違い）', target: null }, UNKNOWN_ACTOR, at, false);
      }
      return result;
    },
    'session.changePassphrase': ({ current, next }) => {
      const { db } = open();
      if (current === next) throw new AppError('invalid_input', '新しいパスフレーズが、いまのパスフレーズと同じです。');
      guard.check();
      try {
        openDatabase(options.dbPath, { passphrase: current, ...binding }).close();
      } catch (err) {
        throw err instanceof AppError && err.code === 'wrong_passphrase' ? guard.failed() : err;
      }
      try {
        return { backupPath: rekeyDatabase(db, { current, next, at: now(), ...binding }) };
      } catch (err) {
        if (!(err instanceof RekeyFailed)) throw err;
        // The new key could not be proven: put the backup (old passphrase) back rather than risk a file
        // that opens with neither.
        lock();
        emit({ name: 'session.changed', payload: { state: 'locked' } });
        restoreDatabase(err.backupPath, options.dbPath, { passphrase: current, ...binding });
        throw new AppError('internal', 'パスフレーズを変更できませんでした。データベースは元のパスフレーズのまま戻しました。もう一度開いてください。');
      }
    },
    'session.lock': () => {
      const wasOpen = session !== null;
      lock();
      if (wasOpen) emit({ name: 'session.changed', payload: { state: 'locked' } });
      return status();
    },

    'settings.get': () => readSettings(open().db),
    'settings.update': (changes) => writeSettings(open().db, changes),

    'ledger.list': () => ({ cases: open().cases.list() }),
    'ledger.get': ({ caseNo }) => detail(caseNo),
    'ledger.create': ({ case: c }) => {
      const { db, cases } = open();
      if (cases.get(c.caseNo)) throw new AppError('duplicate', `登録番号「${c.caseNo}」はすでに登録されています。`);
      const at = now().toISOString();
      db.transaction(() => {
        cases.insert(c, at);
        cases.addHistory({ caseNo: c.caseNo, source: 'edit', field: '*', oldValue: null, newValue: null, detail: null }, at);
      })();
      emit({ name: 'ledger.changed', payload: { caseNos: [c.caseNo] } });
      return detail(c.caseNo);
    },
    'ledger.update': ({ caseNo, changes }) => {
      const { db, cases } = open();
      const before = detail(caseNo).case;
      const merged = caseFieldsSchema.safeParse({ ...before, ...changes, caseNo: before.caseNo });
      if (!merged.success) throw new AppError('invalid_input', zodMessage(merged.error));
      const diff = diffCases(before, merged.data);
      if (diff.length === 0) return detail(caseNo);
      const at = now().toISOString();
      db.transaction(() => {
        cases.replace(merged.data, at);
        for (const change of diff) cases.addHistory({ caseNo, source: 'edit', ...change, detail: null }, at);
      })();
      emit({ name: 'ledger.changed', payload: { caseNos: [caseNo] } });
      return detail(caseNo);
    },
    'ledger.importPreview': (input) => imports.preview(input),
    'ledger.importCommit': (input) => imports.commit(input),
    'ledger.export': async ({ format }) => exportLedger(open().cases.list(), format, now()),
    'audit.list': (filter) => open().audit.list(filter),
    'audit.export': async ({ format, ...filter }) => exportAuditLog(open().audit.list(filter).entries, format, now()),
    ...meetingHandlers({ now, emit, open }),
    ...boardHandlers({ now, emit, open }),
    ...liveHandlers({ now, emit, open, ...(options.openPresenter ? { openPresenter: options.openPresenter } : {}) }),
    ...minutesHandlers({ now, emit, open, ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}) }),
    ...writebackHandlers({ now, emit, open }),
  };

  /** Writes the 操作ログ row for a call (nothing for reads or without an open session). */
  const audit = (method: MethodName, input: unknown) => {
    if (!session) return;
    const description = describeCall(method, input as never);
    if (!description) return;
    try {
      session.audit.record(method, description, readSettings(session.db).operatorName, now().toISOString());
    } catch (err) {
      // The action itself has happened; a log that cannot be written must not report it as failed.
      reportInternal(`${method} (操作ログ)`, err);
    }
  };

  return {
    async invoke(method, input) {
      if (!Object.hasOwn(methods, method)) {
        return failure('unknown_method', `不明な操作です: ${String(method).slice(0, 100)}`);
      }
      const parsed = methods[method].safeParse(input ?? {});
      if (!parsed.success) return failure('invalid_input', zodMessage(parsed.error));
      if ((!method.startsWith('session.') || method === 'session.changePassphrase') && !session) return failure('locked', LOCKED_MESSAGE);
      try {
        const handler = handlers[method] as (input: unknown) => unknown;
        const wasOpen = session !== null;
        // A call that closes the session is logged before it runs; every other one once it has succeeded.
        if (method === 'session.lock') audit(method, parsed.data);
        const value = await handler(parsed.data);
        if (method !== 'session.lock' && !(method === 'session.unlock' && wasOpen)) audit(method, parsed.data);
        return { ok: true, value } as Envelope<unknown>;
      } catch (err) {
        if (err instanceof AppError) return failure(err.code, err.message);
        reportInternal(method, err);
        return failure('internal', INTERNAL_MESSAGE);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      lock();
      listeners.clear();
    },
  };
}

function failure(code: AppError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** The schema's own message when it is Japanese (ours are); zod's English defaults become a summary. */
export function zodMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '入力が正しくありません。';
  const where = issue.path.length > 0 ? `（項目: ${issue.path.map(String).join('.')}）` : '';
  if (JAPANESE.test(issue.message)) return `${issue.message}${where}`;
  return `入力が正しくありません${where}。`;
}

function reportInternal(method: string, err: unknown): void {
  // Only the error itself: inputs can hold case data and must not end up in logs.
  const text = err instanceof Error ? (process.env.TSUNAGU_DEBUG ? err.stack ?? err.message : `${err.name}: ${err.message}`) : String(err);
  console.error(`[tsunagu] ${method}: ${text}`);
}

