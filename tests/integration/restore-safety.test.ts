// Restore can no longer wipe the ledger (issue 10, item 3): anything that is not a complete, readable backup
// of a known history with this passphrase is refused and the database stays byte for byte as it was; a
// restore while a program holds the database is refused; the database being replaced is kept first as an
// encrypted safety copy; a backend whose file was swapped underneath it locks instead of writing on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../db/backup';
import { createBackend } from '../../db/backend';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { createApi } from '../../shared/api-client';
import { AppError, type BackendEvent } from '../../shared/contract';
import { cli } from './cli-helpers';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();

/** A closed database with case LIVE-1, and a backup of it holding case BK-1 instead. */
async function ledgerAndBackup() {
  const dir = tempDir();
  const t = await meetingBackend(dir);
  await t.api.call('ledger.create', { case: fakeCase('BK-1') });
  t.backend.close();
  const backup = join(dir, 'バックアップ.db');
  const db = openDatabase(t.dbPath, { passphrase: PASSPHRASE });
  backupDatabase(db, backup, { passphrase: PASSPHRASE });
  db.prepare("DELETE FROM case_history WHERE case_no = 'BK-1'").run();
  db.prepare("UPDATE cases SET case_no = 'LIVE-1' WHERE case_no = 'BK-1'").run();
  db.close();
  return { dir, dbPath: t.dbPath, backup };
}

function caseNos(dbPath: string): unknown[] {
  const db = openDatabase(dbPath, { passphrase: PASSPHRASE });
  try {
    return db.prepare('SELECT case_no FROM cases ORDER BY case_no').pluck().all();
  } finally {
    db.close();
  }
}

function refused(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the restore was not refused');
}

/** The database file and its sidecars, as bytes: a refused restore must leave all of them as they were. */
function filesOf(dbPath: string): Record<string, Buffer | null> {
  const out: Record<string, Buffer | null> = {};
  for (const p of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) out[p] = existsSync(p) ? readFileSync(p) : null;
  return out;
}

describe('restore refuses what is not a complete backup', () => {
  it('refuses a 0-byte file, a cut-short backup, a folder, a wrong passphrase and an unknown history, in Japanese, changing nothing', () => {
    const { dir, dbPath, backup } = ledgerAndBackup_sync();
    const before = filesOf(dbPath);
    const good = readFileSync(backup);
    const check = { passphrase: PASSPHRASE };

    const empty = join(dir, 'empty.db');
    writeFileSync(empty, Buffer.alloc(0));
    const zero = refused(() => restoreDatabase(empty, dbPath, check));
    expect(zero.code).toBe('unreadable_file');
    expect(zero.message).toContain('空のファイル（0 バイト）');

    // Cut at a page boundary (the header still opens) and in the middle of a page.
    const half = join(dir, 'half.db');
    writeFileSync(half, good.subarray(0, Math.floor(good.length / 2 / 4096) * 4096));
    expect(refused(() => restoreDatabase(half, dbPath, check)).message).toMatch(
      /壊れているか、途中までしかありません|壊れています/,
    );
    const ragged = join(dir, 'ragged.db');
    writeFileSync(ragged, good.subarray(0, good.length - 100));
    expect(refused(() => restoreDatabase(ragged, dbPath, check)).message).toContain('途中までしかありません');

    const folder = join(dir, 'フォルダ');
    mkdirSync(folder);
    expect(refused(() => restoreDatabase(folder, dbPath, check)).message).toContain('フォルダです');

    expect(refused(() => restoreDatabase(backup, dbPath, { passphrase: 'ちがうパスフレーズです' })).code).toBe(
      'wrong_passphrase',
    );

    const future = join(dir, 'future.db');
    writeFileSync(future, good);
    const f = openDatabase(future, { passphrase: PASSPHRASE });
    f.prepare("INSERT INTO schema_migrations VALUES (42, 'from-the-future', 'x')").run();
    f.pragma('journal_mode = DELETE');
    f.close();
    expect(refused(() => restoreDatabase(future, dbPath, check)).message).toContain('未知の移行 42');

    // An encrypted database with this passphrase but no Tsunagu history at all.
    const stranger = join(dir, 'stranger.db');
    const s = openDatabase(stranger, { passphrase: PASSPHRASE, create: true });
    s.exec('CREATE TABLE notes (text TEXT)');
    s.pragma('journal_mode = DELETE');
    s.close();
    expect(refused(() => restoreDatabase(stranger, dbPath, check)).code).toBe('incompatible_database');

    expect(filesOf(dbPath)).toEqual(before);
    expect(caseNos(dbPath)).toEqual(['LIVE-1']);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('keeps an encrypted safety copy of the current database, then restores', async () => {
    const { dir, dbPath, backup } = await ledgerAndBackup();
    const { safetyCopy } = restoreDatabase(
      backup,
      dbPath,
      { passphrase: PASSPHRASE },
      new Date('2026-11-30T02:15:00.000Z'),
    );
    expect(safetyCopy).toBe(join(dir, 'backups', '復元前_20261130-021500-000.db'));
    expect(readFileSync(safetyCopy!).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(caseNos(safetyCopy!)).toEqual(['LIVE-1']);
    expect(caseNos(dbPath)).toEqual(['BK-1']);
  }, 60_000);
});

describe('restore and programs holding the database', () => {
  it('refuses while another backend has the database open, naming it; proceeds once it closed', async () => {
    const { dbPath, backup } = await ledgerAndBackup();
    const app = createBackend({ dbPath });
    await createApi(app).call('session.unlock', { passphrase: PASSPHRASE });
    const before = filesOf(dbPath);
    const error = refused(() => restoreDatabase(backup, dbPath, { passphrase: PASSPHRASE }));
    expect(error.code).toBe('in_use');
    expect(error.message).toContain('データベースはいま開かれています（Tsunagu のアプリ');
    expect(error.message).toContain(`プロセス ${process.pid}`);
    expect(filesOf(dbPath)).toEqual(before);

    // Locking (not only closing) lets go of the database.
    await createApi(app).call('session.lock', {});
    restoreDatabase(backup, dbPath, { passphrase: PASSPHRASE });
    expect(caseNos(dbPath)).toEqual(['BK-1']);
    app.close();
  }, 60_000);

  it('ignores the lease of a process that is gone (a crashed app)', async () => {
    const { dir, dbPath, backup } = await ledgerAndBackup();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const stale = join(dir, `.tsunagu.db.open-${gone.stdout}-dead.lease`);
    writeFileSync(
      stale,
      JSON.stringify({
        pid: Number(gone.stdout),
        host: hostname(),
        program: 'Tsunagu のアプリ',
        since: '2026-01-01T00:00:00.000Z',
      }),
    );
    restoreDatabase(backup, dbPath, { passphrase: PASSPHRASE });
    expect(caseNos(dbPath)).toEqual(['BK-1']);
    expect(existsSync(stale)).toBe(false);
  }, 60_000);

  it('a backend whose file was replaced underneath it locks and writes nothing to the vanished file', async () => {
    const { dir, dbPath, backup } = await ledgerAndBackup();
    const backend = createBackend({ dbPath });
    const events: BackendEvent[] = [];
    backend.subscribe((e) => events.push(e));
    const api = createApi(backend);
    await api.call('session.unlock', { passphrase: PASSPHRASE });
    const { version } = await api.call('ledger.get', { caseNo: 'LIVE-1' });

    // What a restore from an older build, or a copy by hand, does: a new file renamed over the path.
    const swapped = join(dir, 'swapped.db');
    writeFileSync(swapped, readFileSync(backup));
    renameSync(swapped, dbPath);

    const error = await api
      .call('ledger.update', { caseNo: 'LIVE-1', version, changes: { policy: '消えるはずの編集' } })
      .then(
        () => null,
        (e: unknown) => e as AppError,
      );
    expect(error?.code).toBe('locked');
    expect(error?.message).toContain('置き換えられたため、ロックしました');
    expect(events.some((e) => e.name === 'session.changed' && e.payload.state === 'locked')).toBe(true);
    expect((await api.call('session.status', {})).state).toBe('locked');

    await api.call('session.unlock', { passphrase: PASSPHRASE });
    expect((await api.call('ledger.list', {})).cases.map((c) => c.caseNo)).toEqual(['BK-1']);
    backend.close();
  }, 60_000);
});

describe('the CLI restore', () => {
  it('exits 2 with a Japanese message on a 0-byte file and while the app is open, 0 with the safety copy named', async () => {
    const { dir, dbPath, backup } = await ledgerAndBackup();
    const before = filesOf(dbPath);
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, Buffer.alloc(0));
    const zero = await cli(['restore', empty, '--db', dbPath]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('空のファイル（0 バイト）です');
    expect(zero.stdout).not.toContain('復元しました');
    expect(filesOf(dbPath)).toEqual(before);

    const app = createBackend({ dbPath });
    await createApi(app).call('session.unlock', { passphrase: PASSPHRASE });
    const busy = await cli(['restore', backup, '--db', dbPath]);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toContain('データベースはいま開かれています');
    app.close();
    // The app's own unlock is written to the 操作ログ, so the bytes differ; the ledger is the one it held.
    expect(caseNos(dbPath)).toEqual(['LIVE-1']);

    const done = await cli(['restore', backup, '--db', dbPath]);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/復元前のデータベースを保存しました: .*backups.*復元前_/);
    expect(caseNos(dbPath)).toEqual(['BK-1']);
  }, 120_000);
});

// The first test is synchronous apart from its setup.
function ledgerAndBackup_sync(): { dir: string; dbPath: string; backup: string } {
  const dir = tempDir();
  const dbPath = join(dir, 'tsunagu.db');
  const db = openDatabase(dbPath, { passphrase: PASSPHRASE, create: true });
  migrate(db);
  db.prepare('INSERT INTO cases (case_no, data, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
    'BK-1',
    JSON.stringify(fakeCase('BK-1')),
    'x',
    'x',
  );
  const backup = join(dir, 'バックアップ.db');
  backupDatabase(db, backup, { passphrase: PASSPHRASE });
  db.prepare("UPDATE cases SET case_no = 'LIVE-1'").run();
  db.close();
  return { dir, dbPath, backup };
}
