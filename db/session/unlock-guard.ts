// Throttles wrong passphrases for every transport (the app, the browser host, the CLI). The count lives in a
// small file next to the database, so quitting and restarting the app (or running the CLI in a loop) does not
// reset the wait. It holds only a count and times, no case data, so it is plain JSON. When the file cannot be
// written (a read-only folder), the count is kept per process instead: throttling then still holds within one
// running app, which is where a person at the lock screen would guess.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { AppError } from '../../shared/contract';
import { openDatabase, type Db, type OpenOptions } from '../open';
import { throttledMessage, unlockWaitMs, wrongPassphraseMessage } from '../../shared/session/unlock-throttle';

interface GuardState {
  failures: number;
  lastFailureAt: string | null;
  /** Times of the failed tries not yet written to the 操作ログ (the database is closed when they happen). */
  pending: string[];
}

const MAX_PENDING = 200;
const EMPTY: GuardState = { failures: 0, lastFailureAt: null, pending: [] };

export function guardFilePath(dbPath: string): string {
  return `${dbPath}.unlock-attempts.json`;
}

export class UnlockGuard {
  private memory: GuardState = EMPTY;

  constructor(
    private readonly dbPath: string,
    private readonly now: () => Date,
  ) {}

  /** Throws `throttled` while the wait after the last wrong passphrase has not passed. */
  check(): void {
    const state = this.read();
    const wait = unlockWaitMs(
      state.failures,
      state.lastFailureAt ? Date.parse(state.lastFailureAt) : null,
      this.now().getTime(),
    );
    if (wait > 0) throw new AppError('throttled', throttledMessage(wait));
  }

  /** Records a wrong passphrase and returns the error to show (it says how long the next wait is). */
  failed(): AppError {
    const state = this.read();
    const at = this.now().toISOString();
    const next: GuardState = {
      failures: state.failures + 1,
      lastFailureAt: at,
      pending: [...state.pending, at].slice(-MAX_PENDING),
    };
    this.write(next);
    return new AppError('wrong_passphrase', wrongPassphraseMessage(next.failures));
  }

  /** The right passphrase: the count starts again; returns the failed tries to log. */
  succeeded(): string[] {
    const { pending } = this.read();
    this.write(EMPTY);
    return pending;
  }

  /** The right passphrase outside the backend (CLI backup, agenda): the count starts again, the failed tries stay to be logged. */
  clearCount(): void {
    this.write({ ...this.read(), failures: 0, lastFailureAt: null });
  }

  private read(): GuardState {
    try {
      const parsed = JSON.parse(readFileSync(guardFilePath(this.dbPath), 'utf8')) as Partial<GuardState>;
      const fromFile: GuardState = {
        failures: Number.isInteger(parsed.failures) ? Number(parsed.failures) : 0,
        lastFailureAt: typeof parsed.lastFailureAt === 'string' ? parsed.lastFailureAt : null,
        pending: Array.isArray(parsed.pending) ? parsed.pending.filter((p): p is string => typeof p === 'string') : [],
      };
      // Deleting or rolling back the file must not buy more tries than this process has already seen.
      return fromFile.failures >= this.memory.failures ? fromFile : this.memory;
    } catch {
      return this.memory;
    }
  }

  private write(state: GuardState): void {
    this.memory = state;
    const path = guardFilePath(this.dbPath);
    try {
      writeFileSync(`${path}.tmp`, JSON.stringify(state), { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
    } catch {
      // Kept in memory (see the top of the file).
    }
  }
}

/** openDatabase for the CLI commands that read the file without the backend: throttled the same way. */
export function openThrottled(dbPath: string, opts: OpenOptions, now: () => Date = () => new Date()): Db {
  const guard = new UnlockGuard(dbPath, now);
  guard.check();
  let db: Db;
  try {
    db = openDatabase(dbPath, opts);
  } catch (err) {
    throw err instanceof AppError && err.code === 'wrong_passphrase' ? guard.failed() : err;
  }
  guard.clearCount();
  return db;
}
