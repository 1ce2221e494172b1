// Keeps the machine's clock out: every date or time shown or written goes through shared/time/zone.ts with the
// council's zone. A Date's local getters, toLocale*String without a zone and "today" cut from toISOString
// all follow the computer's zone (UTC on many hosts), which once put 01:12 for 10:12 in the minutes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['shared', 'db', 'renderer/src', 'electron'];
const BANNED: readonly [RegExp, string][] = [
  [/\.get(FullYear|Month|Date|Day|Hours|Minutes|Seconds)\(\)/, 'a local-time getter'],
  [/\.set(FullYear|Month|Date|Hours|Minutes|Seconds)\(/, 'a local-time setter'],
  [/\.toLocale(Date|Time)?String\((?![^)]*timeZone)[^)]*\)/, 'toLocale*String without a timeZone'],
  [/(new Date\(\)|now\(\)|Date\.now\(\)\))\.toISOString\(\)\.slice\(0,\s*10\)/, '"today" cut from a UTC instant'],
  [/new Date\(\s*\w+\s*,\s*\w+/, 'a Date built from local calendar parts'],
];
// Numbers (not dates) may use toLocaleString for digit grouping.
const NUMBER_GROUPING = /\b(n|v|value|done|total|dataRows|length)\)?\.toLocaleString\('ja-JP'\)/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no local-time getters', () => {
  it('finds none in shared/, db/, renderer/ and electron/', () => {
    const found: string[] = [];
    for (const file of FOLDERS.flatMap((f) => sources(join(ROOT, f)))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(NUMBER_GROUPING, '');
          for (const [pattern, what] of BANNED)
            if (pattern.test(code)) found.push(`${relative(ROOT, file)}:${i + 1} ${what}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
