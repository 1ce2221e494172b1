// One fixture gives every spec a Page showing the app on a fresh, empty database.
// Default: the renderer build in Chromium, served by the browser host (server/, a child process) on a free port.
// TSUNAGU_E2E_ELECTRON=1: the desktop app itself via Playwright's _electron.launch with the same
// specs. That branch cannot run in this environment (the Electron binary cannot be downloaded here),
// so it is written against Playwright's documented API but has not been exercised.
import { test as base, _electron, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, STATIC_DIR, spawnHost } from './host-process';

export interface App {
  page: Page;
  /** The database file of this test (fresh, in a temp folder removed afterwards). */
  dbPath: string;
  /** Saves a screenshot as tests/artifacts/<test>/<nn>-<name>.png. */
  shot(name: string): Promise<void>;
}

const ELECTRON = process.env.TSUNAGU_E2E_ELECTRON === '1';

function slug(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'test'
  );
}

export const test = base.extend<{ app: App }>({
  app: async ({ playwright, launchOptions, viewport, locale, timezoneId }, use, testInfo) => {
    const dir = await mkdtemp(join(tmpdir(), 'tsunagu-e2e-'));
    const dbPath = join(dir, 'tsunagu.db');
    const shotsDir = join(REPO, 'tests', 'artifacts', slug(testInfo.titlePath.slice(1).join(' ')));
    await rm(shotsDir, { recursive: true, force: true });
    await mkdir(shotsDir, { recursive: true });
    let count = 0;
    const cleanups: (() => Promise<unknown>)[] = [() => rm(dir, { recursive: true, force: true })];
    let page: Page;

    try {
      if (ELECTRON) {
        const electronApp = await _electron.launch({
          // Needs `npm run build` and the native module rebuilt for Electron (npm start does both).
          args: [join(REPO, 'dist', 'electron', 'main.cjs'), '--db', dbPath],
          cwd: REPO,
          env: { ...process.env, TSUNAGU_DB: dbPath } as Record<string, string>,
        });
        cleanups.unshift(() => electronApp.close());
        page = await electronApp.firstWindow();
      } else {
        if (!existsSync(join(STATIC_DIR, 'index.html')))
          throw new Error('dist/renderer がありません。npm run build:renderer を先に実行してください。');
        const host = await spawnHost(dbPath);
        cleanups.unshift(() => host.close());
        const browser = await playwright.chromium.launch(launchOptions);
        cleanups.unshift(() => browser.close());
        const context = await browser.newContext({ viewport, locale, timezoneId, acceptDownloads: true });
        page = await context.newPage();
        // host.url carries the launch token; the host moves it into the context's cookie and drops it from the URL.
        await page.goto(host.url);
      }
      const shot = async (name: string): Promise<void> => {
        count += 1;
        await page.screenshot({ path: join(shotsDir, `${String(count).padStart(2, '0')}-${slug(name)}.png`) });
      };
      await use({ page, dbPath, shot });
    } finally {
      for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    }
  },
});

export { expect } from '@playwright/test';
