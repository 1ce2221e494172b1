// `tsunagu passphrase change`: both passphrases from the environment (or prompts on a terminal), never from
// arguments; the database is rekeyed and the backup keeps the old passphrase.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { openDatabase } from '../../db/open';
import { createApi } from '../../shared/api-client';
import { AppError } from '../../shared/contract';
import { cli } from './cli-helpers';
import { PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();
const NEW = '新しい合言葉は 港の見える丘';

async function database(): Promise<string> {
  const dbPath = join(tempDir(), 'tsunagu.db');
  const backend = createBackend({ dbPath });
  await createApi(backend).call('session.setup', { passphrase: PASSPHRASE });
  backend.close();
  return dbPath;
}

describe('CLI passphrase change', () => {
  it('rekeys with TSUNAGU_NEW_PASSPHRASE and says the backups keep the old passphrase', async () => {
    const dbPath = await database();
    const run = await cli(['passphrase', 'change', '--db', dbPath], { TSUNAGU_NEW_PASSPHRASE: NEW });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('パスフレーズを変更しました');
    expect(run.stdout).toContain('作ったときのパスフレーズのまま');
    expect(() => openDatabase(dbPath, { passphrase: PASSPHRASE })).toThrow(AppError);
    openDatabase(dbPath, { passphrase: NEW }).close();
    const backupPath = /変更前のバックアップ: (.+)\n/.exec(run.stdout)?.[1] ?? '';
    openDatabase(backupPath, { passphrase: PASSPHRASE }).close();
  });

  it('refuses a passphrase given as an argument, a missing one without a terminal, and a weak one', async () => {
    const dbPath = await database();
    const asArgument = await cli(['passphrase', 'change', NEW, '--db', dbPath]);
    expect(asArgument.code).toBe(2);
    expect(asArgument.stderr).toContain('引数では渡せません');
    const missing = await cli(['passphrase', 'change', '--db', dbPath]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('TSUNAGU_NEW_PASSPHRASE');
    const weak = await cli(['passphrase', 'change', '--db', dbPath], { TSUNAGU_NEW_PASSPHRASE: 'password1234' });
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('よく使われる');
    // Nothing changed: the old passphrase still opens it.
    openDatabase(dbPath, { passphrase: PASSPHRASE }).close();
  });
});
