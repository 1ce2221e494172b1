// Files that hold case data are readable by their owner only (db/files/private-files.ts), checked with
// fs.stat on real files: the database and its WAL/SHM, a backup, a restore, a write-back backup and CLI
// exports, under umask 022, with which these files used to be 0644.
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../shared/api-client';
import { createBackend } from '../../db/backend';
import { backupDatabase, restoreDatabase } from '../../db/backup';
import { backupBeforeWriteback } from '../../db/repos/backups';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { cli } from './cli-helpers';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase } from './meeting-helpers';

const tempDir = useTempDirs();
const modeOf = (path: string): string => (statSync(path).mode & 0o777).toString(8);
const posix = process.platform !== 'win32';

async function ledgerAt(dbPath: string) {
  const backend = createBackend({ dbPath });
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  await api.call('ledger.create', { case: fakeCase('PF-1', { name: '架空　花子' }) });
  return { backend, api };
}

describe.runIf(posix)('files the app writes are private (0600, folders 0700)', () => {
  // The usual umask, under which SQLite and writeFileSync make 0644 files: the modes must not depend on a
  // stricter one the machine running the tests may happen to have. The CLI children inherit it.
  let umask = 0;
  beforeAll(() => {
    umask = process.umask(0o022);
  });
  afterAll(() => {
    process.umask(umask);
  });

  it('creates the database, its WAL and SHM 0600, in a new folder 0700', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'new', 'nested', 'tsunagu.db');
    const { backend } = await ledgerAt(dbPath);
    try {
      for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
        expect(existsSync(file), file).toBe(true);
        expect(modeOf(file), file).toBe('600');
      }
      expect(modeOf(join(dir, 'new'))).toBe('700');
      expect(modeOf(join(dir, 'new', 'nested'))).toBe('700');
    } finally {
      backend.close();
    }
  });

  it('tightens a database an older version left readable, before writing to it', async () => {
    const dbPath = join(tempDir(), 'tsunagu.db');
    (await ledgerAt(dbPath)).backend.close();
    for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) if (existsSync(file)) chmodSync(file, 0o644);
    const backend = createBackend({ dbPath });
    try {
      await createApi(backend).call('session.unlock', { passphrase: PASSPHRASE });
      for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) expect(modeOf(file), file).toBe('600');
    } finally {
      backend.close();
    }
  });

  it('writes backups 0600 and restores to a 0600 database even from a readable backup', () => {
    const dir = tempDir();
    const dbPath = join(dir, 'tsunagu.db');
    const db = openDatabase(dbPath, { passphrase: PASSPHRASE, create: true });
    migrate(db);
    const backupPath = join(dir, 'backup.db');
    backupDatabase(db, backupPath, { passphrase: PASSPHRASE });
    db.close();
    expect(modeOf(backupPath)).toBe('600');

    chmodSync(backupPath, 0o644);
    restoreDatabase(backupPath, dbPath, { passphrase: PASSPHRASE });
    expect(modeOf(dbPath)).toBe('600');
  });

  it('writes the write-back backup 0600 in a backups folder 0700, even one that already existed readable', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'tsunagu.db'), { passphrase: PASSPHRASE, create: true });
    try {
      migrate(db);
      mkdirSync(join(dir, 'backups'), { mode: 0o755 });
      chmodSync(join(dir, 'backups'), 0o755);
      const path = backupBeforeWriteback(db, 3, new Date('2026-11-30T01:00:00.000Z'), 'Asia/Tokyo');
      expect(modeOf(path)).toBe('600');
      expect(modeOf(join(dir, 'backups'))).toBe('700');
    } finally {
      db.close();
    }
  });

  it(
    'CLI: exports and backups are 0600, also when an older file was there readable',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const dbPath = join(dir, 'tsunagu.db');
      (await ledgerAt(dbPath)).backend.close();
      const csv = join(dir, '台帳.csv');
      writeFileSync(csv, 'old', { mode: 0o644 });
      chmodSync(csv, 0o644);
      const exported = await cli(['export', csv, '--db', dbPath]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(modeOf(csv)).toBe('600');
      const json = join(dir, 'ledger.json');
      expect((await cli(['export', json, '--db', dbPath])).code).toBe(0);
      expect(modeOf(json)).toBe('600');
      const backup = join(dir, 'cli-backup.db');
      expect((await cli(['backup', backup, '--db', dbPath])).code).toBe(0);
      expect(modeOf(backup)).toBe('600');
    },
  );
});
