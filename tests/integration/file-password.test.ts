// Password-protected workbooks through the contract and the CLI: the password opens the file for the
// read and is found nowhere afterwards (not in the 操作ログ, not in any output); a missing or wrong one
// writes nothing (CLI: exit 2 and a Japanese message).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import officeCrypto from 'officecrypto-tool';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../shared/api-client';
import { createBackend } from '../../db/backend';
import { b64, makeXlsx, PASSPHRASE, unlockedBackend, useTempDirs } from './db-helpers';
import { cli } from './cli-helpers';

const tempDir = useTempDirs();
const FILES = join(import.meta.dirname, '../fixtures/files');
const PASSWORD = '架空パス2025';
const agile = () => readFileSync(join(FILES, 'ledger-wareki-agile.xlsx'));

describe('contract: ledger.importPreview and reports.import with filePassword', { timeout: 120_000 }, () => {
  it('asks, refuses a wrong password, imports with the right one, and the 操作ログ never holds it', async () => {
    const { api, backend } = await unlockedBackend(tempDir());
    try {
      const input = { fileName: '台帳.xlsx', dataBase64: b64(agile()) };
      await expect(api.call('ledger.importPreview', input)).rejects.toMatchObject({ code: 'file_password_required' });
      await expect(api.call('ledger.importPreview', { ...input, filePassword: 'ちがう' })).rejects.toMatchObject({
        code: 'file_password_wrong',
      });
      await expect(api.call('ledger.importPreview', { ...input, filePassword: 'x'.repeat(256) })).rejects.toMatchObject(
        { code: 'invalid_input' },
      );
      const preview = await api.call('ledger.importPreview', { ...input, filePassword: PASSWORD });
      expect(preview.report.imported).toBe(3);
      await api.call('ledger.importCommit', { token: preview.token });
      expect((await api.call('ledger.list', {})).cases.map((c) => c.caseNo)).toEqual(['R7-001', 'R7-002', 'R7-003']);

      const reports = await makeXlsx([
        {
          name: '報告',
          rows: [
            ['登録番号', '報告日', '報告機関', '欠席日数'],
            ['R7-001', 'R7.6.10', '小学校', 2],
          ],
        },
      ]);
      const locked = officeCrypto.encrypt(reports, { password: PASSWORD });
      const reportInput = { fileName: '報告.xlsx', dataBase64: b64(locked) };
      await expect(api.call('reports.import', reportInput)).rejects.toMatchObject({ code: 'file_password_required' });
      expect(await api.call('reports.import', { ...reportInput, filePassword: PASSWORD })).toMatchObject({
        imported: 1,
      });

      const { entries } = await api.call('audit.list', {});
      expect(entries.length).toBeGreaterThan(0);
      expect(JSON.stringify(entries)).not.toContain(PASSWORD);
    } finally {
      backend.close();
    }
  });
});

describe('CLI: import of a password-protected workbook', { timeout: 240_000 }, () => {
  it('exits 2 without or with a wrong TSUNAGU_FILE_PASSWORD, writes nothing, and imports with it', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.db');
    const plain = join(dir, '台帳.ods');
    writeFileSync(plain, readFileSync(join(FILES, 'ledger-wareki.ods')));
    expect((await cli(['import', plain, '--db', db])).code).toBe(0);
    const file = join(dir, '台帳_保護.xlsx');
    writeFileSync(file, agile());

    const missing = await cli(['import', file, '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      '「台帳_保護.xlsx」はパスワードで保護されています。パスワードを入力してください。',
    );
    expect(missing.stderr).toContain('TSUNAGU_FILE_PASSWORD');

    const wrong = await cli(['import', file, '--db', db], { TSUNAGU_FILE_PASSWORD: 'ちがうパス' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('パスワードが違います');
    expect(wrong.stdout + wrong.stderr).not.toContain('ちがうパス');

    const right = await cli(['import', file, '--db', db], { TSUNAGU_FILE_PASSWORD: PASSWORD });
    expect(right.code, right.stderr).toBe(0);
    expect(right.stdout).toContain('変更なし 3 件');
    expect(right.stdout + right.stderr).not.toContain(PASSWORD);

    // Nothing was written by the failed runs: still the three cases of the first import; the 操作ログ holds
    // the imports and no password.
    const json = join(dir, 'out.json');
    expect((await cli(['export', json, '--db', db])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).cases).toHaveLength(3);
    const { backend, api } = await openExisting(db);
    try {
      const { entries } = await api.call('audit.list', {});
      expect(JSON.stringify(entries)).toContain('台帳を取り込み');
      expect(JSON.stringify(entries)).not.toContain(PASSWORD);
    } finally {
      backend.close();
    }
  });
});

async function openExisting(dbPath: string) {
  const backend = createBackend({ dbPath });
  const api = createApi(backend);
  await api.call('session.unlock', { passphrase: PASSPHRASE });
  return { backend, api };
}
