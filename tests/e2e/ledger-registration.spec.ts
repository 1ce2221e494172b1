// 登録区分 in the window: a case set to センター支援 in the case panel (one history row 登録区分), the grid's column
// and the filter bar narrowing to those families, and ホーム's open cases split by 登録区分, at the room's three
// sizes.
import { test, expect } from './app';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, countText, openLedgerView, setUpPassphrase } from './steps';

const base = {
  classification: '要支援児童',
  kana: null,
  birthDate: '2018-05-05',
  dueDate: null,
  sex: 'female',
  guardianName: null,
  guardianRelation: null,
  district: '東町',
  affiliation: null,
  abuseTypes: [],
  riskLevel: '軽度',
  leadAgency: 'こども家庭センター',
  agencies: [],
  receivedDate: null,
  registeredDate: '2025-05-01',
  policy: '見守り',
  nextReview: null,
  status: 'active',
  closedDate: null,
  closedReason: null,
  extra: {},
};
const CASES = [
  { ...base, caseNo: 'R7-0601', name: '架空　一花' },
  { ...base, caseNo: 'R7-0602', name: '架空　二葉', registration: '要対協登録' },
  { ...base, caseNo: 'R7-0603', name: '架空　三咲', classification: '特定妊婦' },
  // A family the centre has supported since before the last fiscal year ended.
  { ...base, caseNo: 'R7-0604', name: '架空　四葉', registration: 'センター支援' },
];

for (const size of ROOM_SIZES) {
  test(`登録区分: set in the case panel, filtered in the ledger, split on ホーム (${size.name})`, async ({ app }) => {
    const { page, shot } = app;
    await page.setViewportSize(viewportOf(size));
    await setUpPassphrase(page);
    for (const c of CASES) await callApi(page, 'ledger.create', { case: c });
    await page.reload();
    await openLedgerView(page);
    await expect(page.getByText(countText(4, 4))).toBeVisible();
    const grid = page.getByRole('grid', { name: 'ケース一覧' });
    // A case without the field reads as 要対協登録 in the grid.
    await expect(grid.getByRole('row').filter({ hasText: 'R7-0601' })).toContainText('要対協登録');

    // The case panel: the select shows 要対協登録; センター支援 saved writes one history row.
    await grid.getByRole('row').filter({ hasText: 'R7-0601' }).click();
    const panel = page.getByRole('complementary', { name: 'ケース詳細 R7-0601' });
    const select = panel.getByLabel('登録区分');
    await expect(select).toHaveValue('要対協登録');
    await select.selectOption('センター支援');
    await panel.getByRole('button', { name: '保存' }).click();
    await expect(panel.getByRole('status')).toHaveText('保存しました。');
    const history = panel.getByRole('region', { name: '変更履歴' });
    const entry = history.getByRole('listitem').filter({ hasText: '登録区分' });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('手入力');
    await expect(entry).toContainText(/要対協登録 → からセンター支援/);
    await select.scrollIntoViewIfNeeded();
    await shot('ケース詳細で登録区分を変更');
    await history.scrollIntoViewIfNeeded();
    await shot('変更履歴に登録区分');

    // Saving again without a change writes nothing more.
    await panel.getByRole('button', { name: '保存' }).click();
    await expect(entry).toHaveCount(1);
    await panel.getByRole('button', { name: '詳細を閉じる' }).click();

    // The filter bar: only the センター支援 family; then only the 要対協's, the absent one among them.
    const filters = page.getByRole('group', { name: '絞り込み' });
    const registration = filters.getByRole('group', { name: '登録区分' });
    await registration.getByRole('checkbox', { name: 'センター支援' }).check();
    await expect(page.getByText(countText(2, 4))).toBeVisible();
    await expect(grid.getByRole('row').filter({ hasText: 'R7-0601' })).toContainText('センター支援');
    await expect(grid.getByRole('row').filter({ hasText: 'R7-0602' })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot('登録区分で絞り込み');
    await registration.getByRole('checkbox', { name: 'センター支援' }).uncheck();
    await registration.getByRole('checkbox', { name: '要対協登録' }).check();
    await expect(page.getByText(countText(2, 4))).toBeVisible();
    await expect(grid.getByRole('row').filter({ hasText: 'R7-0601' })).toHaveCount(0);
    await expect(grid.getByRole('row').filter({ hasText: 'R7-0603' })).toBeVisible();

    // ホーム: the open cases split by 登録区分; the centre's figure opens the ledger on that family.
    await page
      .getByRole('navigation', { name: '画面の切り替え' })
      .getByRole('button', { name: 'ホーム', exact: true })
      .click();
    const counts = page.getByRole('region', { name: /継続中のケース 4件/ });
    await expect(counts.getByRole('group', { name: '登録区分' })).toContainText(/要対協登録\s*2件・センター支援\s*2件/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot('ホームの登録区分');
    await counts.getByRole('button', { name: '登録区分 センター支援 2件を台帳で開く' }).click();
    await expect(page.getByRole('heading', { name: '進行管理台帳', level: 1 })).toBeVisible();
    await expect(page.getByText(countText(2, 4))).toBeVisible();
    await expect(grid.getByRole('row').filter({ hasText: 'R7-0601' })).toBeVisible();

    // 年度実績 FY2025 (registered in May 2025): R7-0601 was the 要対協's on its registration day (changed only now),
    // so the 要対協 counts three new cases and the centre's own table one.
    await page.getByRole('navigation', { name: '画面の切り替え' }).getByRole('button', { name: '年度実績' }).click();
    await page.getByRole('combobox', { name: '年度' }).selectOption('2025');
    const row = (table: string, head: string) =>
      page
        .locator(`table[data-table="${table}"] tr`)
        .filter({ has: page.getByRole('rowheader', { name: head, exact: true }) })
        .locator('td');
    await expect(row('newByClassification', '合計')).toHaveText(['3', '0', '+3']);
    await expect(row('centreSupport', '新規')).toHaveText(['1', '0', '+1']);
    await expect(row('centreSupport', '年度末に支援中')).toHaveText(['1', '0', '+1']);
    await page.locator('table[data-table="centreSupport"]').scrollIntoViewIfNeeded();
    await shot('年度実績のセンター支援');
  });
}
