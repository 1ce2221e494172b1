// The main path of a secretariat's day, end to end on a fresh database: first start, import of a messy
// ledger with rows that must be reported, browse, search, edit with history, export, lock.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { makeLedgerWorkbook } from '../fixtures';
import { test, expect } from './app';
import { PASSPHRASE, chooseFile, countText, importDialog, openLedgerView, setUpPassphrase, toHiragana } from './steps';

test('first start → import a messy workbook → search, edit, export → lock and unlock', async ({ app }) => {
  const { page, shot } = app;
  const { buffer, expected } = await makeLedgerWorkbook({
    rows: 60,
    seed: 20251001,
    twoRowHeader: true,
    titleRows: 2,
    extraColumns: ['学年'],
    problems: { duplicateCaseNo: 1, missingCaseNo: 1, badDate: 2 },
  });
  const total = expected.cases;

  await shot('初回設定');
  await setUpPassphrase(page);
  await expect(page.getByText(countText(0, 0))).toBeVisible();
  await shot('空の台帳');

  // Step 1 → 2: the file is read and the mapping shown; nothing is saved yet.
  await chooseFile(page, '台帳（架空）.xlsx', buffer);
  const dialog = importDialog(page);
  await expect(dialog.getByRole('heading', { name: '列の対応' })).toBeVisible();
  await expect(dialog.getByText('見出し: 4〜5行目')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: '担当CW', exact: true })).toHaveValue('extra');
  await expect(dialog.getByRole('combobox', { name: '学年', exact: true })).toHaveValue('extra');
  await shot('列の対応');

  // Step 3: the dry run lists every row that cannot be imported, with sheet and row number.
  await dialog.getByRole('button', { name: '次へ' }).click();
  await expect(dialog.getByRole('heading', { name: '確認' })).toBeVisible();
  const rejectedTable = dialog.getByRole('table', { name: '取り込めない行' });
  await expect(rejectedTable.getByRole('row')).toHaveCount(expected.rejected.length + 1);
  for (const r of expected.rejected) {
    const row = rejectedTable
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(r.row), exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(r.sheet);
    await expect(row).toContainText({ duplicate: '重複', missing: '登録番号がありません', date: '日付' }[r.reason]);
  }
  await expect(dialog.locator('.report-counts')).toContainText(`新規${total} 件`);
  await shot('取り込みの確認');

  await dialog.getByRole('button', { name: '取り込む' }).click();
  await expect(dialog.getByRole('status')).toHaveText('取り込みが完了しました。');
  await shot('取り込み完了');
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(countText(total, total))).toBeVisible();
  await shot('取り込み後の台帳');

  // Search by kana typed in hiragana; a katakana ふりがな must match too.
  const target = expected.accepted.find((c) => /[ァ-ヶ]/.test(c.kana)) ?? expected.accepted[0];
  if (!target) throw new Error('the fixture has no accepted case');
  const query = toHiragana(target.kana.split(' ')[0] ?? '');
  const matches = expected.accepted.filter((c) => toHiragana(c.kana.replace(/\s/g, '')).includes(query)).length;
  await page.getByLabel('検索（氏名・ふりがな・登録番号）').fill(query);
  await expect(page.getByText(countText(matches, total))).toBeVisible();
  const grid = page.getByRole('grid', { name: 'ケース一覧' });
  const targetRow = grid.getByRole('row').filter({ hasText: target.caseNo });
  await expect(targetRow).toBeVisible();
  await shot('ふりがなで検索');

  // Open the case, change 支援方針, save: the change appears in 変更履歴 as 手入力.
  await targetRow.click();
  const panel = page.getByRole('complementary', { name: `ケース詳細 ${target.caseNo}` });
  await expect(panel.getByRole('heading', { name: `ケース詳細 ${target.caseNo}` })).toBeVisible();
  await expect(panel.getByLabel('児童氏名')).toHaveValue(target.name);
  const policy = '週1回の家庭訪問に変更（E2E）';
  await panel.getByLabel('支援方針').fill(policy);
  await shot('支援方針を編集');
  await panel.getByRole('button', { name: '保存' }).click();
  const history = panel.getByRole('region', { name: '変更履歴' });
  const editEntry = history.getByRole('listitem').filter({ hasText: '手入力' }).filter({ hasText: '支援方針' });
  await expect(editEntry).toHaveCount(1);
  await expect(editEntry).toContainText(policy);
  await expect(history.getByRole('listitem').first()).toContainText('手入力');
  await history.scrollIntoViewIfNeeded();
  await shot('変更履歴');

  // Export to Excel and read the file back: Japanese header row, every case, the edit included.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '書き出し' }).click();
  await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();
  // The ledger leaves the app only after a question whose safe answer has the focus. The search is still on,
  // so the question offers the rows shown (the default) or every case; this export takes every case.
  const confirm = page.getByRole('dialog', { name: '台帳を書き出しますか' });
  await expect(confirm.getByRole('button', { name: 'やめる' })).toBeFocused();
  await expect(confirm.getByRole('radio', { name: new RegExp(`^表示中の ${matches} 件`) })).toBeChecked();
  await confirm.getByRole('radio', { name: `全件（${total} 件）` }).check();
  await shot('全体の書き出しの確認');
  await confirm.getByRole('button', { name: '書き出す' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the exported workbook has no sheet');
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  expect(header.slice(0, 4)).toEqual(['登録番号', '種別', '登録区分', '児童氏名']);
  expect(header).toEqual(expect.arrayContaining(['支援方針', 'ふりがな', '担当CW', '学年', '備考']));
  const caseNoCol = header.indexOf('登録番号') + 1;
  const policyCol = header.indexOf('支援方針') + 1;
  const exported: string[] = [];
  let edited: unknown = null;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const caseNo = String(row.getCell(caseNoCol).value);
    exported.push(caseNo);
    if (caseNo === target.caseNo) edited = row.getCell(policyCol).value;
  });
  expect(exported.sort()).toEqual(expected.accepted.map((c) => c.caseNo).sort());
  expect(edited).toBe(policy);

  // Lock; a wrong passphrase is refused in Japanese and the screen stays; the right one opens.
  await page.getByRole('button', { name: 'ロック' }).click();
  await expect(page.getByRole('heading', { name: 'つなぐ — ロック中' })).toBeVisible();
  await page.getByLabel('パスフレーズ', { exact: true }).fill('まちがったパスフレーズ');
  await page.getByRole('button', { name: '開く' }).click();
  await expect(page.getByRole('alert')).toContainText('パスフレーズが違います');
  await expect(page.getByRole('heading', { name: 'つなぐ — ロック中' })).toBeVisible();
  await shot('パスフレーズ違い');
  await page.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: '開く' }).click();
  await openLedgerView(page);
  await expect(page.getByText(countText(total, total))).toBeVisible();
  await shot('ロック解除後');
});

test('importing the same workbook twice changes nothing the second time, and says so', async ({ app }) => {
  const { page, shot } = app;
  const { buffer, expected } = await makeLedgerWorkbook({ rows: 25, seed: 7, sheets: 'byClassification' });
  await setUpPassphrase(page);
  const dialog = importDialog(page);
  for (const round of [1, 2]) {
    await chooseFile(page, '台帳.xlsx', buffer);
    await dialog.getByRole('button', { name: '次へ' }).click();
    await expect(dialog.getByRole('heading', { name: '確認' })).toBeVisible();
    const counts = dialog.locator('.report-counts');
    if (round === 1) {
      await expect(counts).toContainText(`新規${expected.cases} 件`);
      await expect(dialog.getByText('取り込んでも変更はありません')).toHaveCount(0);
    } else {
      await expect(counts).toContainText('新規0 件');
      await expect(counts).toContainText('更新0 件');
      await expect(counts).toContainText(`変更なし${expected.cases} 件`);
      await expect(dialog.getByRole('status').filter({ hasText: '取り込んでも変更はありません' })).toBeVisible();
      await shot('同じファイルの再取り込み');
    }
    await dialog.getByRole('button', { name: '取り込む' }).click();
    // Nothing written the second time: the result says so rather than 「取り込みが完了しました」.
    await expect(
      dialog
        .getByRole('status')
        .filter({ hasText: round === 1 ? '取り込みが完了しました。' : '取り込みましたが、台帳は変わりませんでした。' }),
    ).toBeVisible();
    await dialog.getByRole('button', { name: '閉じる' }).click();
    await expect(page.getByText(countText(expected.cases, expected.cases))).toBeVisible();
  }
});
