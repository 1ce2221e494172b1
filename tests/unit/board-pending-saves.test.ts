import { describe, it, expect } from 'vitest';
import {
  commitPendingEdits,
  flushPendingSaves,
  registerPendingEdit,
  registerPendingSave,
} from '../../renderer/src/components/board/pending-saves';

describe('pending board saves before locking', () => {
  it('runs every registered flush, even after one fails, and forgets unregistered ones', async () => {
    const ran: string[] = [];
    const offA = registerPendingSave(async () => {
      ran.push('a');
      throw new Error('保存できませんでした');
    });
    const offB = registerPendingSave(async () => {
      await new Promise((r) => setTimeout(r, 5));
      ran.push('b');
    });
    await flushPendingSaves();
    expect(ran.sort()).toEqual(['a', 'b']);

    offA();
    ran.length = 0;
    await flushPendingSaves();
    expect(ran).toEqual(['b']);
    offB();
    ran.length = 0;
    await flushPendingSaves();
    expect(ran).toEqual([]);
  });

  it('waits for a slow save before it settles', async () => {
    let done = false;
    const off = registerPendingSave(
      () =>
        new Promise<void>((r) =>
          setTimeout(() => {
            done = true;
            r();
          }, 20),
        ),
    );
    await flushPendingSaves();
    expect(done).toBe(true);
    off();
  });
});

describe('text typed into board fields before saving', () => {
  it('is committed before any board saves when the app locks, and no longer once its field is gone', async () => {
    const order: string[] = [];
    const offEdit = registerPendingEdit(() => order.push('commit'));
    const offSave = registerPendingSave(async () => {
      order.push('save');
    });
    await flushPendingSaves();
    expect(order).toEqual(['commit', 'save']);

    offEdit();
    order.length = 0;
    commitPendingEdits();
    await flushPendingSaves();
    expect(order).toEqual(['save']);
    offSave();
  });
});
