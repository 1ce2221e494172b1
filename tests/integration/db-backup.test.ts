import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../db/backup';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { containsText, PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();

function databaseWith(path: string, caseNo: string) {
  const db = openDatabase(path, { passphrase: PASSPHRASE, create: !existsSync(path) });
  migrate(db);
  db.prepare('INSERT INTO cases (case_no, data, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
    caseNo,
    JSON.stringify({ name: '架空 次郎' }),
    'x',
    'x',
  );
  return db;
}

const caseNos = (path: string) => {
  const db = openDatabase(path, { passphrase: PASSPHRASE });
  const list = db.prepare('SELECT case_no FROM cases ORDER BY case_no').pluck().all();
  db.close();
  return list;
};

describe('backup and restore', () => {
  it('backs up to an encrypted file that opens with the same passphrase, and restores it', () => {
    const dir = tempDir();
    const dbPath = join(dir, 'tsunagu.db');
    const backupPath = join(dir, 'バックアップ 2026-04-01.db');
    const db = databaseWith(dbPath, 'BK-4471');
    backupDatabase(db, backupPath, { passphrase: PASSPHRASE });
    const bytes = readFileSync(backupPath);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(containsText(bytes, 'BK-4471') || containsText(bytes, '架空 次郎')).toBe(false);
    expect(() => openDatabase(backupPath, { passphrase: 'ちがうパスフレーズ' })).toThrow(/パスフレーズが違います/);
    expect(caseNos(backupPath)).toEqual(['BK-4471']);
    // Refuses to overwrite an existing file.
    expect(() => backupDatabase(db, backupPath, { passphrase: PASSPHRASE })).toThrow(/すでにあります/);

    // Change the live database (uncheckpointed WAL included), then restore the backup over it.
    db.prepare('INSERT INTO cases (case_no, data, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      'BK-9999',
      '{}',
      'x',
      'x',
    );
    db.close();
    writeFileSync(`${dbPath}-wal`, Buffer.alloc(100, 9));
    const backupBefore = readFileSync(backupPath);
    restoreDatabase(backupPath, dbPath, { passphrase: PASSPHRASE });
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    expect(readFileSync(backupPath).equals(backupBefore)).toBe(true);
    expect(caseNos(dbPath)).toEqual(['BK-4471']);
  });

  it('refuses a backup with the wrong passphrase or an unknown history, leaving the database as it was', () => {
    const dir = tempDir();
    const dbPath = join(dir, 'tsunagu.db');
    databaseWith(dbPath, 'LIVE-1').close();
    const live = readFileSync(dbPath);

    const other = join(dir, 'other.db');
    const db = openDatabase(other, { passphrase: 'べつのパスフレーズです', create: true });
    migrate(db);
    db.close();
    expect(() => restoreDatabase(other, dbPath, { passphrase: PASSPHRASE })).toThrow(/パスフレーズが違います/);

    const future = join(dir, 'future.db');
    const f = databaseWith(future, 'F-1');
    f.prepare("INSERT INTO schema_migrations VALUES (42, 'from-the-future', 'x')").run();
    f.close();
    expect(() => restoreDatabase(future, dbPath, { passphrase: PASSPHRASE })).toThrow(/未知の移行 42/);

    const plain = join(dir, 'plain.db');
    writeFileSync(plain, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4080)]));
    expect(() => restoreDatabase(plain, dbPath, { passphrase: PASSPHRASE })).toThrow(/暗号化されていません/);

    expect(readFileSync(dbPath).equals(live)).toBe(true);
    expect(caseNos(dbPath)).toEqual(['LIVE-1']);
  });
});
