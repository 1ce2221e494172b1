// The one object that implements the contract. Every transport (Electron IPC, the test host, the CLI,
// tests) calls invoke(); it validates the input, enforces the session gate, writes the 操作ログ and never
// throws. The methods themselves are in db/handlers/ (one file per namespace, over one HandlerContext).
import { AppError, methods, type BackendEvent, type Envelope, type MethodName } from '../shared/contract';
import type { Transport } from '../shared/api-client';
import { describeCall } from '../shared/audit/actions';
import type { PrintToPdf } from './documents/minutes-file';
import { createHandlerContext } from './handlers/context';
import { flatten, handlerTable } from './handlers/index';
import { LongTransactions } from './long-transaction';
import { ImportService } from './services/import';
import { LOCKED_MESSAGE, Session } from './session/session';
import { storageError } from './storage-errors';
import { zodMessage } from './zod-message';

export { zodMessage };

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

const INTERNAL_MESSAGE = '内部エラーが発生しました。もう一度お試しください。続く場合は開発元に連絡してください。';
const REPLACED_MESSAGE =
  'データベースのファイルがほかの操作（復元など）で置き換えられたため、ロックしました。' +
  '置き換え前のファイルには書き込んでいません。パスフレーズを入力して開き直してください。';

export function createBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: BackendEvent) => void>();
  const emit = (event: BackendEvent) => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // One broken window must not stop the others from hearing about changes.
      }
    }
  };
  const imports: { service?: ImportService } = {};
  const session = new Session({
    dbPath: options.dbPath,
    now,
    emit,
    nativeBinding: options.nativeBinding,
    busyTimeoutMs: options.busyTimeoutMs,
    programName: options.programName,
    onLock: () => imports.service?.clear(),
  });
  const long = new LongTransactions({ checkpoint: () => session.checkpoint() });
  const ctx = createHandlerContext({ now, emit, store: () => session.store(), long });
  imports.service = new ImportService({ now, emit: ctx.emit, store: ctx.store, longTx: ctx.longTx });
  const handlers = flatten(
    handlerTable({
      ctx,
      session,
      imports: imports.service,
      emit,
      openPresenter: options.openPresenter,
      printToPdf: options.printToPdf,
    }),
  );

  /** Writes the 操作ログ row for a call (nothing for reads or without an open session). */
  const audit = (method: MethodName, input: unknown) => {
    if (!session.isOpen) return;
    const description = describeCall(method, input as never);
    if (!description) return;
    try {
      const store = session.store();
      store.audit.record(method, description, store.settings.read().operatorName, now().toISOString());
    } catch (err) {
      // The action itself has happened; a log that cannot be written must not report it as failed.
      reportInternal(`${method} (操作ログ)`, err);
    }
  };

  /** One validated call: the session gate, the handler, the 操作ログ; never throws. */
  const run = async (method: MethodName, input: unknown): Promise<Envelope<unknown>> => {
    const needsSession = !method.startsWith('session.') || method === 'session.changePassphrase';
    if (needsSession && !session.isOpen) return failure('locked', LOCKED_MESSAGE);
    if (needsSession && session.fileReplaced()) {
      session.lock();
      emit({ name: 'session.changed', payload: { state: session.status().state } });
      return failure('locked', REPLACED_MESSAGE);
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const wasOpen = session.isOpen;
      // A call that closes the session is logged before it runs; every other one once it has succeeded.
      if (method === 'session.lock') audit(method, input);
      const value = await handler(input);
      if (method !== 'session.lock' && !(method === 'session.unlock' && wasOpen)) audit(method, input);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof AppError) return failure(err.code, err.message);
      // A busy database, a full disk, a failing drive: told in Japanese with what to do, for every method.
      const storage = storageError(err);
      if (storage) return failure(storage.code, storage.message);
      reportInternal(method, err);
      return failure('internal', INTERNAL_MESSAGE);
    }
  };

  return {
    async invoke(method, input) {
      if (!Object.hasOwn(methods, method)) {
        return failure('unknown_method', `不明な操作です: ${String(method).slice(0, 100)}`);
      }
      const parsed = methods[method].safeParse(input ?? {});
      if (!parsed.success) return failure('invalid_input', zodMessage(parsed.error));
      // After any long transaction (an import's commit, an export's read): never inside one.
      const envelope = await long.call(async () => {
        // A passphrase change rewrites every page: not while the file worker's connection checkpoints (and
        // none can start meanwhile: a long write waits for the calls under way).
        if (method === 'session.changePassphrase') await long.checkpointsDone();
        return run(method, parsed.data);
      });
      return envelope as Envelope<never>;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      session.lock();
      listeners.clear();
    },
  };
}

function failure(code: AppError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function reportInternal(method: string, err: unknown): void {
  // Only the error itself: inputs can hold case data and must not end up in logs.
  const text =
    err instanceof Error
      ? process.env.TSUNAGU_DEBUG
        ? (err.stack ?? err.message)
        : `${err.name}: ${err.message}`
      : String(err);
  console.error(`[tsunagu] ${method}: ${text}`);
}
