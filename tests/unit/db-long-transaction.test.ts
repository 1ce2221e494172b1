// The gate for transactions spread over turns (db/long-transaction.ts): never two at once, calls under way
// finish first, calls made meanwhile wait, a stray write is refused, the checkpoint settings come back.
import { describe, expect, it } from 'vitest';
import { LongTransactions } from '../../db/long-transaction';
import type { Store } from '../../db/repos/store';

function fakeStore(log: string[]) {
  return {
    begin: (mode: string) => {
      log.push(`begin ${mode}`);
      return { commit: () => log.push('commit'), rollback: () => log.push('rollback') };
    },
    smallCache: (on: boolean) => log.push(`smallCache ${on}`),
    autoCheckpoint: (on: boolean) => log.push(`autoCheckpoint ${on}`),
  } as unknown as Store;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('long transactions', () => {
  it('run one at a time, each in its own turns, even when asked for at once from two calls', async () => {
    const log: string[] = [];
    const store = fakeStore(log);
    const long = new LongTransactions();
    const job = (name: string) =>
      long.call(() =>
        long.run(
          () => store,
          'read',
          async (turn) => {
            for (let i = 0; i < 3; i++) await turn(() => log.push(`${name}${i}`));
          },
        ),
      );
    await Promise.all([job('a'), job('b')]);
    const steps = log.filter((l) => /^[ab]\d$/.test(l)).join(' ');
    expect(['a0 a1 a2 b0 b1 b2', 'b0 b1 b2 a0 a1 a2']).toContain(steps);
    expect(log.filter((l) => l === 'commit')).toHaveLength(2);
  });

  it('waits for the calls under way, and holds back calls made while it is open', async () => {
    const log: string[] = [];
    const store = fakeStore(log);
    const long = new LongTransactions();
    let release!: () => void;
    const slow = long.call(async () => {
      log.push('slow starts');
      await new Promise<void>((resolve) => (release = resolve));
      log.push('slow ends');
    });
    await tick();
    const write = long.call(() =>
      long.run(
        () => store,
        'write',
        async (turn) => {
          await turn(() => log.push('write step'));
        },
      ),
    );
    await tick();
    const later = long.call(async () => log.push('later call'));
    await tick();
    expect(log).toEqual(['slow starts']);
    release();
    await Promise.all([slow, write, later]);
    expect(log.indexOf('slow ends')).toBeLessThan(log.indexOf('begin immediate'));
    expect(log.indexOf('commit')).toBeLessThan(log.indexOf('later call'));
  });

  it('refuses a write from outside a call while one is open, and rolls back when a step throws', async () => {
    const log: string[] = [];
    const store = fakeStore(log);
    const long = new LongTransactions();
    let during: unknown;
    const failing = long.run(
      () => store,
      'write',
      async (turn) => {
        await turn(() => long.assertMayWrite());
        await tick();
        during = (() => {
          try {
            long.assertMayWrite();
            return 'allowed';
          } catch (err) {
            return (err as { code?: string }).code;
          }
        })();
        await turn(() => {
          throw new Error('disk full');
        });
      },
    );
    await expect(failing).rejects.toThrow('disk full');
    expect(during).toBe('busy');
    expect(log).toContain('rollback');
    expect(log).not.toContain('commit');
    // The normal settings are back after a failed write.
    expect(log.slice(-2)).toEqual(['smallCache false', 'autoCheckpoint true']);
    expect(() => long.assertMayWrite()).not.toThrow();
  });

  it('turns the automatic checkpoint back on only after the worker has checkpointed a committed write', async () => {
    const log: string[] = [];
    const store = fakeStore(log);
    let finish!: () => void;
    const long = new LongTransactions({
      checkpoint: () => new Promise<void>((resolve) => (finish = resolve)),
    });
    await long.run(
      () => store,
      'write',
      async (turn) => {
        await turn(() => log.push('step'));
      },
    );
    expect(log).toContain('commit');
    expect(log).not.toContain('autoCheckpoint true');
    finish();
    await long.checkpointsDone();
    await tick();
    expect(log.at(-1)).toBe('autoCheckpoint true');
  });
});
