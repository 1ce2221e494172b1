// Applies numbered migrations, one transaction each, recorded in schema_migrations. A database whose
// recorded history this build does not recognise is refused: guessing could corrupt a newer schema.
import { AppError } from '../shared/contract';
import { MIGRATIONS, type Migration } from './migrations/index';
import type { Db } from './open';

interface Recorded {
  version: number;
  name: string;
}

export const UNKNOWN_HISTORY_PREFIX = 'このデータベースはこの版の Tsunagu では開けません';

/** Throws unless every recorded migration is one of `known`, in order (a prefix of it). */
export function checkHistory(db: Db, known: readonly Migration[] = MIGRATIONS): Recorded[] {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!hasTable) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) throw refuse('移行の記録がないのに表があります');
    return [];
  }
  const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as Recorded[];
  recorded.forEach((row, i) => {
    const expected = known[i];
    if (!expected || expected.version !== row.version) {
      throw refuse(
        `未知の移行 ${row.version}「${row.name}」が記録されています。新しい版の Tsunagu で作成された可能性があります`,
      );
    }
    if (expected.name !== row.name) {
      throw refuse(
        `移行 ${row.version} の名前が「${row.name}」と記録されていますが、この版では「${expected.name}」です`,
      );
    }
  });
  return recorded;
}

/** Brings the database up to date. Returns the versions applied now. */
export function migrate(
  db: Db,
  now: () => Date = () => new Date(),
  known: readonly Migration[] = MIGRATIONS,
): number[] {
  const recorded = checkHistory(db, known);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied: number[] = [];
  for (const migration of known.slice(recorded.length)) {
    db.transaction(() => {
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        now().toISOString(),
      );
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}

function refuse(detail: string): AppError {
  return new AppError('incompatible_database', `${UNKNOWN_HISTORY_PREFIX}（${detail}）。開発元に連絡してください。`);
}
