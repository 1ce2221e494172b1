// The one object that implements the contract. Every transport (Electron IPC, the test host, the CLI,
// tests) calls invoke(); it validates the input, enforces the session gate and never throws.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import {
  AppError, methods, type BackendEvent, type Envelope, type MethodName, type MethodResults, type SessionStatus,
} from '../shared/contract';
import type { Transport } from '../shared/api-client';
import { caseFieldsSchema } from '../shared/ledger/case';
import { diffCases } from '../shared/ledger/diff';
import { staleEditMessage } from '../shared/ledger/stale-edit';
import { exportLedger } from './ledger/export';
import { CasesRepo } from './ledger/cases-repo';
import { storedCaseNo } from './ledger/case-no-lookup';
import { ImportService } from './ledger/import-service';
import { readSettings, writeSettings } from './ledger/settings-repo';
import { boardHandlers } from './board/handlers';
import { meetingHandlers } from './meeting/handlers';
import { liveHandlers } from './meeting/live-handlers';
import { minutesHandlers, type PrintToPdf } from './meeting/minutes-handlers';
import { writebackHandlers } from './meeting/writeback-handlers';
import { migrate } from './migrate';
import { ensurePrivateDir } from './files/private-files';
import { openDatabase, type Db } from './open';
import { acquireLease, type Lease } from './lease';
import { storageError } from './storage-errors';
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
  /** Named in the lease file, so a refused restore can say who holds the database (default: the app). */
  programName?: string;
  /** SQLite's busy timeout for this backend's connection (default DEFAULT_BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
}

export type Backend = Transport & { close(): void };

type Inputs = { [M in MethodName]: z.output<(typeof methods)[M]> };
type Handlers = { [M in MethodName]: (input: Inputs[M]) => MethodResults[M] | Promise<MethodResults[M]> };

const LOCKED_MESSAGE = 'ロックされています。パスフレーズを入力してください。';
const INTERNAL_MESSAGE = '内部エラーが発生しました。もう一度お試しください。続く場合は開発元に連絡してください。';
const REPLACED_MESSAGE = 'データベースのファイルがほかの操作（復元など）で置き換えられたため、ロックしました。'
  + '置き換え前のファイルには書き込んでいません。パスフレーズを入力して開き直してください。';

export function createBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: BackendEvent) => void>();
  // `file` is the database file's identity when it was opened: a restore (or a copy by hand) that swaps the
  // file underneath makes it differ, and the session locks rather than go on with a file that is gone.
  let session: { db: Db; cases: CasesRepo; audit: AuditRepo; lease: Lease; file: FileIdentity } | null = null;
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

  const connection = { nativeBinding: options.nativeBinding, busyTimeoutMs: options.busyTimeoutMs };
  const status = (): SessionStatus => ({
    state: session ? 'unlocked' : existsSync(options.dbPath) ? 'locked' : 'uninitialized',
    dbPath: options.dbPath,
  });
  const start = (db: Db) => {
    let lease: Lease;
    try {
      migrate(db, now);
      lease = acquireLease(options.dbPath, options.programName ?? 'Tsunagu のアプリ', now());
    } catch (err) {
      db.close();
      throw err;
    }
    session = { db, cases: new CasesRepo(db), audit: new AuditRepo(db), lease, file: identity(options.dbPath) };
    emit({ name: 'session.changed', payload: { state: 'unlocked' } });
    return status();
  };
  const lock = () => {
    imports.clear();
    if (session) {
      session.db.close();
      session.lease.release();
      session = null;
    }
  };
  const detail = (requested: string) => {
    const { db, cases } = open();
    const caseNo = storedCaseNo(db, requested);
    const found = cases.get(caseNo);
    if (!found) throw new AppError('not_found', `登録番号「${caseNo}」のケースが見つかりません。`);
    return { case: found, history: cases.history(caseNo), version: cases.version(caseNo) ?? 1 };
  };

  const handlers: Handlers = {
    'session.status': () => status(),
    'session.setup': ({ passphrase }) => {
      if (existsSync(options.dbPath)) {
        throw new AppError('already_initialized', 'データベースはすでに作成されています。パスフレーズを入力して開いてください。');
      }
      ensurePrivateDir(dirname(options.dbPath));
      return start(openDatabase(options.dbPath, { passphrase, create: true, ...connection }));
    },
    'session.unlock': ({ passphrase }) => {
      if (session) return status();
      if (!existsSync(options.dbPath)) {
        throw new AppError('not_initialized', 'データベースがまだありません。最初にパスフレーズを決めて作成してください。');
      }
      guard.check();
      let db: Db;
      try {
        db = openDatabase(options.dbPath, { passphrase, ...connection });
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
      const at = now().toISOString();
      db.transaction(() => {
        if (cases.get(c.caseNo)) throw new AppError('duplicate', `登録番号「${c.caseNo}」はすでに登録されています。`);
        const spelling = storedCaseNo(db, c.caseNo);
        if (spelling !== c.caseNo) throw new AppError('duplicate', `登録番号「${c.caseNo}」は、台帳の「${spelling}」と全角・半角や見えない文字、ハイフンの違いしかありません。同じケースではないか確かめてください。`);
        cases.insert(c, at);
        cases.addHistory({ caseNo: c.caseNo, source: 'edit', field: '*', oldValue: null, newValue: null, detail: null }, at);
      }).immediate();
      emit({ name: 'ledger.changed', payload: { caseNos: [c.caseNo] } });
      return detail(c.caseNo);
    },
    'ledger.update': ({ caseNo, changes, version }) => {
      const { db, cases } = open();
      const at = now().toISOString();
      // Read, check and write in ONE immediate transaction: the case read is the one written back, so a
      // change another program committed meanwhile is either seen (and kept) or refused, never overwritten.
      const changed = db.transaction(() => {
        const before = detail(caseNo).case;
        if (version !== undefined && version !== cases.version(before.caseNo)) {
          throw new AppError('conflict', staleEditMessage(before, changes));
        }
        // Only the fields in `changes` are taken from the editor; every other field stays as stored now.
        const merged = caseFieldsSchema.safeParse({ ...before, ...changes, caseNo: before.caseNo });
        if (!merged.success) throw new AppError('invalid_input', zodMessage(merged.error));
        const diff = diffCases(before, merged.data);
        if (diff.length === 0) return false;
        cases.replace(merged.data, at);
        for (const change of diff) cases.addHistory({ caseNo: before.caseNo, source: 'edit', ...change, detail: null }, at);
        return true;
      }).immediate();
      if (changed) emit({ name: 'ledger.changed', payload: { caseNos: [caseNo] } });
      return detail(caseNo);
    },
    'ledger.importPreview': (input) => imports.preview(input),
    'ledger.importCommit': (input) => imports.commit(input),
    'ledger.export': async ({ format }) => exportLedger(open().cases.list(), format, now(), readSettings(open().db).timeZone),
    'audit.list': (filter) => open().audit.list(filter),
    'audit.export': async ({ format, ...filter }) => exportAuditLog(open().audit.list(filter).entries, format, now(), readSettings(open().db).timeZone),
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
      if ((!method.startsWith('session.') || method === 'session.changePassphrase') && session && fileReplaced(session.file, options.dbPath)) {
        lock();
        emit({ name: 'session.changed', payload: { state: status().state } });
        return failure('locked', REPLACED_MESSAGE);
      }
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
        // A busy database, a full disk, a failing drive: told in Japanese with what to do, for every method.
        const storage = storageError(err);
        if (storage) return failure(storage.code, storage.message);
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

interface FileIdentity { dev: number; ino: number }

function identity(path: string): FileIdentity {
  const { dev, ino } = statSync(path);
  return { dev, ino };
}

/** Whether the file at `path` is no longer the one the session opened (replaced by a restore, or removed). */
function fileReplaced(opened: FileIdentity, path: string): boolean {
  const now = statSync(path, { throwIfNoEntry: false });
  return !now || now.dev !== opened.dev || now.ino !== opened.ino;
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

