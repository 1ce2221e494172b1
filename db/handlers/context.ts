// What every handler gets: the clock, the open session's repositories, a transaction wrapper and emit.
// Handlers never see the connection (no `db.prepare` here): they call repositories and services inside
// `ctx.tx`, which is the seam a second storage engine plugs into.
import type { z } from 'zod';
import type { BackendEvent, MethodName, MethodResults, methods } from '../../shared/contract';
import type { Store } from '../repos/store';
import { LongTransactions, type Turn } from '../long-transaction';

type NamespaceOf<M> = M extends `${infer N}.${string}` ? N : never;

/** The first part of every contract method's name: 'ledger', 'board', 'agenda' … */
export type Namespace = NamespaceOf<MethodName>;

export type Handler<M extends MethodName> = (
  input: z.output<(typeof methods)[M]>,
) => MethodResults[M] | Promise<MethodResults[M]>;

/** Exactly the handlers of one namespace's methods: `HandlersFor<'board'>` has every `board.*` and nothing else. */
export type HandlersFor<N extends Namespace> = {
  [M in MethodName as M extends `${N}.${string}` ? M : never]: Handler<M>;
};

/** The whole table, one entry per namespace (so a namespace cannot be left out or given twice). */
export type HandlerTable = { [N in Namespace]: HandlersFor<N> };

export interface HandlerContext {
  now(): Date;
  /** now() as an ISO instant, the form every stored timestamp has. */
  at(): string;
  /** The open session's repositories; throws 'locked' when the database is closed (call it again after every await). */
  store(): Store;
  /**
   * `fn` in ONE immediate transaction over the session's store. Events emitted inside it are held and sent
   * only once it has committed (and dropped when it rolls back), so no window hears of a change that is not
   * there yet, or never will be.
   */
  tx<T>(fn: (store: Store) => T): T;
  /**
   * `work` in ONE transaction spread over many short turns of the event loop (db/long-transaction.ts), for
   * work too long for one turn; other calls wait meanwhile. Events go out at once (progress must).
   */
  longTx<T>(mode: 'read' | 'write', work: (turn: Turn) => Promise<T>): Promise<T>;
  /** Sends an event to every listener: at once, or after the commit when inside `tx`. */
  emit(event: BackendEvent): void;
}

export function createHandlerContext(deps: {
  now: () => Date;
  store: () => Store;
  emit: (event: BackendEvent) => void;
  /** The backend's gate for long transactions (one per backend, shared with invoke). */
  long?: LongTransactions;
}): HandlerContext {
  const long = deps.long ?? new LongTransactions();
  let held: BackendEvent[] | null = null;
  return {
    now: deps.now,
    at: () => deps.now().toISOString(),
    store: deps.store,
    emit(event) {
      if (held) held.push(event);
      else deps.emit(event);
    },
    longTx: (mode, work) => long.run(deps.store, mode, work),
    tx(fn) {
      long.assertMayWrite();
      const store = deps.store();
      if (held) {
        // Nested: a savepoint; its events join the outer ones unless it fails.
        const mark = held.length;
        try {
          return store.tx(() => fn(store));
        } catch (err) {
          held.length = mark;
          throw err;
        }
      }
      held = [];
      let events: BackendEvent[];
      let result: ReturnType<typeof fn>;
      try {
        result = store.tx(() => fn(store));
        events = held;
      } finally {
        held = null;
      }
      for (const event of events) deps.emit(event);
      return result;
    },
  };
}
