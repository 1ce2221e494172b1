// Setup shared by the board's drawing spec: a one-case ledger, and the board started from it.
import ExcelJS from 'exceljs';
import { expect, type Locator, type Page } from '@playwright/test';
import { importLedger } from './meeting-steps';
import { setUpPassphrase } from './steps';

async function oneCaseWorkbook(caseNo: string): Promise<Buffer> {
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
    caseNo,
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

/** A fresh app with one case (child 架空ひかり, mother 架空ゆき) and its board started from the ledger. */
export async function openBoardFromLedger(page: Page, caseNo: string): Promise<void> {
  await setUpPassphrase(page);
  await importLedger(page, await oneCaseWorkbook(caseNo));
  await page.getByRole('grid', { name: 'ケース一覧' }).getByRole('row').filter({ hasText: caseNo }).click();
  await page
    .getByRole('complementary', { name: `ケース詳細 ${caseNo}` })
    .getByRole('button', { name: 'ホワイトボード' })
    .click();
  await expect(page.getByRole('heading', { name: `ホワイトボード ${caseNo}` })).toBeVisible();
  await page.getByRole('button', { name: '台帳から作成' }).click();
  await expect(
    page.getByRole('list', { name: 'ボードの内容' }).getByRole('button', { name: /人物：架空ゆき/ }),
  ).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '保存済み' })).toBeVisible();
}

/** Where a person's symbol is on the page (its centre), found by the person's id on the Konva stage. */
export async function personPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    interface KNode {
      getClientRect(): { x: number; y: number; width: number; height: number };
      find(s: string): KNode[];
    }
    const stage = (
      window as unknown as {
        Konva: { stages: (KNode & { findOne(s: string): KNode | undefined; container(): HTMLElement })[] };
      }
    ).Konva.stages[0]!;
    const symbol = stage.findOne(`#${id}`)?.find('.person-symbol')[0];
    if (!symbol) throw new Error(`no person ${id} on the stage`);
    const r = symbol.getClientRect();
    const box = stage.container().getBoundingClientRect();
    return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
  }, id);
}

/** The actions a toolbar or menu lists, by their registry id (data-action) → the label shown. */
export async function actionLabels(surface: Locator): Promise<Record<string, string>> {
  const pairs = await surface
    .locator('[data-action]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-action') ?? '', el.textContent ?? '']));
  return Object.fromEntries(pairs);
}

/** Every action two surfaces both list carries the same label on both; `shared` must be among them. */
export function expectSameLabels(a: Record<string, string>, b: Record<string, string>, shared: string[]): void {
  const common = Object.keys(a).filter((id) => id in b);
  expect(common).toEqual(expect.arrayContaining(shared));
  for (const id of common) expect(`${id}: ${b[id]}`).toBe(`${id}: ${a[id]}`);
}
