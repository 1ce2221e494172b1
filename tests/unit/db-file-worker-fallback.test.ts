// Where no worker thread can be started, the file jobs run in the backend thread, said once in the log.
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:worker_threads', () => ({
  Worker: class {
    constructor() {
      throw new Error('worker_threads unavailable');
    }
  },
}));

describe('file worker fallback', () => {
  it('runs jobs in this thread and logs it once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { fileWorkerState, runJob } = await import('../../db/workers/run-in-worker');
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    await expect(runJob('readGrids', { fileName: 'a.pdf', bytes: pdf })).rejects.toMatchObject({
      code: 'unreadable_file',
    });
    const csv = new TextEncoder().encode('登録番号,児童氏名\nA-1,山田 太郎\n');
    const grids = await runJob('readGrids', { fileName: 'a.csv', bytes: csv });
    expect(grids[0]!.rows[1]).toEqual(['A-1', '山田 太郎']);
    expect(fileWorkerState()).toBe('in-thread');
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toContain('file worker unavailable');
  });
});
