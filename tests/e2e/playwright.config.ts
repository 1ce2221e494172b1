// E2E specs drive the real renderer build against the real backend through the test host, in the
// Debian Chromium at /usr/bin/chromium (Playwright's own browser download is never used: no network).
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  testMatch: '**/*.spec.ts',
  outputDir: repo('test-results/e2e'),
  reporter: [['list'], ['html', { outputFolder: repo('test-results/report'), open: 'never' }]],
  timeout: 180_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  // Each test spawns its own host and database, so tests could run in parallel; one at a time keeps
  // the 10,000-row import's responsiveness measurement from measuring a neighbour's CPU use instead.
  workers: 1,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
