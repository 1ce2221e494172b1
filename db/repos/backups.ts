// The database's own copies, behind the storage seam: a handler asks for a backup, never for VACUUM INTO.
// The automatic backup made before each write-back, in a 「backups」 folder next to the database. The
// backend does not keep the passphrase, so the copy is checked through the open connection instead of
// backup.ts's reopen: ATTACH without a key uses the connection's key, so a copy that attaches, passes
// quick_check and holds the same migrations is as encrypted and readable as the database itself.
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/contract';
import { backupsFolderFor, startsWithPlaintextHeader } from '../backup';
import { createPrivateFile, ownPrivateDir } from '../files/private-files';
import { fileStampInZone } from '../../shared/time/zone';
import type { Db } from '../open';

const PREFIX = '台帳への反映前_';

/** Where write-back backups go: the folder 「backups」 beside the database file. */
export function backupsFolder(db: Db): string {
  return backupsFolderFor(db.name);
}

/**
 * Writes and checks an encrypted copy of `db`; returns its path. Must run outside a transaction. The name
 * carries the council's clock time (what the secretariat will look for), with milliseconds to keep two
 * write-backs in one second apart.
 */
export function backupBeforeWriteback(db: Db, meetingId: number, at: Date, timeZone: string): string {
  const folder = backupsFolder(db);
  ownPrivateDir(folder);
  const stamp = `${fileStampInZone(at, timeZone)}-${String(at.getUTCMilliseconds()).padStart(3, '0')}`;
  const outPath = join(folder, `${PREFIX}会議${meetingId}_${stamp}.db`);
  const tmp = join(folder, `.${basename(outPath)}.tmp`);
  // A half-written copy from a write-back that was killed is of no use: only finished backups are kept.
  for (const name of readdirSync(folder)) {
    if (name.startsWith(`.${PREFIX}`) && name.endsWith('.tmp')) rmSync(join(folder, name), { force: true });
  }
  try {
    createPrivateFile(tmp);
    db.prepare('VACUUM INTO ?').run(tmp);
    verifyCopy(db, tmp);
    renameSync(tmp, outPath);
  } finally {
    rmSync(tmp, { force: true });
  }
  return outPath;
}

function verifyCopy(db: Db, path: string): void {
  if (startsWithPlaintextHeader(path))
    throw new AppError('internal', 'バックアップが暗号化されていません。台帳への反映を中止しました。');
  db.prepare('ATTACH DATABASE ? AS writeback_backup').run(path);
  try {
    const check = db.pragma('writeback_backup.quick_check', { simple: true });
    const versions = (schema: string) =>
      db
        .prepare(`SELECT group_concat(version) FROM (SELECT version FROM ${schema}.schema_migrations ORDER BY version)`)
        .pluck()
        .get();
    if (check !== 'ok' || versions('writeback_backup') !== versions('main')) {
      throw new AppError('internal', 'バックアップを確認できませんでした。台帳への反映を中止しました。');
    }
  } finally {
    db.exec('DETACH DATABASE writeback_backup');
  }
}

export class BackupsRepo {
  constructor(private readonly db: Db) {}

  /** See backupBeforeWriteback. Must run outside a transaction. */
  beforeWriteback(meetingId: number, at: Date, timeZone: string): string {
    return backupBeforeWriteback(this.db, meetingId, at, timeZone);
  }
}
