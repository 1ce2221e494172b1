// Issue 10 item 2 in the window: an edit of a case another program changed after the panel loaded it is
// refused with both values shown (「ほかの操作で先に変更されました」), and the user picks reload or reapply.
import { test, expect } from './app';
import { callApi, countText, openLedgerView, setUpPassphrase } from './steps';

const CASE = {
  caseNo: 'R7-0500',
  classification: '要支援児童',
  name: '架空　花子',
  kana: 'かくう はなこ',
  birthDate: '2018-05-05',
  dueDate: null,
  sex: 'female',
  guardianName: null,
  guardianRelation: null,
  district: '東町',
  affiliation: null,
  abuseTypes: [],
  riskLevel: null,
  leadAgency: null,
  agencies: [],
  receivedDate: null,
  registeredDate: null,
  policy: '見守り',
  nextReview: null,
  status: 'active',
  closedDate: null,
  closedReason: null,
  extra: {},
};

test('a stale edit is refused with both values; reload or apply it on the latest', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  await callApi(page, 'ledger.create', { case: CASE });
  await page.reload();
  await openLedgerView(page);
  await expect(page.getByText(countText(1, 1))).toBeVisible();
  await page.getByRole('grid', { name: 'ケース一覧' }).getByRole('row').filter({ hasText: CASE.caseNo }).click();
  const panel = page.getByRole('complementary', { name: `ケース詳細 ${CASE.caseNo}` });
  await expect(panel.getByLabel('地区')).toHaveValue('東町');

  // Another program (an import, another window) changes 地区 after the panel loaded the case.
  const current = await callApi<{ version: number }>(page, 'ledger.get', { caseNo: CASE.caseNo });
  await callApi(page, 'ledger.update', {
    caseNo: CASE.caseNo,
    version: current.version,
    changes: { district: '北町' },
  });

  await panel.getByLabel('地区').fill('南町');
  await panel.getByRole('button', { name: '保存' }).click();
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('ほかの操作で先に変更されました');
  await expect(alert).toContainText('地区: あなたの入力「南町」／いまの値「北町」');
  await shot('先に変更されていた');

  // Reload: the form shows 北町 and this edit is dropped.
  await panel.getByRole('button', { name: '最新の内容を読み込む（この入力は破棄）' }).click();
  await expect(panel.getByLabel('地区')).toHaveValue('北町');
  await expect(panel.getByRole('status')).toHaveText('最新の内容を読み込みました。');

  // Changed again elsewhere; this time apply the edit on top of the latest.
  const again = await callApi<{ version: number }>(page, 'ledger.get', { caseNo: CASE.caseNo });
  await callApi(page, 'ledger.update', {
    caseNo: CASE.caseNo,
    version: again.version,
    changes: { policy: '別の画面での方針' },
  });
  await panel.getByLabel('地区').fill('南町');
  await panel.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('alert')).toContainText('ほかの操作で先に変更されました');
  await panel.getByRole('button', { name: '最新の内容にこの入力を反映する' }).click();
  await expect(panel.getByRole('status')).toHaveText('保存しました。');
  await expect(panel.getByLabel('地区')).toHaveValue('南町');
  await expect(panel.getByLabel('支援方針')).toHaveValue('別の画面での方針');
  await shot('最新の内容に反映');
});
