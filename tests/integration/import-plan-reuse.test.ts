// The commit writes the preview's plan as it is only when nothing could have changed it: no write to the
// ledger since the preview, by this program or another one on the same file, and the preview's choices.
// Otherwise it plans again inside its transaction. Real encrypted SQLite, two backends on one file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { emptyCase } from '../../shared/ledger/case';
import { ledgerRows, makeXlsx, PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();

async function open(dbPath: string, setup: boolean) {
  const backend = createBackend({ dbPath });
  const api = createApi(backend);
  await api.call(setup ? 'session.setup' : 'session.unlock', { passphrase: PASSPHRASE });
  return { backend, api };
}

const preview = async (api: Awaited<ReturnType<typeof open>>['api'], bytes: Buffer) =>
  api.call('ledger.importPreview', { fileName: '台帳.xlsx', dataBase64: bytes.toString('base64') });

describe('the commit and the preview plan', () => {
  it('sees a case another program added after the preview: kept as that program wrote it, not a failed insert', async () => {
    const dbPath = join(tempDir(), 'tsunagu.db');
    const a = await open(dbPath, true);
    const file = await makeXlsx([{ name: '台帳', rows: ledgerRows(3) }]);
    const p = await preview(a.api, file);
    expect(p.report.imported).toBe(3);

    const b = await open(dbPath, false);
    await b.api.call('ledger.create', { case: { ...emptyCase('S-2'), name: '別のプログラムで登録' } });
    b.backend.close();

    const report = await a.api.call('ledger.importCommit', { token: p.token });
    expect(report.imported).toBe(2);
    // Newer than the preview: the file's values are held back, as for any edit made since the preview.
    expect(report.warnings.some((w) => w.caseNo === 'S-2')).toBe(true);
    const { cases } = await a.api.call('ledger.list', {});
    expect(cases.map((c) => c.caseNo).sort()).toEqual(['S-1', 'S-2', 'S-3']);
    expect(cases.find((c) => c.caseNo === 'S-2')?.name).toBe('別のプログラムで登録');
    a.backend.close();
  });

  it('sees an edit made in this program after the preview, and keeps it', async () => {
    const dbPath = join(tempDir(), 'tsunagu.db');
    const { backend, api } = await open(dbPath, true);
    const first = await preview(api, await makeXlsx([{ name: '台帳', rows: ledgerRows(2) }]));
    await api.call('ledger.importCommit', { token: first.token });

    const changed = await makeXlsx([{ name: '台帳', rows: ledgerRows(2, (i) => `ファイルの方針${i}`) }]);
    const p = await preview(api, changed);
    expect(p.report.updated).toBe(2);
    await api.call('ledger.update', { caseNo: 'S-1', changes: { policy: '画面で直した方針' } });

    const report = await api.call('ledger.importCommit', { token: p.token });
    const s1 = (await api.call('ledger.get', { caseNo: 'S-1' })).case;
    const s2 = (await api.call('ledger.get', { caseNo: 'S-2' })).case;
    expect(s1.policy).toBe('画面で直した方針');
    expect(s2.policy).toBe('ファイルの方針2');
    expect(report.warnings.some((w) => w.caseNo === 'S-1')).toBe(true);
    backend.close();
  });

  it('writes the preview plan when nothing changed, with the operator named in each history row', async () => {
    const dbPath = join(tempDir(), 'tsunagu.db');
    const { backend, api } = await open(dbPath, true);
    await api.call('settings.update', { operatorName: '架空 事務局員' });
    const p = await preview(api, await makeXlsx([{ name: '台帳', rows: ledgerRows(4) }]));
    const report = await api.call('ledger.importCommit', { token: p.token });
    expect(report).toMatchObject({ imported: 4, updated: 0 });
    const { cases } = await api.call('ledger.list', {});
    expect(cases).toHaveLength(4);
    const { history } = await api.call('ledger.get', { caseNo: 'S-3' });
    expect(history.map((h) => h.by)).toEqual(['架空 事務局員']);
    backend.close();
  });
});
