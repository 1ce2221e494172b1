import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract';
import { checkHistory, migrate } from '../../db/migrate';
import { MIGRATIONS, type Migration } from '../../db/migrations/index';
import { openDatabase } from '../../db/open';
import { containsText, PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();

function secretRow(dir: string) {
  const path = join(dir, 'tsunagu.db');
  const db = openDatabase(path, { passphrase: PASSPHRASE, create: true });
  migrate(db);
  db.prepare('INSERT INTO cases (case_no, data, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
    'ZQ-7319',
    JSON.stringify({ caseNo: 'ZQ-7319', name: '架空 花子', kana: 'かくう はなこ' }),
    'x',
    'x',
  );
  db.close();
  return path;
}

describe('openDatabase: encryption at rest', () => {
  it('writes no plaintext: no SQLite header and none of the case text in UTF-8 or UTF-16', () => {
    const path = secretRow(tempDir());
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    for (const text of ['ZQ-7319', '架空 花子', 'かくう はなこ', 'case_history', 'CREATE TABLE']) {
      expect(containsText(bytes, text), text).toBe(false);
    }
  });

  it('uses SQLCipher 4 with 256,000 PBKDF2 iterations and WAL', () => {
    const path = secretRow(tempDir());
    const db = openDatabase(path, { passphrase: PASSPHRASE });
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(Number(db.pragma('kdf_iter', { simple: true }))).toBe(256000);
    expect(Number(db.pragma('legacy', { simple: true }))).toBe(4);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT case_no FROM cases').pluck().get()).toBe('ZQ-7319');
    db.close();
  });

  it('refuses a wrong passphrase and leaves the file byte-identical with no WAL/SHM', () => {
    const dir = tempDir();
    const path = secretRow(dir);
    const before = readFileSync(path);
    const filesBefore = readdirSync(dir).sort();
    let error: unknown;
    try {
      openDatabase(path, { passphrase: PASSPHRASE + 'x' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('wrong_passphrase');
    expect((error as AppError).message).toMatch(/^パスフレーズが違います/);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('after a crash (WAL left behind), a wrong passphrase leaves the database and its WAL untouched', () => {
    const live = tempDir();
    const crashed = tempDir();
    const db = openDatabase(join(live, 'c.db'), { passphrase: PASSPHRASE, create: true });
    migrate(db);
    db.exec(`INSERT INTO settings VALUES ('dateStyle', '"seireki"')`);
    // Copy while the connection is open: the WAL still holds the committed pages, as after a power cut.
    for (const f of readdirSync(live)) writeFileSync(join(crashed, f), readFileSync(join(live, f)));
    db.close();
    const path = join(crashed, 'c.db');
    expect(existsSync(`${path}-wal`)).toBe(true);
    const dbBytes = readFileSync(path);
    const walBytes = readFileSync(`${path}-wal`);
    expect(() => openDatabase(path, { passphrase: 'ちがう' })).toThrow(/パスフレーズが違います/);
    // The -shm index is rebuilt by SQLite from the WAL; only the data files matter.
    expect(readFileSync(path).equals(dbBytes)).toBe(true);
    expect(readFileSync(`${path}-wal`).equals(walBytes)).toBe(true);
    const reopened = openDatabase(path, { passphrase: PASSPHRASE });
    expect(reopened.prepare('SELECT value FROM settings').pluck().get()).toBe('"seireki"');
    reopened.close();
  });

  it('takes passphrases with quotes and non-ASCII literally', () => {
    const path = join(tempDir(), 'q.db');
    const odd = `it's "quoted"; -- 髙﨑\\'`;
    openDatabase(path, { passphrase: odd, create: true }).close();
    openDatabase(path, { passphrase: odd }).close();
    expect(() => openDatabase(path, { passphrase: `it's "quoted"; -- 髙﨑` })).toThrow(/パスフレーズが違います/);
  });

  it('refuses a file that is not a database as a wrong passphrase, untouched', () => {
    const path = join(tempDir(), 'junk.db');
    writeFileSync(path, Buffer.alloc(8192, 7));
    expect(() => openDatabase(path, { passphrase: PASSPHRASE })).toThrow(AppError);
    expect(readFileSync(path).equals(Buffer.alloc(8192, 7))).toBe(true);
  });
});

describe('migrations', () => {
  it('applies every migration from empty, once, and records it', () => {
    const db = openDatabase(join(tempDir(), 'm.db'), { passphrase: PASSPHRASE, create: true });
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['case_history', 'cases', 'import_log', 'schema_migrations', 'settings']),
    );
    db.close();
  });

  it('applies each migration on top of the previous ones', () => {
    const db = openDatabase(join(tempDir(), 'step.db'), { passphrase: PASSPHRASE, create: true });
    for (let i = 1; i <= MIGRATIONS.length; i++) {
      expect(migrate(db, undefined, MIGRATIONS.slice(0, i))).toEqual([MIGRATIONS[i - 1]!.version]);
    }
    db.close();
  });

  it('rolls a failing migration back completely', () => {
    const db = openDatabase(join(tempDir(), 'fail.db'), { passphrase: PASSPHRASE, create: true });
    const latest = Math.max(...MIGRATIONS.map((m) => m.version));
    const broken: Migration = {
      version: latest + 1,
      name: 'broken',
      up: (d) => d.exec('CREATE TABLE half (x); SELECT * FROM nowhere;'),
    };
    expect(() => migrate(db, undefined, [...MIGRATIONS, broken])).toThrow();
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(latest);
    db.close();
  });

  it('refuses a database with a migration this build does not know', () => {
    const db = openDatabase(join(tempDir(), 'future.db'), { passphrase: PASSPHRASE, create: true });
    migrate(db);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, ?, ?)').run('meetings-v9', 'x');
    expect(() => migrate(db)).toThrow(/この版の Tsunagu では開けません.*未知の移行 99/);
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'incompatible_database' }));
    db.close();
  });

  it('refuses a recorded migration whose name differs', () => {
    const db = openDatabase(join(tempDir(), 'renamed.db'), { passphrase: PASSPHRASE, create: true });
    migrate(db);
    db.prepare('UPDATE schema_migrations SET name = ? WHERE version = 1').run('something-else');
    expect(() => checkHistory(db)).toThrow(/移行 1 の名前/);
    db.close();
  });

  it('refuses tables without any migration record', () => {
    const db = openDatabase(join(tempDir(), 'foreign.db'), { passphrase: PASSPHRASE, create: true });
    db.exec('CREATE TABLE other_app (x)');
    expect(() => migrate(db)).toThrow(AppError);
    db.close();
  });
});
