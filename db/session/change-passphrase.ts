// 変更: rekeys the open database to a new passphrase. SQLite3 Multiple Ciphers rekeys only in a rollback
// journal mode, so the WAL is checkpointed and the mode switched for the rekey and back after. Crash safety:
// an encrypted backup (made and checked with the current passphrase) is written to backups/ first; after the
// rekey the file is reopened with the new passphrase (quick_check) and must refuse the old one. If that check
// fails, the caller closes the session and the backup is restored, so the database keeps the old passphrase.
// Backups made before — this one included — keep the passphrase they were made with.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/contract';
import { backupDatabase } from '../backup';
import { openDatabase, type Db } from '../open';

export interface RekeyOptions {
  current: string;
  next: string;
  at: Date;
  nativeBinding?: string;
}

/** Backs up, rekeys and verifies; returns the backup's path. Throws `RekeyFailed` (with the backup) if the check fails. */
export function rekeyDatabase(db: Db, opts: RekeyOptions): string {
  const folder = join(dirname(db.name), 'backups');
  mkdirSync(folder, { recursive: true });
  const stamp = opts.at.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');
  const backupPath = join(folder, `パスフレーズ変更前_${stamp}.db`);
  const binding = opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {};
  backupDatabase(db, backupPath, { passphrase: opts.current, ...binding });

  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  try {
    db.rekey(Buffer.from(opts.next, 'utf8'));
  } catch (err) {
    throw new RekeyFailed(backupPath, err);
  } finally {
    db.pragma('journal_mode = WAL');
  }
  if (!opensWith(db.name, opts.next, binding) || opensWith(db.name, opts.current, binding))
    throw new RekeyFailed(backupPath, null);
  return backupPath;
}

export class RekeyFailed extends Error {
  constructor(
    readonly backupPath: string,
    cause: unknown,
  ) {
    super('rekey could not be verified', { cause });
  }
}

function opensWith(path: string, passphrase: string, binding: { nativeBinding?: string }): boolean {
  let db: Db;
  try {
    db = openDatabase(path, { passphrase, ...binding });
  } catch (err) {
    if (err instanceof AppError && err.code === 'wrong_passphrase') return false;
    throw err;
  }
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } finally {
    db.close();
  }
}
