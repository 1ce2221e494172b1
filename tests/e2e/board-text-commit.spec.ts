// Text typed into a board field is kept however the user leaves it: a click on the canvas (which deselects
// the note and removes its field before any blur), another toolbar action, closing the board, locking.
// Nobody presses Tab or Enter here; each time the stored board is read back from the backend, and at the
// end the page is reloaded and the board reopened.
import type { Page } from '@playwright/test';
import { test, expect } from './app';
import { openBoardFromLedger } from './board-steps';
import { callApi, lockAndUnlock, openLedgerView } from './steps';

test.use({ viewport: { width: 1366, height: 768 } });

const CASE_NO = 'WT-1';

interface BoardState {
  doc: { notes: { text: string }[] } | null;
}

async function storedNotes(page: Page): Promise<string[]> {
  return ((await callApi<BoardState>(page, 'board.get', { caseNo: CASE_NO })).doc?.notes ?? []).map((n) => n.text);
}

async function typeNewNote(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: '付箋を追加' }).click();
  const field = page.getByRole('complementary', { name: '選択中の項目' }).getByLabel('付箋の内容', { exact: true });
  await field.fill(text);
  await expect(field).toBeFocused();
}

async function reopenBoard(page: Page): Promise<void> {
  await page.getByRole('grid', { name: 'ケース一覧' }).getByRole('row').filter({ hasText: CASE_NO }).click();
  await page
    .getByRole('complementary', { name: `ケース詳細 ${CASE_NO}` })
    .getByRole('button', { name: 'ホワイトボード' })
    .click();
  await expect(page.getByRole('heading', { name: `ホワイトボード ${CASE_NO}` })).toBeVisible();
}

test('a sticky note keeps its text on a canvas click, another action, closing the board and locking', async ({
  app,
}) => {
  const { page, shot } = app;
  await openBoardFromLedger(page, CASE_NO);
  const list = page.getByRole('list', { name: 'ボードの内容' });

  // 1. Click an empty spot of the canvas: the note is deselected and its text is kept.
  await typeNewNote(page, '夜は一人で過ごすことがある');
  const canvas = page.locator('.konvajs-content');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the canvas is not visible');
  await page.mouse.click(box.x + box.width - 20, box.y + box.height - 20);
  await expect(
    page.getByRole('complementary', { name: '選択中の項目' }).getByLabel('付箋の内容', { exact: true }),
  ).toHaveCount(0);
  await expect(list.getByRole('button', { name: /付箋.*：夜は一人で過ごすことがある/ })).toHaveCount(1);
  await expect.poll(() => storedNotes(page)).toContain('夜は一人で過ごすことがある');
  await shot('キャンバスをクリックしても付箋の文字が残る');

  // 2. Another toolbar action while typing.
  await typeNewNote(page, '登校は毎日できている');
  await page.getByRole('button', { name: '人物を追加' }).click();
  await expect.poll(() => storedNotes(page)).toContain('登校は毎日できている');

  // 3. Closing the board while typing.
  await typeNewNote(page, '週1回の家庭訪問');
  await page.getByRole('button', { name: 'ホワイトボードを閉じる' }).click();
  await expect(page.getByRole('heading', { name: `ホワイトボード ${CASE_NO}` })).toBeHidden();
  expect(await storedNotes(page)).toContain('週1回の家庭訪問');

  // 4. Locking while typing.
  await reopenBoard(page);
  await typeNewNote(page, '祖母が週末に来ている');
  await lockAndUnlock(page);
  expect(await storedNotes(page)).toContain('祖母が週末に来ている');

  // After a reload, the reopened board shows all four notes.
  await page.reload();
  await openLedgerView(page);
  await reopenBoard(page);
  for (const text of [
    '夜は一人で過ごすことがある',
    '登校は毎日できている',
    '週1回の家庭訪問',
    '祖母が週末に来ている',
  ]) {
    await expect(list.getByRole('button', { name: new RegExp(`付箋.*：${text}`) })).toHaveCount(1);
  }
  await page.getByRole('button', { name: '付箋の列を表示' }).click();
  await shot('再読み込み後も4枚の付箋');
});
