// The backend's seams: the handler table covers every contract method exactly once, and ctx.tx sends the
// events raised inside a transaction only after it commits.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { methods, type BackendEvent, type MethodName } from '../../shared/contract';
import { createHandlerContext, type HandlersFor } from '../../db/handlers/context';
import { flatten, handlerTable } from '../../db/handlers/index';
import type { Store } from '../../db/repos/store';
import { ImportService } from '../../db/services/import';
import { Session } from '../../db/session/session';

/** A store whose transaction just runs the function (rolling back = the exception passing through). */
function fakeStore(log: string[]): Store {
  return {
    tx: <T>(fn: () => T): T => {
      log.push('begin');
      try {
        const result = fn();
        log.push('commit');
        return result;
      } catch (err) {
        log.push('rollback');
        throw err;
      }
    },
  } as Store;
}

const changed = (caseNo: string): BackendEvent => ({ name: 'board.changed', payload: { caseNo } });

describe('handler table', () => {
  it('has exactly one handler for every contract method', () => {
    const emit = () => {};
    const now = () => new Date();
    const session = new Session({ dbPath: '/nonexistent/tsunagu.db', now, emit });
    const ctx = createHandlerContext({ now, emit, store: () => session.store() });
    const table = handlerTable({
      ctx,
      session,
      imports: new ImportService({ now, emit, store: ctx.store, longTx: ctx.longTx }),
      emit,
    });
    const perNamespace = Object.values(table).flatMap((handlers) => Object.keys(handlers));
    expect(new Set(perNamespace).size).toBe(perNamespace.length);
    expect(Object.keys(flatten(table)).sort()).toEqual(Object.keys(methods).sort());
  });

  it('HandlersFor<namespace> holds that namespace and nothing else', () => {
    expectTypeOf<keyof HandlersFor<'board'>>().toEqualTypeOf<Extract<MethodName, `board.${string}`>>();
    expectTypeOf<keyof HandlersFor<'meetings'>>().toEqualTypeOf<Extract<MethodName, `meetings.${string}`>>();
  });
});

describe('ctx.tx and ctx.emit', () => {
  const setup = () => {
    const log: string[] = [];
    const store = fakeStore(log);
    const ctx = createHandlerContext({
      now: () => new Date(),
      store: () => store,
      emit: (e) => log.push(`emit ${JSON.stringify(e.payload)}`),
    });
    return { log, ctx };
  };

  it('emits at once outside a transaction', () => {
    const { log, ctx } = setup();
    ctx.emit(changed('A'));
    expect(log).toEqual(['emit {"caseNo":"A"}']);
  });

  it('holds events raised inside a transaction until it has committed', () => {
    const { log, ctx } = setup();
    const result = ctx.tx(() => {
      ctx.emit(changed('A'));
      log.push('write');
      return 7;
    });
    expect(result).toBe(7);
    expect(log).toEqual(['begin', 'write', 'commit', 'emit {"caseNo":"A"}']);
  });

  it('drops the events of a transaction that rolls back', () => {
    const { log, ctx } = setup();
    expect(() =>
      ctx.tx(() => {
        ctx.emit(changed('A'));
        throw new Error('refused');
      }),
    ).toThrow('refused');
    ctx.emit(changed('B'));
    expect(log).toEqual(['begin', 'rollback', 'emit {"caseNo":"B"}']);
  });

  it("keeps an outer transaction's events when a nested one fails and is caught", () => {
    const { log, ctx } = setup();
    ctx.tx(() => {
      ctx.emit(changed('outer'));
      try {
        ctx.tx(() => {
          ctx.emit(changed('inner'));
          throw new Error('inner refused');
        });
      } catch {
        // the savepoint rolled back; the outer transaction goes on
      }
    });
    expect(log.filter((l) => l.startsWith('emit'))).toEqual(['emit {"caseNo":"outer"}']);
  });
});
