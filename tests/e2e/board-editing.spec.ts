// Editing what the board model holds beyond the basic family: an abuse arrow, a household, twins, a
// placement, custody after a divorce, an agency from the council's list with a direction of support, the
// 「操作」 menu; then the board opened from a meeting with a snapshot of that meeting, and edits saved
// before the app locks. The spec reads the board through its accessible list 「ボードの内容」.
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './app';
import { importLedger, meetingWithAgenda } from './meeting-steps';
import { lockAndUnlock, setUpPassphrase } from './steps';

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
    'WE-1',
    '要保護児童',
    '架空あおい',
    'かくう あおい',
    new Date(Date.UTC(2016, 3, 2)),
    '女',
    '架空みどり',
    '母',
    '中度',
    'こども家庭センター',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const contents = (page: Page): Locator => page.getByRole('list', { name: 'ボードの内容' });
const side = (page: Page): Locator => page.getByRole('complementary', { name: '選択中の項目' });

async function select(page: Page, text: string | RegExp): Promise<void> {
  await contents(page).getByRole('button', { name: text }).first().press('Enter');
}

async function rename(page: Page, value: string): Promise<void> {
  const field = side(page).getByLabel('表示名', { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

test('relations, households, twins and agencies through the side panel; a board from a meeting', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  await importLedger(page, await oneCaseWorkbook());
  await page.getByRole('grid', { name: 'ケース一覧' }).getByRole('row').filter({ hasText: 'WE-1' }).click();
  await page
    .getByRole('complementary', { name: 'ケース詳細 WE-1' })
    .getByRole('button', { name: 'ホワイトボード' })
    .click();
  await page.getByRole('button', { name: '台帳から作成' }).click();
  const list = contents(page);
  await expect(list.getByRole('button', { name: /人物：架空みどり/ })).toHaveCount(1);

  // The mother's partner, through the 「操作」 menu (keyboard: open, arrow to the item, Enter).
  await select(page, /人物：架空みどり/);
  const actions = side(page).getByRole('button', { name: '操作' });
  await actions.focus();
  await actions.press('Enter');
  const menu = side(page).getByRole('menu', { name: '操作' });
  await expect(menu.getByRole('menuitem', { name: 'パートナーを追加' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: '削除' })).toBeFocused();
  await shot('操作メニュー');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await rename(page, '架空つよし');
  await expect(list.getByRole('button', { name: /人物：架空つよし（男性/ })).toHaveCount(1);

  // An abuse arrow from the partner to the child.
  const relations = side(page).getByRole('group', { name: '関係線' });
  await relations.getByLabel('相手').selectOption({ label: '架空あおい' });
  await relations.getByLabel('関係の種類').selectOption('abuse');
  await relations.getByLabel('向き').selectOption({ label: 'この人から相手へ' });
  await relations.getByRole('button', { name: '関係線を追加' }).click();
  await expect(list.getByRole('button', { name: '関係線：虐待：架空つよし → 架空あおい' })).toHaveCount(1);
  await expect(relations.getByRole('list', { name: 'この人の関係線' })).toContainText('虐待：架空つよし → 架空あおい');
  await shot('虐待の矢印');

  // Twins under the couple: two children added through the couple, then marked identical twins.
  await select(page, /人物：架空みどり/);
  const couple = side(page).getByRole('group', { name: '架空つよしとのパートナー関係' });
  await couple.getByRole('button', { name: 'この二人の子を追加' }).click();
  await rename(page, '架空はる');
  await select(page, /人物：架空みどり/);
  await couple.getByRole('button', { name: 'この二人の子を追加' }).click();
  await rename(page, '架空なつ');
  const twins = side(page).getByRole('group', { name: '双子' });
  await twins.getByLabel('双子のきょうだい').selectOption({ label: '架空はる' });
  await twins.getByLabel('双子の種類').selectOption('identical');
  await twins.getByRole('button', { name: '双子にする' }).click();
  await expect(list.getByRole('button', { name: /の子 架空(はる|なつ)（実子・一卵性双生児）/ })).toHaveCount(2);

  // Divorce, and custody of one twin to the mother.
  await select(page, /人物：架空みどり/);
  await couple.getByLabel('離婚').check();
  await couple.getByLabel('架空はるの親権').selectOption({ label: '架空みどり' });
  await expect(list.getByRole('button', { name: /の子 架空はる（実子・一卵性双生児・親権 架空みどり）/ })).toHaveCount(
    1,
  );

  // A household: the mother and the three children live together (the partner does not).
  const household = page.getByRole('region', { name: '同居' });
  const fresh = household.getByRole('group', { name: '新しい同居' });
  for (const name of ['架空みどり', '架空あおい', '架空はる', '架空なつ'])
    await fresh.getByLabel(name, { exact: true }).check();
  await fresh.getByRole('button', { name: '同居を設定' }).click();
  // The ledger's start already has 同居1 (the child and the guardian); members are in the board's person order.
  await expect(list.getByRole('button', { name: /^同居2：(架空(みどり|あおい|はる|なつ)・?){4}$/ })).toHaveCount(1);

  // A placement of the child.
  await select(page, /人物：架空あおい/);
  const placement = side(page).getByRole('group', { name: '一時保護・措置' });
  await placement.getByLabel('種類').selectOption('一時保護');
  await placement.getByLabel('開始日').fill('2026-10-01');
  await placement.getByRole('button', { name: '措置を追加' }).click();
  await expect(list.getByRole('button', { name: '措置：架空あおい（一時保護・2026-10-01〜）' })).toHaveCount(1);

  // An agency from the council's list, linked to the child, support in both directions; then to the household.
  await page.getByRole('button', { name: '関係機関を追加' }).click();
  await expect(side(page).locator('datalist option[value="児童相談所"]')).toHaveCount(1);
  const agencyName = side(page).getByLabel('機関名');
  await agencyName.fill('児童相談所');
  await agencyName.press('Enter');
  await side(page).getByLabel('支援の向き').selectOption({ label: '双方向' });
  await expect(list.getByRole('button', { name: 'つながり：児童相談所 → 架空あおい（普通・双方向）' })).toHaveCount(1);
  await side(page).getByLabel('つなぐ相手').selectOption({ label: '同居2' });
  await side(page).getByRole('button', { name: 'つながりを追加' }).click();
  await expect(list.getByRole('button', { name: 'つながり：児童相談所 → 同居2（普通）' })).toHaveCount(1);

  // Undo takes back the last link only, redo brings it back.
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(list.getByRole('button', { name: /同居2（普通）/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'やり直す' }).click();
  await expect(list.getByRole('button', { name: /同居2（普通）/ })).toHaveCount(1);
  await page.getByRole('button', { name: '自動配置' }).click();
  await page.getByRole('button', { name: '全体を表示' }).click();
  await shot('関係線・同居・双子・関係機関');

  // An edit right before locking is saved before the session closes.
  await select(page, /人物：架空なつ/);
  await rename(page, '架空なつき');
  await lockAndUnlock(page);

  // From a meeting: the board of an agenda case, with the meeting attached to its snapshot.
  await meetingWithAgenda(page, { title: '架空市 実務者会議 11月', date: '2026-11-20', caseNos: ['WE-1'] });
  await page.getByLabel('ホワイトボードを開く').selectOption('WE-1');
  await page.getByLabel('ホワイトボードを開く').scrollIntoViewIfNeeded();
  await shot('会議からホワイトボードを開く');
  await page.getByRole('button', { name: 'ホワイトボードを開く' }).click();
  await expect(page.getByRole('heading', { name: 'ホワイトボード WE-1' })).toBeVisible();
  await expect(page.getByText('会議：架空市 実務者会議 11月')).toBeVisible();
  await expect(list.getByRole('button', { name: /人物：架空なつき/ })).toHaveCount(1);
  const snapshots = page.getByRole('region', { name: 'スナップショット' });
  await expect(snapshots.getByLabel('スナップショットの名前')).toHaveValue('架空市 実務者会議 11月');
  await snapshots.getByRole('button', { name: '会議のスナップショットを保存' }).click();
  await expect(snapshots.getByRole('list', { name: 'スナップショットの一覧' }).getByRole('listitem')).toHaveText([
    /^架空市 実務者会議 11月（.*・会議の記録）$/,
  ]);
  await shot('会議から開いたホワイトボード');

  // Closing saves and returns to the meeting.
  await page.getByRole('button', { name: 'ホワイトボードを閉じる' }).click();
  await expect(page.getByRole('heading', { name: '架空市 実務者会議 11月', level: 1 })).toBeVisible();
});
