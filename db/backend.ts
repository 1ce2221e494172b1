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
import { storedCaseNo } from './ledger/case-no-lookup';
import { ImportService } from './ledger/import-service';
import { readSettings, writeSettings } from './ledger/settings-repo';
import { boardHandlers } from './board/handlers';
import { meetingHandlers } from './meeting/handlers';
import { liveHandlers } from './meeting/live-handlers';
import { minutesHandlers, type PrintToPdf } from './meeting/minutes-handlers';
import { writebackHandlers } from './meeting/writeback-handlers';
import { migrate } from './migrate';
import { openDatabase, type Db } from './open';

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
  let session: { db: Db; cases: CasesRepo } | null = null;

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
    session = { db, cases: new CasesRepo(db) };
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
  const detail = (requested: string) => {
    const { db, cases } = open();
    const caseNo = storedCaseNo(db, requested);
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
      return start(openDatabase(options.dbPath, { passphrase, nativeBinding: options.nativeBinding }));
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
      const spelling = storedCaseNo(db, c.caseNo);
      if (spelling !== c.caseNo) throw new AppError('duplicate', `登録番号「${c.caseNo}」は、台帳の「${spelling}」と全角・半角や見えない文字、ハイフンの違いしかありません。同じケースではないか確かめてください。`);
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
        for (const change of diff) cases.addHistory({ caseNo: before.caseNo, source: 'edit', ...change, detail: null }, at);
      })();
      emit({ name: 'ledger.changed', payload: { caseNos: [caseNo] } });
      return detail(caseNo);
    },
    'ledger.importPreview': (input) => imports.preview(input),
    'ledger.importCommit': (input) => imports.commit(input),
    'ledger.export': async ({ format }) => exportLedger(open().cases.list(), format, now()),
    ...meetingHandlers({ now, emit, open }),
    ...boardHandlers({ now, emit, open }),
    ...liveHandlers({ now, emit, open, ...(options.openPresenter ? { openPresenter: options.openPresenter } : {}) }),
    ...minutesHandlers({ now, emit, open, ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}) }),
    ...writebackHandlers({ now, emit, open }),
  };

  return {
    async invoke(method, input) {
      if (!Object.hasOwn(methods, method)) {
        return failure('unknown_method', `不明な操作です: ${String(method).slice(0, 100)}`);
      }
      const parsed = methods[method].safeParse(input ?? {});
      if (!parsed.success) return failure('invalid_input', zodMessage(parsed.error));
      if (!method.startsWith('session.') && !session) return failure('locked', LOCKED_MESSAGE);
      try {
        const handler = handlers[method] as (input: unknown) => unknown;
        return { ok: true, value: await handler(parsed.data) } as Envelope<unknown>;
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

