// A transaction too long for one turn of the event loop (committing a 10,000-row import takes about half a
// second, reading the whole ledger for an export a fifth) runs as ONE transaction spread over many short
// turns, so progress events, the projector and every window's traffic keep flowing while it runs.
//
// The database has one connection, and anything written on it between two turns would join the open
// transaction (and be rolled back with it). So the backend runs every call through call(): a long
// transaction begins only once the calls under way have finished, and calls made meanwhile wait until it
// has ended. A write that reaches the connection anyway (code outside a call) is refused as busy rather
// than mixed in.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../shared/contract';
import type { Store } from './repos/store';

/** Runs `fn` in the next turn of the event loop, inside the open transaction. */
export type Turn = <T>(fn: (store: Store) => T) => Promise<T>;

const BUSY_MESSAGE = 'ほかの操作（取り込みや書き出し）が終わるまでお待ちください。終わってからもう一度お試しください。';

export class LongTransactions {
  /** `checkpoint` copies a finished long write from the WAL into the file, off this thread (Session.checkpoint). */
  constructor(private readonly options: { checkpoint?: () => Promise<void> } = {}) {}

  private running: Promise<unknown> | null = null;
  /** Long transactions waiting to begin: new calls wait behind them, so they cannot be starved. */
  private queued = 0;
  /** Calls whose handler is running (a call waiting to begin a long transaction does not count). */
  private active = 0;
  private waiters: (() => void)[] = [];
  /** True only while the open long transaction's own code runs (one turn). */
  private inTurn = false;
  private readonly inCall = new AsyncLocalStorage<true>();
  /** Long writes open, or committed and not yet checkpointed: the automatic checkpoint stays off meanwhile. */
  private unchecked = 0;
  private readonly checkpoints = new Set<Promise<void> | undefined>();

  /**
   * Runs one backend call: after any open or queued long transaction, and counted as running until it ends,
   * so a long transaction begins only once every call already under way has finished.
   */
  async call<T>(fn: () => Promise<T>): Promise<T> {
    // Checked and claimed in one synchronous step (a helper's own await would let another waiter in between).
    while (this.running !== null || this.queued > 0) await this.nextChange();
    this.active++;
    try {
      return await this.inCall.run(true, fn);
    } finally {
      this.active--;
      this.wake();
    }
  }

  /** Throws 'busy' when a write would land inside another call's open long transaction. */
  assertMayWrite(): void {
    if (this.running && !this.inTurn) throw new AppError('busy', BUSY_MESSAGE);
  }

  /**
   * Opens a transaction ('write': BEGIN IMMEDIATE, the write lock first; 'read': a snapshot) and runs `work`,
   * which does its steps through `turn`; commits when `work` resolves, rolls back when it throws. If the
   * session is locked meanwhile, closing the connection has rolled the transaction back: the next turn throws.
   */
  async run<T>(store: () => Store, mode: 'read' | 'write', work: (turn: Turn) => Promise<T>): Promise<T> {
    // The calling call waits like the others rather than counting as one under way (or it would wait for itself).
    const fromCall = this.inCall.getStore() === true;
    if (fromCall) this.active--;
    this.queued++;
    this.wake();
    let done: Promise<T> | null = null;
    try {
      while (this.running !== null || this.active > 0) await this.nextChange();
      this.queued--;
      done = this.body(store, mode, work);
      this.running = done;
      return await done;
    } finally {
      if (done === null) this.queued--;
      else this.running = null;
      if (fromCall) this.active++;
      this.wake();
    }
  }

  private nextChange(): Promise<void> {
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private async body<T>(store: () => Store, mode: 'read' | 'write', work: (turn: Turn) => Promise<T>): Promise<T> {
    const opened = store();
    const write = mode === 'write';
    const tx = opened.begin(write ? 'immediate' : 'deferred');
    if (write) {
      this.unchecked++;
      opened.autoCheckpoint(false);
      opened.smallCache(true);
    }
    const same = () => {
      const now = store();
      // Locked and unlocked again between two turns: the transaction went with the old connection.
      if (now !== opened) throw new AppError('locked', 'データベースが閉じられたため、操作を取り消しました。');
      return now;
    };
    const inside = <R>(fn: () => R): R => {
      this.inTurn = true;
      try {
        return fn();
      } finally {
        this.inTurn = false;
      }
    };
    try {
      const value = await work(async (fn) => {
        await nextTurn();
        return inside(() => fn(same()));
      });
      inside(() => {
        same();
        tx.commit();
      });
      if (write) {
        quietly(() => opened.smallCache(false));
        // The caller goes on at once; the checkpoint runs in the worker, and until it is done no commit here
        // may start the automatic one (it would copy the whole import on this thread after all).
        void this.checkpointThen(opened);
      }
      return value;
    } catch (err) {
      quietly(() => tx.rollback());
      if (write) {
        quietly(() => opened.smallCache(false));
        this.unchecked--;
        this.restoreAutoCheckpoint(opened);
      }
      throw err;
    }
  }

  private async checkpointThen(opened: Store): Promise<void> {
    // Committed already: a checkpoint that fails only leaves the pages in the WAL for a later one.
    const done = this.options.checkpoint?.().catch(() => undefined);
    this.checkpoints.add(done);
    await done;
    this.checkpoints.delete(done);
    this.unchecked--;
    this.restoreAutoCheckpoint(opened);
  }

  /**
   * Resolves once no checkpoint runs in the worker: a passphrase change rewrites every page and may restore
   * a backup over the file, so it waits for the second connection to be closed.
   */
  async checkpointsDone(): Promise<void> {
    await Promise.all([...this.checkpoints]);
  }

  /** Back on once no long write is open or waiting for its checkpoint. */
  private restoreAutoCheckpoint(opened: Store): void {
    if (this.unchecked === 0) quietly(() => opened.autoCheckpoint(true));
  }
}

/** For settings and a rollback on a connection that may be closed already (locked meanwhile). */
function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // The next connection opens with the normal settings.
  }
}
