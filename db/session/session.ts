// The open database as the backend sees it: made at unlock (setup), holding the one Store of repositories,
// the lease and the file's identity, and closed at lock. Only this file and the session handlers touch the
// connection itself (open, migrate, rekey, close); everything else gets the Store.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError, type BackendEvent, type SessionStatus } from '../../shared/contract';
import { restoreDatabase } from '../backup';
import { ensurePrivateDir } from '../files/private-files';
import { acquireLease, type Lease } from '../lease';
import { migrate } from '../migrate';
import { openDatabase, type Db } from '../open';
import { UNKNOWN_ACTOR } from '../repos/audit';
import { createStore, type Store } from '../repos/store';
import { rekeyDatabase, RekeyFailed } from './change-passphrase';
import { UnlockGuard } from './unlock-guard';
import { runJob } from '../workers/run-in-worker';

export const LOCKED_MESSAGE = 'ロックされています。パスフレーズを入力してください。';

export interface SessionOptions {
  dbPath: string;
  now: () => Date;
  emit: (event: BackendEvent) => void;
  nativeBinding?: string | undefined;
  busyTimeoutMs?: number | undefined;
  programName?: string | undefined;
  /** Called when the session closes, before the database does (pending import previews hold case data). */
  onLock?: () => void;
}

interface FileIdentity {
  dev: number;
  ino: number;
}

interface Open {
  db: Db;
  store: Store;
  lease: Lease;
  file: FileIdentity;
  /**
   * Kept in memory while the database is open, and only so that the file worker can open a second
   * connection to checkpoint a long write (checkpoint()); dropped at lock. Never stored or logged.
   */
  passphrase: string;
}

export class Session {
  // `file` is the database file's identity when it was opened: a restore (or a copy by hand) that swaps the
  // file underneath makes it differ, and the session locks rather than go on with a file that is gone.
  private current: Open | null = null;
  private readonly guard: UnlockGuard;

  constructor(private readonly options: SessionOptions) {
    this.guard = new UnlockGuard(options.dbPath, options.now);
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** The open session's repositories; throws 'locked' when the database is closed. */
  store(): Store {
    if (!this.current) throw new AppError('locked', LOCKED_MESSAGE);
    return this.current.store;
  }

  status(): SessionStatus {
    const { dbPath } = this.options;
    return { state: this.current ? 'unlocked' : existsSync(dbPath) ? 'locked' : 'uninitialized', dbPath };
  }

  setup(passphrase: string): SessionStatus {
    const { dbPath } = this.options;
    if (existsSync(dbPath)) {
      throw new AppError(
        'already_initialized',
        'データベースはすでに作成されています。パスフレーズを入力して開いてください。',
      );
    }
    ensurePrivateDir(dirname(dbPath));
    return this.start(openDatabase(dbPath, { passphrase, create: true, ...this.connection() }), passphrase);
  }

  unlock(passphrase: string): SessionStatus {
    const { dbPath } = this.options;
    if (this.current) return this.status();
    if (!existsSync(dbPath)) {
      throw new AppError(
        'not_initialized',
        'データベースがまだありません。最初にパスフレーズを決めて作成してください。',
      );
    }
    this.guard.check();
    let db: Db;
    try {
      db = openDatabase(dbPath, { passphrase, ...this.connection() });
    } catch (err) {
      throw err instanceof AppError && err.code === 'wrong_passphrase' ? this.guard.failed() : err;
    }
    const result = this.start(db, passphrase);
    // Failed tries happened while the database was closed; they enter the 操作ログ now, before this unlock.
    for (const at of this.guard.succeeded()) {
      this.store().audit.record(
        'session.unlock',
        { kind: 'unlock', summary: 'ロック解除（パスフレーズ違い）', target: null },
        UNKNOWN_ACTOR,
        at,
        false,
      );
    }
    return result;
  }

  changePassphrase(current: string, next: string): { backupPath: string } {
    const db = this.db();
    if (current === next) throw new AppError('invalid_input', '新しいパスフレーズが、いまのパスフレーズと同じです。');
    this.guard.check();
    const binding = this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
    try {
      openDatabase(this.options.dbPath, { passphrase: current, ...binding }).close();
    } catch (err) {
      throw err instanceof AppError && err.code === 'wrong_passphrase' ? this.guard.failed() : err;
    }
    try {
      const backupPath = rekeyDatabase(db, { current, next, at: this.options.now(), ...binding });
      if (this.current) this.current.passphrase = next;
      return { backupPath };
    } catch (err) {
      if (!(err instanceof RekeyFailed)) throw err;
      // The new key could not be proven: put the backup (old passphrase) back rather than risk a file
      // that opens with neither.
      this.lock();
      this.options.emit({ name: 'session.changed', payload: { state: 'locked' } });
      restoreDatabase(err.backupPath, this.options.dbPath, { passphrase: current, ...binding });
      throw new AppError(
        'internal',
        'パスフレーズを変更できませんでした。データベースは元のパスフレーズのまま戻しました。もう一度開いてください。',
      );
    }
  }

  /** Closes the database and releases the lease (nothing when already locked). */
  lock(): void {
    this.options.onLock?.();
    if (this.current) {
      this.current.db.close();
      this.current.lease.release();
      this.current = null;
    }
  }

  /**
   * Copies what the WAL holds into the database file (a PASSIVE checkpoint) on a second connection in the
   * file worker, so the backend's thread never spends the half second a big import's checkpoint takes.
   * Failing is harmless (SQLite checkpoints again later), so it never throws.
   */
  async checkpoint(): Promise<void> {
    if (!this.current) return;
    const { passphrase } = this.current;
    try {
      await runJob('checkpoint', { dbPath: this.options.dbPath, passphrase, ...this.connection() });
    } catch {
      // Busy or locked meanwhile: the pages stay in the WAL until the next checkpoint.
    }
  }

  /** Whether the file at the path is no longer the one this session opened (replaced by a restore, or removed). */
  fileReplaced(): boolean {
    if (!this.current) return false;
    const opened = this.current.file;
    const now = statSync(this.options.dbPath, { throwIfNoEntry: false });
    return !now || now.dev !== opened.dev || now.ino !== opened.ino;
  }

  private db(): Db {
    if (!this.current) throw new AppError('locked', LOCKED_MESSAGE);
    return this.current.db;
  }

  private connection() {
    return { nativeBinding: this.options.nativeBinding, busyTimeoutMs: this.options.busyTimeoutMs };
  }

  private start(db: Db, passphrase: string): SessionStatus {
    const { dbPath, now } = this.options;
    let lease: Lease;
    try {
      migrate(db, now);
      lease = acquireLease(dbPath, this.options.programName ?? 'Tsunagu のアプリ', now());
    } catch (err) {
      db.close();
      throw err;
    }
    const { dev, ino } = statSync(dbPath);
    this.current = { db, store: createStore(db), lease, file: { dev, ino }, passphrase };
    this.options.emit({ name: 'session.changed', payload: { state: 'unlocked' } });
    return this.status();
  }
}
