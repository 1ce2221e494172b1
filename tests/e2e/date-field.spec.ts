// The one date field, in the ledger's case panel and the console's decision form: dates are typed the way
// ledgers write them (R7.4.1, Ｒ７．４．１, a month such as R9.3 where allowed), an impossible date is refused
// on the spot with a Japanese reason, nothing is saved while it is there, and no form says 保存/記録済み then.
import { test, expect } from './app';
import { meetingWithAgenda } from './meeting-steps';
import { callApi, openLedgerView, setUpPassphrase } from './steps';

test.use({ viewport: { width: 1366, height: 768 } });

interface CaseDetail {
  case: { birthDate: string | null; receivedDate: string | null };
}
interface LiveSnapshot {
  decisions: { caseNo: string; state: string; nextReview: string | null }[];
}

const CASE = {
  caseNo: 'D-1',
  classification: '要支援児童',
  name: '架空　ひなた',
  kana: 'かくう ひなた',
  birthDate: '2018-05-05',
  dueDate: null,
  sex: null,
  guardianName: null,
  guardianRelation: null,
  district: null,
  affiliation: null,
  abuseTypes: [],
  riskLevel: '重度',
  leadAgency: 'こども家庭センター',
  agencies: [],
  receivedDate: null,
  registeredDate: '2024-01-10',
  policy: '見守り',
  nextReview: null,
  status: 'active',
  closedDate: null,
  closedReason: null,
  extra: {},
};

test('R7.13.1 in 生年月日 is refused and nothing is saved; R9.3 is taken in the decision form', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
  await callApi(page, 'agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });
  await callApi(page, 'ledger.create', { case: CASE });
  await page.reload();
  await openLedgerView(page);

  // Ledger: 生年月日 R7.13.1 (once saved as 0001-07-13, shown as 2025歳).
  await page.getByRole('grid', { name: 'ケース一覧' }).getByRole('row').filter({ hasText: 'D-1' }).click();
  const panel = page.getByRole('complementary', { name: 'ケース詳細 D-1' });
  const birth = panel.getByLabel('生年月日');
  await expect(birth).toHaveValue('平成30年5月5日');
  await birth.fill('R7.13.1');
  await expect(birth).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByText('「R7.13.1」は日付として読めません')).toBeVisible();
  await expect(panel.getByRole('status').filter({ hasText: '日付が正しくありません — 未保存' })).toBeVisible();
  await panel.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('alert')).toHaveText('日付が正しくありません — 未保存');
  await expect(panel.getByText('保存しました。')).toHaveCount(0);
  await birth.scrollIntoViewIfNeeded();
  await shot('生年月日 R7.13.1 は保存されない');
  expect((await callApi<CaseDetail>(page, 'ledger.get', { caseNo: 'D-1' })).case.birthDate).toBe('2018-05-05');

  // A future birth date is refused too; full-width 和暦 is read, and shown in the 和暦 style once left.
  await birth.fill('R9.1.1');
  await expect(panel.getByText('今日より後')).toBeVisible();
  await birth.fill('令和元年5月1日');
  await expect(birth).toHaveAttribute('aria-invalid', 'false');
  const received = panel.getByLabel('受理日');
  await received.fill('Ｒ７．４．１');
  await received.blur();
  await expect(received).toHaveValue('令和7年4月1日');
  await panel.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await shot('全角の和暦と令和元年を保存');
  const saved = (await callApi<CaseDetail>(page, 'ledger.get', { caseNo: 'D-1' })).case;
  expect(saved).toMatchObject({ birthDate: '2019-05-01', receivedDate: '2025-04-01' });
  // The 西暦 style shows the same dates as 2025/04/01 at once.
  await page.getByRole('button', { name: '和暦/西暦' }).click();
  await expect(received).toHaveValue('2025/04/01');
  await expect(birth).toHaveValue('2019/05/01');
  await page.getByRole('button', { name: '和暦/西暦' }).click();
  await expect(received).toHaveValue('令和7年4月1日');
  await panel.getByRole('button', { name: '詳細を閉じる' }).click();

  // The console: 次回確認時期 R9.3 (a month) is taken; R9.13 says 未保存 and never 記録済み.
  await meetingWithAgenda(page, { title: '日付の確認会議', date: '2026-11-10', caseNos: ['D-1'] });
  await page.getByRole('button', { name: '会議を進行' }).click();
  await page.getByRole('button', { name: '会議を開始' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /D-1/ })).toBeVisible();
  const meetingId = Number(/#console=(\d+)/.exec(page.url())?.[1]);
  const form = page.getByRole('region', { name: '決定（協議）' });
  await form.getByLabel('協議内容').fill('家庭訪問を続ける。');
  const next = form.getByLabel('次回確認時期');
  await next.fill('R9.3');
  await expect(next).toHaveAttribute('aria-invalid', 'false');
  await next.blur();
  await expect(next).toHaveValue('令和9年3月');
  await form.getByRole('button', { name: '決定を記録' }).click();
  await expect(form.getByRole('status')).toContainText('記録済み');
  await shot('R9.3 を記録');

  await next.fill('R9.13');
  await expect(form.getByText('「R9.13」は日付として読めません')).toBeVisible();
  await expect(form.getByText('日付が正しくありません — 未保存')).toBeVisible();
  await expect(form.getByText('記録済み')).toHaveCount(0);
  await form.getByRole('button', { name: '決定を記録' }).click();
  await expect(form.getByRole('alert')).toContainText('日付を直してから記録してください');
  await expect(form.getByText('記録済み')).toHaveCount(0);
  await shot('R9.13 は未保存');

  const live = await callApi<LiveSnapshot>(page, 'live.get', { meetingId });
  expect(live.decisions.find((d) => d.caseNo === 'D-1')).toMatchObject({ state: 'recorded', nextReview: '2027-03' });
});
