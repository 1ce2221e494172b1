// Files that hold case data are readable by their owner only: 0600 for files, 0700 for folders we make.
// Another OS account on the same PC must not read the database, its WAL/SHM, a backup or an export.
//
// Why explicit modes and not only a umask: a umask is process-wide state (and cannot be set from a worker
// thread), it does nothing for files that already exist from an older version, and a file created 0644
// and chmod-ed afterwards can be opened by another account in between and read through that descriptor
// later. So new files are created 0600 from the first byte (open with mode, or an empty file made before
// SQLite's VACUUM INTO writes into it), and existing ones are chmod-ed before anything is written to them.
// SQLite's unix VFS creates -wal, -shm and -journal with the mode of the database file, so a private
// database file gives private sidecars. The entry points (CLI, desktop app) also set umask 077 for what
// other code creates (Chromium's profile, SQLite's temporary files): see setPrivateUmask.
//
// On Windows, modes mean nothing (chmod only toggles read-only); the files live under the user's profile
// (%APPDATA%), whose ACL already admits only that user, SYSTEM and administrators.
import { chmodSync, closeSync, fchmodSync, mkdirSync, openSync, writeSync } from 'node:fs';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

const usesModes = (): boolean => process.platform !== 'win32';

/** The database file and the sidecars SQLite may create next to it. */
export function databaseFiles(dbPath: string): string[] {
  return [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`];
}

/** Creates the folders that are missing, 0700; an existing folder (the user's own choice) is left as it is. */
export function ensurePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** A folder that is the app's own (backups/): created or tightened to 0700. */
export function ownPrivateDir(path: string): void {
  ensurePrivateDir(path);
  if (usesModes()) chmodSync(path, PRIVATE_DIR_MODE);
}

/** Creates an empty file, 0600, failing if it exists: VACUUM INTO accepts an empty file as its target. */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
}

/** Tightens existing files to 0600; a path that does not exist is skipped. */
export function makeFilesPrivate(paths: readonly string[]): void {
  if (!usesModes()) return;
  for (const path of paths) {
    try {
      chmodSync(path, PRIVATE_FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** writeFileSync for data: a new file is 0600 from the start; an existing one is tightened before the write. */
export function writePrivateFile(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'w', PRIVATE_FILE_MODE);
  try {
    if (usesModes()) fchmodSync(fd, PRIVATE_FILE_MODE);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  } finally {
    closeSync(fd);
  }
}

/** For process entry points only: whatever else this process creates is private too. */
export function setPrivateUmask(): void {
  if (usesModes()) process.umask(0o077);
}
