// Keeps SQLite behind the repositories: handlers and services see the Store (repositories and `tx`), never
// the connection, so every SQL statement lives in db/repos/ and a second storage engine plugs in there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['db/handlers', 'db/services', 'db/documents'];
const BANNED: readonly [RegExp, string][] = [
  [/\.prepare\(/, 'a prepared statement'],
  [/\.transaction\(/, 'a transaction on the connection (use ctx.tx or store.tx)'],
  [/\.pragma\(|\.exec\(['"`]/, 'a statement on the connection'],
  [/from '\.\.\/open'/, 'the connection type'],
  [/better-sqlite3/, 'the SQLite driver'],
  [/\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/, 'SQL'],
];

describe('storage seam', () => {
  it('finds no SQL and no connection in db/handlers, db/services and db/documents', () => {
    const found: string[] = [];
    for (const folder of FOLDERS) {
      for (const name of readdirSync(join(ROOT, folder))) {
        if (!name.endsWith('.ts')) continue;
        const lines = readFileSync(join(ROOT, folder, name), 'utf8').split('\n');
        lines.forEach((line, i) => {
          if (line.trimStart().startsWith('//') || line.trimStart().startsWith('*')) return;
          for (const [pattern, what] of BANNED)
            if (pattern.test(line)) found.push(`${folder}/${name}:${i + 1} ${what}`);
        });
      }
    }
    expect(found).toEqual([]);
  });
});
