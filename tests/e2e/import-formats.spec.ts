// The wizard reads the files councils keep: a password-protected .xlsx (asked for, one wrong try told
// plainly, then read) and an Excel 97-2003 .xls with a merged two-row header and 和暦 dates; at the
// meeting-room sizes, because the password step is new UI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './app';
import { callApi, chooseFile, importDialog, setUpPassphrase } from './steps';
import { ROOM_SIZES, viewportOf } from './sizes';

const FILES = join(import.meta.dirname, '../fixtures/files');
const PASSWORD = '架空パス2025';

type Case = { caseNo: string; name: string; birthDate: string | null };

for (const size of ROOM_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: viewportOf(size) });

    test(`a protected .xlsx after one wrong password, then an .xls (${size.name})`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      await chooseFile(page, '台帳_保護.xlsx', readFileSync(join(FILES, 'ledger-wareki-agile.xlsx')));
      const dialog = importDialog(page);
      await expect(dialog.getByText('「台帳_保護.xlsx」はパスワードで保護されています。')).toBeVisible();
      const field = dialog.getByLabel('ファイルのパスワード（読み取りパスワード）');
      await expect(field).toHaveAttribute('type', 'password');
      await expect(dialog.getByRole('button', { name: '開く' })).toBeDisabled();
      await shot('パスワードの入力');

      await field.fill('ちがうパスワード');
      await dialog.getByRole('button', { name: '開く' }).click();
      await expect(dialog.getByRole('alert')).toContainText('パスワードが違います（1 回目）', { timeout: 60_000 });
      await expect(field).toHaveValue('');
      await expect(field).toBeFocused();
      await shot('パスワードが違う');

      await field.fill(PASSWORD);
      await field.press('Enter');
      await expect(dialog.getByRole('heading', { name: '列の対応' })).toBeVisible({ timeout: 60_000 });
      await expect(dialog.getByText('ファイル: 台帳_保護.xlsx')).toBeVisible();
      await shot('パスワード付きファイルの列の対応');
      await dialog.getByRole('button', { name: '次へ' }).click();
      await dialog.getByRole('button', { name: '取り込む' }).click();
      await expect(dialog.getByRole('status')).toHaveText('取り込みが完了しました。', { timeout: 60_000 });
      await dialog.getByRole('button', { name: '閉じる' }).click();
      const { cases } = await callApi<{ cases: Case[] }>(page, 'ledger.list', {});
      expect(cases.map((c) => [c.caseNo, c.name, c.birthDate])).toEqual([
        ['R7-001', '架空 太郎', '2015-04-01'],
        ['R7-002', '見本 花子', '2019-05-01'],
        ['R7-003', '試験 次郎', null],
      ]);

      // The same ledger as Excel 97-2003 (LibreOffice): nothing asked, every row unchanged.
      await chooseFile(page, '台帳_旧形式.xls', readFileSync(join(FILES, 'ledger-wareki.xls')));
      await expect(dialog.getByRole('heading', { name: '列の対応' })).toBeVisible({ timeout: 60_000 });
      await dialog.getByRole('button', { name: '次へ' }).click();
      await expect(dialog.getByRole('heading', { name: '確認' })).toBeVisible();
      await shot('xls の確認');
      await dialog.getByRole('button', { name: '取り込む' }).click();
      await expect(dialog.getByText('取り込みましたが、台帳は変わりませんでした。')).toBeVisible({ timeout: 60_000 });
      await expect(dialog.getByText('台帳はすでにこのファイルと同じ内容です。')).toBeVisible();
    });
  });
}

test.describe('five wrong passwords', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the wizard stops asking and says what to do', async ({ app }) => {
    const { page, shot } = app;
    await setUpPassphrase(page);
    await chooseFile(page, '台帳_保護.xls', readFileSync(join(FILES, 'ledger-wareki-rc4.xls')));
    const dialog = importDialog(page);
    const field = dialog.getByLabel('ファイルのパスワード（読み取りパスワード）');
    for (let i = 1; i <= 5; i++) {
      await field.fill(`ちがう${i}`);
      await dialog.getByRole('button', { name: '開く' }).click();
      if (i < 5) await expect(dialog.getByRole('alert')).toContainText(`（${i} 回目）`);
    }
    await expect(dialog.getByRole('alert')).toContainText('パスワードが 5 回続けて違いました');
    await expect(field).toHaveCount(0);
    await shot('5 回違った');
    await dialog.getByRole('button', { name: '別のファイルを選ぶ' }).click();
    await expect(dialog.getByText('台帳のファイルを選ぶか、ここにドラッグしてください。')).toBeVisible();
  });
});
