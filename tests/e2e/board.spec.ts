// The case whiteboard end to end: from the ledger's case panel, start the board from the ledger, build a
// three-generation family with a divorce and a remarriage, an agency link and three notes, undo/redo,
// export PNG and SVG, and compare two snapshots. Konva draws on a canvas, so the spec reads the board
// through its accessible list 「ボードの内容」 and edits through the toolbar and the side panel.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './app';
import { importLedger } from './meeting-steps';
import { setUpPassphrase } from './steps';

async function oneCaseWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台帳');
  sheet.addRow([
    '登録番号',
    '種別',
    '児童氏名',
    'ふりがな',
    '生年月日',
    '性別',
    '保護者氏名',
    '続柄',
    '重症度',
    '主担当機関',
  ]);
  sheet.addRow([
    'WB-1',
    '要保護児童',
    '架空ひかり',
    'かくう ひかり',
    new Date(Date.UTC(2017, 5, 1)),
    '女',
    '架空ゆき',
    '母',
    '中度',
    'こども家庭センター',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function contents(page: Page): Locator {
  return page.getByRole('list', { name: 'ボードの内容' });
}

/** Selects a shape through its entry in the accessible list (the keyboard path: focus, Enter). */
async function select(page: Page, text: string | RegExp): Promise<void> {
  await contents(page).getByRole('button', { name: text }).first().press('Enter');
}

function side(page: Page): Locator {
  return page.getByRole('complementary', { name: '選択中の項目' });
}

async function rename(page: Page, label: string, value: string): Promise<void> {
  const field = side(page).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/** Where a text drawn on the canvas is, in page coordinates (Konva exposes its stages on window.Konva). */
async function canvasCentreOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    interface Node {
      getClassName(): string;
      text?(): string;
      getParent(): Node | null;
      getClientRect(): { x: number; y: number; width: number; height: number };
    }
    const konva = (
      window as unknown as {
        Konva: { stages: { findOne(f: (n: Node) => boolean): Node | undefined; container(): HTMLElement }[] };
      }
    ).Konva;
    const stage = konva.stages[0]!;
    const shape = stage.findOne((n) => n.getClassName() === 'Text' && n.text?.() === wanted)?.getParent();
    if (!shape) throw new Error(`not on the canvas: ${wanted}`);
    const r = shape.getClientRect();
    const box = stage.container().getBoundingClientRect();
    return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
  }, text);
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('build a three-generation family on the whiteboard, export it and compare snapshots', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  await importLedger(page, await oneCaseWorkbook());

  await page.getByRole('grid', { name: 'ケース一覧' }).getByRole('row').filter({ hasText: 'WB-1' }).click();
  await page
    .getByRole('complementary', { name: 'ケース詳細 WB-1' })
    .getByRole('button', { name: 'ホワイトボード' })
    .click();
  await expect(page.getByRole('heading', { name: 'ホワイトボード WB-1' })).toBeVisible();
  await page.getByRole('button', { name: '台帳から作成' }).click();
  const list = contents(page);
  await expect(list.getByRole('button', { name: /人物：架空ひかり（女性・本人/ })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /人物：架空ゆき/ })).toHaveCount(1);
  await shot('台帳から作成');

  // The mother's first partner, then the divorce, set in the side panel.
  await select(page, /人物：架空ゆき/);
  await page.getByRole('button', { name: 'パートナーを追加' }).click();
  await rename(page, '表示名', '架空たけし');
  await expect(list.getByRole('button', { name: /人物：架空たけし（男性/ })).toHaveCount(1);
  await select(page, /人物：架空ゆき/);
  const firstUnion = side(page).getByRole('group', { name: '架空たけしとのパートナー関係' });
  await firstUnion.getByLabel('離婚').check();
  await expect(
    list.getByRole('button', {
      name: /^パートナー関係：(架空ゆき と 架空たけし|架空たけし と 架空ゆき)（婚姻・離婚）$/,
    }),
  ).toHaveCount(1);

  // Remarriage, and a half-sibling under the new union in one action.
  await page.getByRole('button', { name: 'パートナーを追加' }).click();
  await rename(page, '表示名', '架空まこと');
  await select(page, /人物：架空ゆき/);
  await side(page)
    .getByRole('group', { name: '架空まこととのパートナー関係' })
    .getByRole('button', { name: 'この二人の子を追加' })
    .click();
  await rename(page, '表示名', '架空そら');
  await expect(list.getByRole('button', { name: /親子：.*架空まこと.* の子 架空そら/ })).toHaveCount(1);

  // The grandparents: the third generation.
  await select(page, /人物：架空ゆき/);
  await page.getByRole('button', { name: '親を追加' }).click();
  await expect(list.getByRole('button', { name: /親子：.* の子 架空ゆき/ })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /^人物：/ })).toHaveCount(7);
  await page.getByRole('button', { name: '自動配置' }).click();
  await page.getByRole('button', { name: '全体を表示' }).click();
  await shot('三世代と離婚・再婚');

  // An agency linked to the child, and three notes, one per column.
  await select(page, /人物：架空ひかり/);
  await page.getByRole('button', { name: '関係機関を追加' }).click();
  await rename(page, '機関名', '架空市立第一小学校');
  await side(page).getByLabel('つながりの強さ').selectOption({ label: '強い' });
  await expect(list.getByRole('button', { name: 'つながり：架空市立第一小学校 → 架空ひかり（強い）' })).toHaveCount(1);

  const notes: [string, string][] = [
    ['架空ひかりは夜間に一人で過ごす日がある', '心配なこと'],
    ['登校は毎日できている', 'うまくいっていること'],
    ['週1回の家庭訪問', 'これから必要なこと'],
  ];
  for (const [text, column] of notes) {
    await page.getByRole('button', { name: '付箋を追加' }).click();
    await rename(page, '付箋の内容', text);
    await side(page).getByLabel('列').selectOption({ label: column });
    await expect(list.getByRole('button', { name: `付箋（${column}）：${text}` })).toHaveCount(1);
  }
  await page.getByRole('button', { name: '全体を表示' }).click();
  await shot('関係機関と付箋');

  // Undo/redo with the keys (focus on a toolbar button, not in a field) and with the buttons.
  await page.getByRole('button', { name: '全体を表示' }).focus();
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('button', { name: '付箋（これから必要なこと）：週1回の家庭訪問' })).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(list.getByRole('button', { name: '付箋（これから必要なこと）：週1回の家庭訪問' })).toHaveCount(1);
  await select(page, /人物：架空そら/);
  await page.getByRole('button', { name: '全体を表示' }).focus();
  await page.keyboard.press('Delete');
  await expect(list.getByRole('button', { name: /架空そら/ })).toHaveCount(0);
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(list.getByRole('button', { name: /人物：架空そら/ })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /親子：.* の子 架空そら/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'やり直す' }).click();
  await expect(list.getByRole('button', { name: /架空そら/ })).toHaveCount(0);
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(list.getByRole('button', { name: /人物：架空そら/ })).toHaveCount(1);

  // Drag a note with the mouse into another column: it snaps there, and the whole drag is one undo step.
  // (全体を表示 frames the family; the columns beside it have a button of their own.)
  await page.getByRole('button', { name: '付箋の列を表示' }).click();
  const from = await canvasCentreOf(page, '週1回の家庭訪問');
  const target = await canvasCentreOf(page, 'うまくいっていること');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((target.x - from.x) * i) / 10, from.y + 60 + i * 20);
  await page.mouse.up();
  await expect(list.getByRole('button', { name: '付箋（うまくいっていること）：週1回の家庭訪問' })).toHaveCount(1);
  await shot('付箋をドラッグ');
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(list.getByRole('button', { name: '付箋（これから必要なこと）：週1回の家庭訪問' })).toHaveCount(1);

  // Exports: a real PNG (2×) and a standalone SVG.
  const png = await download(page, 'PNGで書き出す');
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(1000); // width at 2×
  const svg = await download(page, 'SVGで書き出す');
  expect(svg.name).toMatch(/\.svg$/);
  expect(svg.bytes.toString('utf8')).toContain('<svg');
  expect(svg.bytes.toString('utf8')).toContain('架空市立第一小学校');

  // Two snapshots with a change between them; the difference is listed.
  await expect(page.getByRole('status').filter({ hasText: '保存済み' })).toBeVisible();
  const snapshots = page.getByRole('region', { name: 'スナップショット' });
  await snapshots.getByLabel('スナップショットの名前').fill('4月の会議');
  await snapshots.getByRole('button', { name: 'スナップショットを保存' }).click();
  await expect(snapshots.getByRole('list', { name: 'スナップショットの一覧' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: '人物を追加' }).click();
  await rename(page, '表示名', '架空おば');
  await snapshots.getByLabel('スナップショットの名前').fill('5月の会議');
  await snapshots.getByRole('button', { name: 'スナップショットを保存' }).click();
  await expect(snapshots.getByRole('list', { name: 'スナップショットの一覧' }).getByRole('listitem')).toHaveCount(2);
  await snapshots.getByRole('button', { name: '前回との違い' }).click();
  const diff = snapshots.getByRole('region', { name: '前回との違い' });
  await expect(diff).toContainText('追加された人物：架空おば');
  await diff.scrollIntoViewIfNeeded();
  await shot('前回との違い');

  // The projector view masks names with role words; ages stay.
  await page.getByLabel('投影用表示（仮名・大きな文字）').check();
  await expect(list.getByRole('button', { name: /^人物：本人（女性・本人・\d+歳）$/ })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /架空ひかり/ })).toHaveCount(0);
  // Sticky notes go through the same masking policy as the projector display: the child's name is gone.
  await expect(list.getByRole('button', { name: /^付箋（心配なこと）：.*は夜間に一人で過ごす日がある$/ })).toHaveCount(
    1,
  );
  await expect(list.getByRole('button', { name: /^付箋.*(架空|ひかり)/ })).toHaveCount(0);
  await shot('投影用表示');
  await page.getByLabel('投影用表示（仮名・大きな文字）').uncheck();

  // The board was saved: closing and opening it again shows the same family.
  await page.getByRole('button', { name: 'ホワイトボードを閉じる' }).click();
  await expect(page.getByRole('complementary', { name: 'ケース詳細 WB-1' })).toBeVisible();
  await page.getByRole('button', { name: 'ホワイトボード', exact: true }).click();
  await expect(contents(page).getByRole('button', { name: /^人物：/ })).toHaveCount(8);
  await expect(page.getByRole('region', { name: 'スナップショット' }).getByRole('listitem')).toHaveCount(2);
});
