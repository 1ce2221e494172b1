// A big import commits as one transaction spread over short turns of the event loop (db/long-transaction.ts):
// progress reaches the windows while it writes, other calls wait for it instead of joining it, and a lock
// part-way leaves the ledger as it was. Real encrypted SQLite through the backend.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import type { BackendEvent } from '../../shared/contract';
import { emptyCase } from '../../shared/ledger/case';
import { ledgerRows, makeXlsx, PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();
const ROWS = 3000;

async function setUp() {
  const dbPath = join(tempDir(), 'tsunagu.db');
  const backend = createBackend({ dbPath });
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  const events: BackendEvent[] = [];
  backend.subscribe((e) => events.push(e));
  const bytes = await makeXlsx([{ name: '台帳', rows: ledgerRows(ROWS) }]);
  const preview = await api.call('ledger.importPreview', {
    fileName: '台帳.xlsx',
    dataBase64: bytes.toString('base64'),
  });
  expect(preview.report.imported).toBe(ROWS);
  return { dbPath, backend, api, events, token: preview.token };
}

describe('an import commit spread over turns', () => {
  it('sends write progress while it runs, and a call made meanwhile waits for the commit, then sees it', async () => {
    const { api, backend, events, token } = await setUp();
    await api.call('ledger.create', { case: { ...emptyCase('Z-1'), name: '架空 花子' } });
    const commit = api.call('ledger.importCommit', { token });
    // Issued while the commit's transaction is open: it must neither join it nor fail.
    const edit = api.call('ledger.create', { case: { ...emptyCase('Z-2'), name: '架空 次郎' } });
    const list = api.call('ledger.list', {});
    const report = await commit;
    expect(report.imported).toBe(ROWS);
    await edit;
    expect((await list).cases).toHaveLength(ROWS + 2);
    const writes = events.filter((e) => e.name === 'ledger.importProgress' && e.payload.phase === 'write');
    // 0 of n first, then at least one step per written chunk, the last n of n.
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.at(-1)).toMatchObject({ payload: { done: ROWS, total: ROWS } });
    backend.close();
  });

  it('an export asked for during the commit waits and holds every imported case', async () => {
    const { api, backend, token } = await setUp();
    const commit = api.call('ledger.importCommit', { token });
    const exported = api.call('ledger.export', { format: 'json' });
    await commit;
    const doc = JSON.parse(Buffer.from((await exported).dataBase64, 'base64').toString('utf8')) as {
      cases: { caseNo: string }[];
    };
    expect(doc.cases).toHaveLength(ROWS);
    // Read in row order, written in 登録番号 order.
    expect(doc.cases.slice(0, 3).map((c) => c.caseNo)).toEqual(['S-1', 'S-2', 'S-3']);
    expect(doc.cases.at(-1)!.caseNo).toBe(`S-${ROWS}`);
    backend.close();
  });

  it('a lock part-way rolls the whole import back: the ledger opens as it was, not half imported', async () => {
    const { dbPath, api, backend, events, token } = await setUp();
    await api.call('ledger.create', { case: { ...emptyCase('Z-1'), name: '架空 花子' } });
    const commit = api.call('ledger.importCommit', { token });
    // Wait until some rows are written inside the open transaction, then close the database under it
    // (the app quitting, the host shutting down).
    await new Promise<void>((resolve) => {
      const off = backend.subscribe((e) => {
        if (e.name === 'ledger.importProgress' && e.payload.phase === 'write' && e.payload.done > 0) {
          off();
          resolve();
        }
      });
    });
    backend.close();
    await expect(commit).rejects.toMatchObject({ code: 'locked' });
    expect(events.some((e) => e.name === 'ledger.changed' && (e.payload.caseNos?.length ?? 0) > 1)).toBe(false);

    const again = createBackend({ dbPath });
    const api2 = createApi(again);
    await api2.call('session.unlock', { passphrase: PASSPHRASE });
    const { cases } = await api2.call('ledger.list', {});
    expect(cases.map((c) => c.caseNo)).toEqual(['Z-1']);
    again.close();
  });
});
