import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDbPath, resolveDbPath } from '../../db/paths';
import { parseArgs, UsageError } from '../../db/cli/args';

describe('defaultDbPath: Electron userData for "Tsunagu"', () => {
  it('uses %APPDATA% on Windows', () => {
    expect(defaultDbPath({ APPDATA: 'C:\\Users\\k\\AppData\\Roaming' }, 'win32', 'C:\\Users\\k')).toBe(
      'C:\\Users\\k\\AppData\\Roaming\\Tsunagu\\tsunagu.db',
    );
  });
  it('uses Application Support on macOS', () => {
    expect(defaultDbPath({}, 'darwin', '/Users/k')).toBe('/Users/k/Library/Application Support/Tsunagu/tsunagu.db');
  });
  it('uses $XDG_CONFIG_HOME or ~/.config on Linux', () => {
    expect(defaultDbPath({ XDG_CONFIG_HOME: '/x/cfg' }, 'linux', '/home/k')).toBe('/x/cfg/Tsunagu/tsunagu.db');
    expect(defaultDbPath({}, 'linux', '/home/k')).toBe('/home/k/.config/Tsunagu/tsunagu.db');
  });
});

describe('resolveDbPath', () => {
  it('prefers --db, then TSUNAGU_DB, then the default', () => {
    expect(resolveDbPath(['import', 'a.xlsx', '--db', '/tmp/a.db'], { TSUNAGU_DB: '/tmp/b.db' })).toBe('/tmp/a.db');
    expect(resolveDbPath(['--db=rel/c.db'], {})).toBe(resolve('rel/c.db'));
    expect(resolveDbPath(['export', 'x.json'], { TSUNAGU_DB: '/tmp/b.db' })).toBe('/tmp/b.db');
    expect(resolveDbPath([], { XDG_CONFIG_HOME: '/x' })).toBe(defaultDbPath({ XDG_CONFIG_HOME: '/x' }));
  });
});

describe('CLI arguments', () => {
  it('parses each command and its flags', () => {
    expect(parseArgs(['import', 'a.xlsx', '--dry-run', '--report', 'r.json', '--db', 'x.db'])).toEqual({
      name: 'import',
      file: 'a.xlsx',
      dryRun: true,
      report: 'r.json',
      overwriteNewer: false,
    });
    expect(parseArgs(['export', 'out.csv'])).toEqual({
      name: 'export',
      out: 'out.csv',
      filePasswordEnv: null,
      encoding: null,
    });
    expect(parseArgs(['export', 'o.csv', '--encoding', 'cp932'])).toMatchObject({ encoding: 'cp932' });
    expect(parseArgs(['export', 'o.xlsx', '--file-password-env', 'PW'])).toMatchObject({ filePasswordEnv: 'PW' });
    expect(parseArgs(['minutes', '--meeting', '3', '--out', 'm.docx', '--file-password-env=PW'])).toMatchObject({
      name: 'minutes',
      filePasswordEnv: 'PW',
    });
    expect(() => parseArgs(['export', 'o.csv', '--encoding', 'sjis'])).toThrow(/utf8 か cp932/);
    expect(() => parseArgs(['import', 'a.csv', '--file-password-env', 'PW'])).toThrow(
      /export・minutes・joint-list・plan-docx・requests でだけ/,
    );
    expect(parseArgs(['backup', 'b.db'])).toEqual({ name: 'backup', out: 'b.db' });
    expect(parseArgs(['restore', 'b.db'])).toEqual({ name: 'restore', input: 'b.db' });
    expect(parseArgs([])).toEqual({ name: 'help' });
    expect(parseArgs(['import', '--help'])).toEqual({ name: 'help' });
  });
  it('refuses unknown commands, flags and missing operands in Japanese', () => {
    expect(() => parseArgs(['drop'])).toThrow(UsageError);
    expect(() => parseArgs(['import'])).toThrow(/取り込むファイル/);
    expect(() => parseArgs(['export', 'a', '--force'])).toThrow(/不明なオプション/);
    expect(() => parseArgs(['export', 'a.csv', '--dry-run'])).toThrow(/import でだけ/);
    expect(() => parseArgs(['import', 'a.xlsx', '--report'])).toThrow(/--report の値/);
  });
});
