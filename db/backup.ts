// Backups with VACUUM INTO (the online backup API cannot copy an encrypted database). The copy keeps
// the cipher and key, so it is as encrypted as the original; both backup and restore verify that.
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../shared/contract';
import { createPrivateFile, makeFilesPrivate, ownPrivateDir } from './files/private-files';
import { liveLeases, type LeaseInfo } from './lease';
import { checkHistory } from './migrate';
import { openDatabase, type Db } from './open';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const SAFETY_PREFIX = '復元前_';

export interface BackupCheck {
  passphrase: string;
  nativeBinding?: string;
}
export interface RestoreResult {
  safetyCopy: string | null;
}

/** Where automatic backups go (before a write-back, before a restore): the folder 「backups」 beside the database. */
export function backupsFolderFor(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/** A file-name-safe UTC time stamp: 20261130-021500-123. */
export function backupStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');
}

/** Writes an encrypted copy of `db` to `outPath` (which must not exist) and checks it opens with the passphrase. */
export function backupDatabase(db: Db, outPath: string, check: BackupCheck): void {
  if (existsSync(outPath))
    throw new AppError('invalid_input', `「${outPath}」はすでにあります。別のファイル名を指定してください。`);
  const tmp = tempNextTo(outPath);
  try {
    createPrivateFile(tmp);
    db.prepare('VACUUM INTO ?').run(tmp);
    verifyDatabaseFile(tmp, check, basename(outPath));
    renameSync(tmp, outPath);
  } finally {
    removeWithSidecars(tmp);
  }
}

/**
 * Replaces the database at `dbPath` with the backup at `inPath`. Refuses (and changes nothing) unless the
 * backup is a complete, readable Tsunagu database of a known history that opens with the passphrase, and
 * while any program has the database open. The current database is first kept as an encrypted safety copy
 * in backups/; the swap itself is one rename, so a crash leaves the old or the new file, never a mix.
 */
export function restoreDatabase(
  inPath: string,
  dbPath: string,
  check: BackupCheck,
  now: Date = new Date(),
): RestoreResult {
  const label = basename(inPath);
  requireBackupFile(inPath, label);
  refuseWhileOpen(dbPath);
  // Work on a copy next to the target: the backup itself stays untouched, and the final rename is atomic.
  const tmp = tempNextTo(dbPath);
  try {
    copyFileSync(inPath, tmp);
    makeFilesPrivate([tmp]);
    verifyDatabaseFile(tmp, check, label);
    const safetyCopy = existsSync(dbPath) ? keepSafetyCopy(dbPath, check, now) : null;
    // Again just before the swap: an app may have been started while the copies were made.
    refuseWhileOpen(dbPath);
    // The safety copy's connection checkpointed and closed the WAL; a stale one would be replayed onto the
    // restored file at the next open and corrupt it.
    rmSync(`${dbPath}-wal`, { force: true });
    rmSync(`${dbPath}-shm`, { force: true });
    renameSync(tmp, dbPath);
    return { safetyCopy };
  } finally {
    removeWithSidecars(tmp);
  }
}

/** Throws unless the file is encrypted, complete, opens with the passphrase, is intact and has a known history. */
export function verifyDatabaseFile(path: string, check: BackupCheck, label = basename(path)): void {
  const { size } = statSync(path);
  if (size === 0)
    throw new AppError(
      'unreadable_file',
      `「${label}」は空のファイル（0 バイト）です。Tsunagu のバックアップではありません。`,
    );
  // SQLite pages are 512 bytes or a larger power of two: any other length was cut short (and would only
  // be reported as a wrong passphrase if its first page is incomplete).
  if (size % 512 !== 0) throw truncated(label);
  if (startsWithPlaintextHeader(path)) {
    throw new AppError('unreadable_file', `「${label}」は暗号化されていません。Tsunagu のバックアップではありません。`);
  }
  const db = openReadable(path, check, label);
  try {
    const pages =
      (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    // A backup is one self-contained file (no WAL); a copy cut short is smaller than its own header says.
    if (pages !== size) throw truncated(label);
    const result = readable(label, () => db.pragma('integrity_check', { simple: true }));
    if (result !== 'ok') throw new AppError('unreadable_file', `「${label}」は壊れています（${String(result)}）。`);
    const history = checkHistory(db);
    if (history.length === 0) {
      throw new AppError(
        'unreadable_file',
        `「${label}」には Tsunagu の移行の記録がありません。Tsunagu のバックアップではありません。`,
      );
    }
    // Leave the file in rollback-journal mode so it is one self-contained file after close.
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** The leases of programs holding `dbPath` open, as a refusal naming them. */
export function refuseWhileOpen(dbPath: string): void {
  const holders = liveLeases(dbPath);
  if (holders.length === 0) return;
  throw new AppError(
    'in_use',
    `データベースはいま開かれています（${holders.map(describeHolder).join('、')}）。` +
      'Tsunagu のアプリとコマンドをすべて閉じてから、もう一度復元してください。何も変更していません。',
  );
}

function describeHolder(h: LeaseInfo): string {
  return `${h.program}: コンピューター ${h.host}、プロセス ${h.pid}${h.since ? `、${h.since} から` : ''}`;
}

function requireBackupFile(path: string, label: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new AppError('not_found', `バックアップファイル「${path}」が見つかりません。`);
  if (stat.isDirectory())
    throw new AppError('unreadable_file', `「${label}」はフォルダです。バックアップのファイルを指定してください。`);
  if (!stat.isFile())
    throw new AppError(
      'unreadable_file',
      `「${label}」は通常のファイルではありません。バックアップのファイルを指定してください。`,
    );
}

/**
 * An encrypted copy of the current database in backups/ (復元前_<time>.db). It is made through a connection
 * with the passphrase when it opens with it (VACUUM INTO, verified; WAL included). A database that does not
 * open with this passphrase (another key, or damaged) is copied as its raw files, still encrypted as they are.
 */
function keepSafetyCopy(dbPath: string, check: BackupCheck, now: Date): string {
  const folder = backupsFolderFor(dbPath);
  ownPrivateDir(folder);
  const out = join(folder, `${SAFETY_PREFIX}${backupStamp(now)}.db`);
  let db: Db | null = null;
  try {
    db = openDatabase(dbPath, { passphrase: check.passphrase, nativeBinding: check.nativeBinding });
  } catch {
    db = null;
  }
  if (db) {
    try {
      backupDatabase(db, out, check);
    } finally {
      db.close();
    }
    return out;
  }
  copyFileSync(dbPath, out);
  if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${out}-wal`);
  makeFilesPrivate([out, `${out}-wal`]);
  return out;
}

function openReadable(path: string, check: BackupCheck, label: string): Db {
  return readable(label, () =>
    openDatabase(path, { passphrase: check.passphrase, nativeBinding: check.nativeBinding }),
  );
}

/** SQLite's own errors on a damaged or cut-short file (English, SQLITE_CORRUPT …) become a Japanese refusal. */
function readable<T>(label: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw truncated(label);
  }
}

function truncated(label: string): AppError {
  return new AppError(
    'unreadable_file',
    `「${label}」は壊れているか、途中までしかありません。完全なバックアップを指定してください。`,
  );
}

export function startsWithPlaintextHeader(path: string): boolean {
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
