// A 10,000-row ledger imported through the wizard: the page keeps answering while the backend reads,
// parses and writes, progress is shown, and the table stays virtualized afterwards.
import type { Locator, Page } from '@playwright/test';
import { makeLedgerWorkbook } from '../fixtures';
import { test, expect } from './app';
import { chooseFile, countText, importDialog, setUpPassphrase } from './steps';

const ROWS = 10_000;
/**
 * A frozen page is told apart from a busy one, not timed: a page that did the import itself would block for
 * the whole import (the preview alone takes 3–4 s here), while a page that leaves the work to the backend
 * answers within a few hundred ms on a quiet machine. The bound leaves room for a loaded CI machine; the
 * figures printed below are for reading, and speed is measured in `npm run bench`.
 */
const MAX_ANSWER_MS = 3_000;

interface Watch {
  maxAnswerMs: number;
  probes: number;
  sawProgress: boolean;
}
type GapWindow = Window & { e2eGap?: { last: number; max: number; long: number[] } };

/**
 * Inside the page: the longest stretch the main thread could not run a 50 ms timer (a long task). This,
 * not the evaluate round trip alone, is what a user feels; the probe's Playwright calls can hide a
 * freeze by waiting it out in an earlier call.
 */
async function startGapMeter(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as GapWindow;
    w.e2eGap = { last: performance.now(), max: 0, long: [] };
    setInterval(() => {
      const gap = w.e2eGap;
      if (!gap) return;
      const now = performance.now();
      gap.max = Math.max(gap.max, now - gap.last);
      if (now - gap.last > 250) gap.long.push(Math.round(now - gap.last));
      gap.last = now;
    }, 50);
  });
}

/** Starts measuring afresh, e.g. after Playwright's own work inside the page (setInputFiles). */
async function resetGapMeter(page: Page): Promise<void> {
  await page.evaluate(() => {
    const gap = (window as GapWindow).e2eGap;
    if (gap) Object.assign(gap, { last: performance.now(), max: 0, long: [] });
  });
}

/** Probes the page every ~100 ms until `done` is visible; records the slowest answer and any progress bar. */
async function watchUntil(page: Page, done: Locator, timeoutMs: number, watch: Watch): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const progress = importDialog(page).getByRole('progressbar', { name: '取り込みの進み具合' });
  for (;;) {
    const started = performance.now();
    const finished = await done.isVisible();
    await page.evaluate(() => 1 + 1);
    watch.maxAnswerMs = Math.max(watch.maxAnswerMs, performance.now() - started);
    if (finished) return;
    if (Date.now() > deadline) throw new Error(`not finished within ${timeoutMs} ms`);
    watch.probes += 1;
    if (!watch.sawProgress && (await progress.isVisible())) watch.sawProgress = true;
    await page.waitForTimeout(100);
  }
}

test('a 10,000-row import keeps the page responsive and shows progress', async ({ app }) => {
  test.setTimeout(300_000);
  const { page, shot } = app;
  const { buffer, expected } = await makeLedgerWorkbook({
    rows: ROWS,
    seed: 10_000,
    extraColumns: ['学年', '家族構成'],
  });
  expect(expected.cases).toBe(ROWS);
  await setUpPassphrase(page);

  const dialog = importDialog(page);
  const watch: Watch = { maxAnswerMs: 0, probes: 0, sawProgress: false };
  await startGapMeter(page);
  const previewStarted = Date.now();
  await chooseFile(page, '大きな台帳.xlsx', buffer);
  // Playwright builds the File from the Buffer with script inside the page; that is not the app's work.
  await resetGapMeter(page);
  await watchUntil(page, dialog.getByRole('heading', { name: '列の対応' }), 120_000, watch);
  const previewMs = Date.now() - previewStarted;
  await shot('1万行の列の対応');

  await dialog.getByRole('button', { name: '次へ' }).click();
  await expect(dialog.locator('.report-counts')).toContainText(`新規${ROWS.toLocaleString('ja-JP')} 件`);
  const commitStarted = Date.now();
  await dialog.getByRole('button', { name: '取り込む' }).click();
  await watchUntil(page, dialog.getByRole('status').filter({ hasText: '取り込みが完了しました。' }), 120_000, watch);
  const commitMs = Date.now() - commitStarted;
  await shot('1万行の取り込み完了');

  const gaps = await page.evaluate(() => (window as GapWindow).e2eGap);
  const longestGapMs = gaps?.max ?? Infinity;
  console.log(
    `10,000 rows: preview ${previewMs} ms, commit ${commitMs} ms, ${watch.probes} probes, ` +
      `slowest page answer ${Math.round(watch.maxAnswerMs)} ms, longest main-thread gap ${Math.round(longestGapMs)} ms ` +
      `(gaps over 250 ms: ${gaps?.long.join(', ') || 'none'})`,
  );
  expect(watch.probes).toBeGreaterThan(0);
  expect(watch.maxAnswerMs).toBeLessThan(MAX_ANSWER_MS);
  expect(longestGapMs).toBeLessThan(MAX_ANSWER_MS);
  expect(watch.sawProgress).toBe(true);

  await dialog.getByRole('button', { name: '閉じる' }).click();
  await expect(page.getByText(countText(ROWS, ROWS))).toBeVisible();
  const grid = page.getByRole('grid', { name: 'ケース一覧' });
  await expect(grid).toHaveAttribute('aria-rowcount', String(ROWS + 1));
  // Virtualized: only the visible rows (plus overscan) exist in the DOM, not 10,000.
  expect(await grid.getByRole('row').count()).toBeLessThan(200);
  await shot('1万行の台帳');
});
