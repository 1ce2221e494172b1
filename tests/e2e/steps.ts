// Steps several specs share, written only with the accessible names the renderer promises
// (docs in /work/briefs/renderer.md at the time of writing): what a user sees and clicks.
import type { Page } from '@playwright/test';
import { expect } from './app';

export const PASSPHRASE = 'つなぐ-e2e-passphrase';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function setUpPassphrase(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'パスフレーズの設定' })).toBeVisible();
  await page.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('パスフレーズ（確認）').fill(PASSPHRASE);
  await page.getByRole('button', { name: '設定して開始' }).click();
  await openLedgerView(page);
}

export function importDialog(page: Page) {
  return page.getByRole('dialog', { name: '台帳の取り込み' });
}

export async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByRole('button', { name: '取り込み', exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('ファイルを選択').setInputFiles({ name, mimeType: XLSX_MIME, buffer });
}

/** 「n 件 / 全 m 件」 as the ledger screen writes it (numbers grouped like 10,000). */
export function countText(shown: number, total: number): string {
  return `${shown.toLocaleString('ja-JP')} 件 / 全 ${total.toLocaleString('ja-JP')} 件`;
}

export const toHiragana = (text: string): string =>
  text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));

/**
 * One API call from inside the page (the host's HTTP transport), e.g. to write a board document directly.
 * The page's launch-token cookie (HttpOnly, set when app.ts opened the host's URL) goes with it.
 */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(envelope.error?.message ?? method);
      return envelope.value;
    },
    { method, input },
  ) as Promise<T>;
}

/** Locks the app from the header and opens it again with the passphrase (on ホーム), then goes to the ledger. */
export async function lockAndUnlock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'ロック' }).click();
  await expect(page.getByRole('heading', { name: 'つなぐ — ロック中' })).toBeVisible();
  await page.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: '開く' }).click();
  await openLedgerView(page);
}

/** The app opens on ホーム after unlocking and after a reload: from there to the ledger by the header. */
export async function openLedgerView(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'ホーム', level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: '画面の切り替え' })
    .getByRole('button', { name: '台帳', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: '進行管理台帳', level: 1 })).toBeVisible();
}
