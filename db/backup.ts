// Backups with VACUUM INTO (the online backup API cannot copy an encrypted database). The copy keeps
// the cipher and key, so it is as encrypted as the original; both backup and restore verify that.
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../shared/contract';
import { createPrivateFile, makeFilesPrivate } from './files/private-files';
import { checkHistory } from './migrate';
import { openDatabase, type Db } from './open';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface BackupCheck { passphrase: string; nativeBinding?: string }

/** Writes an encrypted copy of `db` to `outPath` (which must not exist) and checks it opens with the passphrase. */
export function backupDatabase(db: Db, outPath: string, check: BackupCheck): void {
  if (existsSync(outPath)) throw new AppError('invalid_input', `「${outPath}」はすでにあります。別のファイル名を指定してください。`);
  const tmp = tempNextTo(outPath);
  try {
    createPrivateFile(tmp);
    db.prepare('VACUUM INTO ?').run(tmp);
    verifyDatabaseFile(tmp, check);
    renameSync(tmp, outPath);
  } finally {
    removeWithSidecars(tmp);
  }
}

/**
 * Replaces the database at `dbPath` with the backup at `inPath`, after checking the backup opens with
 * the passphrase and has a migration history this build knows. No connection to `dbPath` may be open.
 */
export function restoreDatabase(inPath: string, dbPath: string, check: BackupCheck): void {
  if (!existsSync(inPath)) throw new AppError('not_found', `バックアップファイル「${inPath}」が見つかりません。`);
  // Work on a copy next to the target: the backup itself stays untouched, and the final rename is atomic.
  const tmp = tempNextTo(dbPath);
  try {
    copyFileSync(inPath, tmp);
    makeFilesPrivate([tmp]);
    verifyDatabaseFile(tmp, check);
    // A stale WAL would be replayed onto the restored file at the next open and corrupt it.
    rmSync(`${dbPath}-wal`, { force: true });
    rmSync(`${dbPath}-shm`, { force: true });
    renameSync(tmp, dbPath);
  } finally {
    removeWithSidecars(tmp);
  }
}

/** Throws unless the file is encrypted, opens with the passphrase, is intact and has a known history. */
export function verifyDatabaseFile(path: string, check: BackupCheck): void {
  if (startsWithPlaintextHeader(path)) {
    throw new AppError('unreadable_file', `「${basename(path)}」は暗号化されていません。Tsunagu のバックアップではありません。`);
  }
  const db = openDatabase(path, { passphrase: check.passphrase, nativeBinding: check.nativeBinding });
  try {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new AppError('unreadable_file', `「${basename(path)}」は壊れています（${String(result)}）。`);
    checkHistory(db);
    // Leave the file in rollback-journal mode so it is one self-contained file after close.
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

function startsWithPlaintextHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(PLAINTEXT_HEADER.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.equals(PLAINTEXT_HEADER);
  } finally {
    closeSync(fd);
  }
}

function tempNextTo(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

function removeWithSidecars(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(p, { force: true });
}
