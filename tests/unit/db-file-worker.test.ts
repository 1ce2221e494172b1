// The file worker (db/workers/): jobs run in a worker thread, stream their parts, take chunks, and fail
// with the same AppError as in the backend thread.
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { jobs } from '../../db/workers/jobs';
import { fileWorkerState, runJob, stopFileWorker } from '../../db/workers/run-in-worker';
import { emptyCase } from '../../shared/ledger/case';
import type { ParsedCase } from '../../shared/ledger/parse';
import { makeLedgerWorkbook } from '../fixtures';

afterAll(() => stopFileWorker());

describe('file worker', () => {
  it('reads and parses a ledger in a worker thread, the cases in parts, the grids kept there for a re-parse', async () => {
    const { buffer, expected } = await makeLedgerWorkbook({ rows: 1200, seed: 5 });
    const parts: ParsedCase[][] = [];
    const head = await runJob(
      'readLedger',
      { token: 't1', fileName: '台帳.xlsx', bytes: buffer },
      { onPart: (p) => parts.push(JSON.parse(p) as ParsedCase[]) },
    );
    expect(fileWorkerState()).toBe('worker');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flat()).toHaveLength(expected.cases);
    expect(head.rejected).toEqual([]);
    // The grids live in the worker: this thread's copy of the job table has none under that token.
    await expect(
      jobs.reparse({ token: 't1' }, { chunks: (async function* () {})(), send: () => {} }),
    ).rejects.toMatchObject({
      code: 'expired',
    });
    let again = 0;
    await runJob('reparse', { token: 't1' }, { onPart: (p) => (again += (JSON.parse(p) as ParsedCase[]).length) });
    expect(again).toBe(expected.cases);
    await runJob('forget', { tokens: ['t1'] });
    await expect(runJob('reparse', { token: 't1' })).rejects.toMatchObject({ code: 'expired' });
  });

  it('re-throws the reader’s AppError with its code and Japanese message', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    const here = await jobs
      .readGrids({ fileName: 'a.pdf', bytes: pdf }, { chunks: (async function* () {})(), send: () => {} })
      .catch((e: unknown) => e);
    const there = await runJob('readGrids', { fileName: 'a.pdf', bytes: pdf }).catch((e: unknown) => e);
    expect(there).toMatchObject({ name: 'AppError', code: 'unreadable_file', message: (here as Error).message });
    expect((there as Error).message).toContain('PDF');
  });

  it('takes an export’s cases as chunks of stored JSON, orders them by 登録番号 and gives back the file', async () => {
    // Row order is not 登録番号 order (a ledger imported from several files): reversed here.
    const cases = Array.from({ length: 1234 }, (_, i) => ({ ...emptyCase(`W-${1234 - i}`), name: `児童 ${1234 - i}` }));
    const chunks = [cases.slice(0, 500), cases.slice(500, 1000), cases.slice(1000)].map((c) => JSON.stringify(c));
    const input = { now: new Date(Date.UTC(2026, 10, 24, 3)), timeZone: 'Asia/Tokyo', shown: false } as const;
    const common = { ...input, encoding: undefined, filePassword: undefined, format: 'xlsx' } as const;
    const file = await runJob('writeLedger', { ...common, sortByCaseNo: true }, { chunks });
    expect(file.fileName).toBe('進行管理台帳_2026-11-24.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as never);
    const ws = wb.getWorksheet('台帳')!;
    expect(ws.rowCount).toBe(1235);
    expect(ws.getCell('A2').value).toBe('W-1');
    expect(ws.getCell('A11').value).toBe('W-10');
    expect(ws.getCell('A1235').value).toBe('W-1234');
    // A selection keeps the order it was asked in.
    const picked = await runJob('writeLedger', { ...common, sortByCaseNo: false }, { chunks });
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(picked.bytes) as never);
    expect(again.getWorksheet('台帳')!.getCell('A2').value).toBe('W-1234');
  });
});
