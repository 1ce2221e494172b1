// The Electronegativity scan (tests/security/electronegativity.ts, run by `npm run scan:electron` in
// `npm test`): it runs offline, it fails on a real misconfiguration, and our list of accepted findings
// gives a reason for each and matches what the scanner reports on electron/.
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare, readAccepted, scanAgainstAccepted } from '../../tests/security/electronegativity';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Electronegativity', { timeout: 120_000 }, () => {
  it('reports nothing on electron/ beyond the accepted findings, and every accepted one still appears', async () => {
    const result = await scanAgainstAccepted();
    expect(result.errors).toEqual([]);
    expect(result.unexpected).toEqual([]);
    expect(result.stale).toEqual([]);
  });

  it('fails on a window that turns isolation off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-scan-'));
    dirs.push(dir);
    writeFileSync(
      join(dir, 'main.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });',
        "w.loadURL('https://example.com/');",
      ].join('\n'),
    );
    const { unexpected } = await scanAgainstAccepted(dir);
    const checks = unexpected.map((f) => f.check);
    expect(checks).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    );
  });

  it('gives a reason for every accepted finding, and reports accepted ones that are gone', () => {
    const accepted = readAccepted();
    expect(accepted.length).toBeGreaterThan(0);
    for (const entry of accepted) expect(entry.reason.length, entry.check).toBeGreaterThan(40);
    expect(compare([], accepted).stale).toEqual(accepted);
  });
});
