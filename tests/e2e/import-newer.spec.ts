// Re-importing an older copy of the council's workbook after hand edits: the wizard lists every field
// change (old → new), shows apart the ones that would undo a newer value with why, keeps the ledger's
// value by default, and lets the user take the file's value per field or per case.
import ExcelJS from 'exceljs';
import { test, expect } from './app';
import { callApi, chooseFile, importDialog, setUpPassphrase } from './steps';

test.use({ viewport: { width: 1366, height: 768 } });

const HEADER = ['登録番号', '種別', '児童氏名', 'ふりがな', '重症度', '主担当機関', '支援方針'];

async function workbook(policy3: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台帳');
  ws.addRow(HEADER);
  ws.addRow(['E-1', '要保護児童', '架空 一郎', 'かくう いちろう', '軽度', '市こども家庭センター', '見守り継続']);
  ws.addRow(['E-2', '要支援児童', '架空 二葉', 'かくう ふたば', '中度', '市こども家庭センター', '月1回の電話確認']);
  ws.addRow(['E-3', '要支援児童', '架空 三郎', 'かくう さぶろう', '危惧', '保健センター', policy3]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Case = { riskLevel: string | null; policy: string | null };

test('re-importing an older workbook: per-field diff, newer values kept by default, choice per field and per case', async ({
  app,
}) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  const april = await workbook('保健師が訪問');

  await chooseFile(page, '台帳_4月.xlsx', april);
  const dialog = importDialog(page);
  await dialog.getByRole('button', { name: '次へ' }).click();
  await dialog.getByRole('button', { name: '取り込む' }).click();
  await expect(dialog.getByRole('status')).toHaveText('取り込みが完了しました。');
  await dialog.getByRole('button', { name: '閉じる' }).click();

  // After a meeting the secretariat corrected two cases in the app.
  await callApi(page, 'ledger.update', { caseNo: 'E-1', changes: { riskLevel: '重度', policy: '週1回の家庭訪問' } });
  await callApi(page, 'ledger.update', { caseNo: 'E-2', changes: { policy: '学校と連携して見守り' } });

  // The April file again, with one genuinely new value for E-3.
  await chooseFile(page, '台帳_4月.xlsx', await workbook('妊婦健診の受診を確認'));
  await dialog.getByRole('button', { name: '次へ' }).click();
  await expect(dialog.getByRole('heading', { name: '確認' })).toBeVisible();
  const undoing = dialog.getByRole('region', { name: /台帳の新しい値を古い値に戻す変更（3 項目）/ });
  await expect(undoing).toBeVisible();
  const e1 = undoing.getByRole('region', { name: '登録番号 E-1' });
  await expect(e1.getByRole('row', { name: /重症度/ })).toContainText('重度');
  await expect(e1.getByRole('row', { name: /重症度/ })).toContainText('軽度');
  await expect(e1.getByRole('row', { name: /重症度/ })).toContainText('手入力で変更した値（事務局）より古い値です');
  await expect(
    e1.getByRole('radiogroup', { name: '登録番号 E-1 の重症度' }).getByRole('radio', { name: '台帳の値を残す' }),
  ).toBeChecked();
  const plain = dialog.getByRole('table', { name: /更新される項目/ });
  await expect(plain).toContainText('E-3');
  await expect(plain).toContainText('保健師が訪問');
  await expect(plain).toContainText('妊婦健診の受診を確認');
  await shot('古いファイルの再取り込みの確認');

  // 重症度 of E-1 from the file; E-1's 支援方針 stays; all of E-2 from the file.
  await e1
    .getByRole('radiogroup', { name: '登録番号 E-1 の重症度' })
    .getByRole('radio', { name: 'ファイルの値にする' })
    .check();
  await undoing
    .getByRole('region', { name: '登録番号 E-2' })
    .getByRole('button', { name: 'すべてファイルの値にする' })
    .click();
  await expect(
    undoing
      .getByRole('radiogroup', { name: '登録番号 E-2 の支援方針' })
      .getByRole('radio', { name: 'ファイルの値にする' }),
  ).toBeChecked();
  await shot('項目ごとの選択');

  await dialog.getByRole('button', { name: '取り込む' }).click();
  await expect(dialog.getByRole('status')).toHaveText('取り込みが完了しました。');
  await expect(dialog.locator('.report-counts')).toContainText('台帳の値を残した項目1 項目');
  await expect(dialog.getByRole('row', { name: /支援方針/ }).first()).toContainText('台帳の値を残しました');
  await shot('再取り込みの結果');
  await dialog.getByRole('button', { name: '閉じる' }).click();

  const get = async (caseNo: string) => (await callApi<{ case: Case }>(page, 'ledger.get', { caseNo })).case;
  expect(await get('E-1')).toMatchObject({ riskLevel: '軽度', policy: '週1回の家庭訪問' });
  expect(await get('E-2')).toMatchObject({ policy: '月1回の電話確認' });
  expect(await get('E-3')).toMatchObject({ policy: '妊婦健診の受診を確認' });
});
