// An agency's report file protected with an open password: the meeting screen's report import asks for it,
// checks the file with it and imports it; the password field is gone afterwards.
import officeCrypto from 'officecrypto-tool';
import { makeLedgerWorkbook } from '../fixtures';
import { test, expect } from './app';
import { importLedger, makeReportsWorkbook, openMeetings } from './meeting-steps';
import { setUpPassphrase } from './steps';

test.use({ viewport: { width: 1366, height: 768 } });

test('a protected report file: asked for, checked and imported with its password', async ({ app }) => {
  const { page, shot } = app;
  const { buffer, expected } = await makeLedgerWorkbook({ rows: 20, seed: 4242 });
  await setUpPassphrase(page);
  await importLedger(page, buffer);
  const caseNo = expected.accepted[0]!.caseNo;

  await openMeetings(page);
  await page.getByRole('button', { name: '新しい会議' }).click();
  const form = page.getByRole('form', { name: '新しい会議' });
  await form.getByLabel('題名').fill('第5回 実務者会議（報告の確認）');
  await form.getByLabel('日付', { exact: true }).fill('2025-12-10');
  await form.getByLabel('予定時間（分）').fill('90');
  await form.getByLabel('個別に選んだ登録番号').fill(caseNo);
  await form.getByRole('button', { name: '会議を作成' }).click();

  const reports = await makeReportsWorkbook([
    {
      caseNo,
      reportDate: '2025-12-02',
      agency: 'みどり小学校',
      daysAbsent: 3,
      unexplained: '無',
      injury: '無',
      homeChange: '',
      safety: 7,
      note: '',
    },
  ]);
  const locked = officeCrypto.encrypt(Buffer.from(reports), { password: 'ほうこく2025' });
  const section = page.getByRole('region', { name: '関係機関からの報告' });
  await section.getByLabel('報告ファイルを選択').setInputFiles({
    name: '報告（保護）.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: locked,
  });
  await expect(section.getByText('「報告（保護）.xlsx」はパスワードで保護されています。')).toBeVisible({
    timeout: 60_000,
  });
  const field = section.getByLabel('ファイルのパスワード（読み取りパスワード）');
  await field.fill('ほうこく2025');
  await shot('報告ファイルのパスワード');
  await section.getByRole('button', { name: '開く' }).click();
  await expect(section.getByText('「報告（保護）.xlsx」の確認結果です。まだ保存されていません。')).toBeVisible({
    timeout: 60_000,
  });
  await expect(field).toHaveCount(0);
  await section.getByRole('button', { name: '報告を取り込む' }).click();
  await expect(section.getByText('報告の取り込みが完了しました。')).toBeVisible({ timeout: 60_000 });
  await shot('保護された報告の取り込み完了');
});
