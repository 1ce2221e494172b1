// Opens the one SQLite file, encrypted at rest with SQLCipher v4 settings (PBKDF2-HMAC-SHA512,
// 256,000 iterations, random salt in the file header): the file can be checked with any SQLCipher 4 tool.
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../shared/contract';
import { createPrivateFile, databaseFiles, makeFilesPrivate } from './files/private-files';

export type Db = Database.Database;

export interface OpenOptions {
  passphrase: string;
  /** Create the file (the caller has checked it does not exist); otherwise it must exist. */
  create?: boolean;
  /** A better_sqlite3.node built for another runtime (the Electron shell passes one rebuilt for Electron). */
  nativeBinding?: string;
  /** How long a write waits for another program's write to finish before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/** Long enough for another program's import transaction to finish, short enough that the user is told soon. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export const WRONG_PASSPHRASE_MESSAGE = 'パスフレーズが違います。もう一度入力してください。';

export function openDatabase(path: string, opts: OpenOptions): Db {
  // A new database is 0600 from its first byte (SQLite would create it 0644 under the usual umask).
  if (opts.create) createPrivateFile(path);
  const db = new Database(path, {
    fileMustExist: !opts.create,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  try {
    // The cipher must be chosen before the key, and both before the first read of the file.
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    // key() takes the raw bytes: no SQL quoting of the passphrase, so no escaping bugs.
    db.key(Buffer.from(opts.passphrase, 'utf8'));
    verifyKey(db);
    // Before WAL mode: SQLite gives -wal/-shm the database file's mode, and files from older versions get tightened.
    makeFilesPrivate(databaseFiles(path));
    // Only after the key is proven right: a wrong passphrase must leave the file (and its folder) untouched.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function verifyKey(db: Db): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_NOTADB')
      throw new AppError('wrong_passphrase', WRONG_PASSPHRASE_MESSAGE);
    throw err;
  }
}
