// The assessment sheet's settings: the item editor (add, rename, move, retire, restore; kept after a reload),
// the worry items of the triage settings (「はいの回答で協議にする項目」) with the rule アセスメントの気がかり, and
// 月次報告の遅れ on ホーム and in the 「依頼・回収」 view. Looked at in the three room sizes.
import type { Page } from '@playwright/test';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import type { Settings } from '../../shared/contract/session';
import type { TriageSettings } from '../../shared/meeting/types';
import { DEFAULT_TIME_ZONE, dayInZone } from '../../shared/time/zone';
import { test, expect } from './app';
import { openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const nav = (page: Page) => page.getByRole('navigation', { name: '画面の切り替え' });

function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const fake = (caseNo: string, fields: Partial<LedgerCase>): LedgerCase => ({
  ...emptyCase(caseNo),
  classification: '要支援児童',
  name: `架空　${caseNo}`,
  kana: 'かくう はなこ',
  riskLevel: '軽度',
  leadAgency: 'こども家庭センター',
  ...fields,
});

const report = (caseNo: string, agency: string, reportDate: string) => ({
  caseNo,
  reportDate,
  agency,
  periodFrom: null,
  periodTo: null,
  daysAbsent: null,
  unexplainedAbsence: null,
  injury: null,
  homeChange: null,
  safetyScale: null,
  note: null,
});

/** Three children at schools or nurseries: one reported lately, two overdue (61 days, and none since 登録日). */
async function seedMonthly(page: Page): Promise<void> {
  const today = dayInZone(new Date(), DEFAULT_TIME_ZONE);
  await callApi(page, 'ledger.create', {
    case: fake('G-1', { affiliation: '架空第一小学校', registeredDate: '2025-04-01' }),
  });
  await callApi(page, 'ledger.create', {
    case: fake('G-2', { affiliation: '架空みどり保育園', registeredDate: shiftDays(today, -100) }),
  });
  await callApi(page, 'ledger.create', {
    case: fake('G-3', { affiliation: '架空東中学校', registeredDate: '2025-04-01' }),
  });
  await callApi(page, 'ledger.create', {
    case: fake('G-4', { affiliation: '保健センター', registeredDate: '2025-04-01' }),
  });
  await callApi(page, 'reports.add', { report: report('G-1', '架空第一小学校', shiftDays(today, -61)) });
  await callApi(page, 'reports.add', { report: report('G-3', '架空東中学校', shiftDays(today, -5)) });
}

for (const size of ROOM_SIZES) {
  test(`worry items in 振り分けの設定 at ${size.name}`, async ({ app }) => {
    const { page, shot } = app;
    await page.setViewportSize(viewportOf(size));
    await setUpPassphrase(page);
    await openMeetings(page);
    const toggle = page.getByRole('button', { name: '振り分けの設定' });
    await toggle.click();
    const form = page.getByRole('form', { name: '振り分けの設定' });
    // The rule is listed with the others, on by default, and sends to 協議.
    const rule = form.getByRole('checkbox', { name: 'アセスメントの気がかり', exact: true });
    await expect(rule).toBeChecked();
    await expect(form.locator('.rule-row').filter({ hasText: 'アセスメントの気がかり' })).toContainText('協議へ');
    const worries = form.getByRole('group', { name: 'はいの回答で協議にする項目（アセスメントの気がかり）' });
    await expect(worries.getByRole('checkbox', { name: '気がかり：家に帰りたがらない' })).toBeChecked();
    // Only check items are offered (not 安全スケール or 所見); 連絡のない欠席 is both a rule and an item.
    await expect(worries.getByRole('checkbox', { name: '気がかり：連絡のない欠席' })).not.toBeChecked();
    await expect(worries.getByRole('checkbox', { name: /安全スケール|所見|欠席日数/ })).toHaveCount(0);

    await worries.getByRole('checkbox', { name: '気がかり：表情が乏しい・元気がない' }).check();
    await worries.getByRole('checkbox', { name: '気がかり：家庭内の暴力・不和' }).uncheck();
    await form.getByRole('button', { name: '設定を保存' }).click();
    await expect(form.getByRole('status')).toHaveText('保存しました。');
    await worries.scrollIntoViewIfNeeded();
    await shot('気がかりの項目');
    const stored = await callApi<TriageSettings>(page, 'triage.getSettings', {});
    expect(stored.worryItems).toEqual(['child-home', 'child-fear', 'child-mood']);

    // A retired item is not offered, but stays chosen; a new check item is offered.
    const settings = await callApi<Settings>(page, 'settings.get', {});
    await callApi(page, 'settings.update', {
      assessmentItems: [
        ...settings.assessmentItems.map((i) => (i.id === 'child-home' ? { ...i, retired: true } : i)),
        { id: 'item-e2e-1', group: '学校での様子', label: '登校を渋る', kind: 'check', feeds: null, retired: false },
      ],
    });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'ホーム', level: 1 })).toBeVisible();
    await openMeetings(page);
    await page.getByRole('button', { name: '振り分けの設定' }).click();
    await expect(worries.getByRole('checkbox', { name: '気がかり：表情が乏しい・元気がない' })).toBeChecked();
    await expect(worries.getByRole('checkbox', { name: '気がかり：家庭内の暴力・不和' })).not.toBeChecked();
    await expect(worries.getByRole('checkbox', { name: '気がかり：家に帰りたがらない' })).toHaveCount(0);
    await worries.getByRole('checkbox', { name: '気がかり：登校を渋る' }).check();
    await form.getByRole('button', { name: '設定を保存' }).click();
    await expect(form.getByRole('status')).toHaveText('保存しました。');
    expect((await callApi<TriageSettings>(page, 'triage.getSettings', {})).worryItems).toEqual([
      'child-home',
      'child-fear',
      'child-mood',
      'item-e2e-1',
    ]);
  });

  test(`月次報告の遅れ on ホーム at ${size.name}`, async ({ app }) => {
    const { page, shot } = app;
    await page.setViewportSize(viewportOf(size));
    await setUpPassphrase(page);
    await seedMonthly(page);
    await nav(page).getByRole('button', { name: 'ホーム' }).click();
    const card = page.getByRole('region', { name: '月次報告の遅れ' });
    await expect(card).toContainText('40日を過ぎて届いていないケース：2件');
    const rows = card.getByRole('row');
    // Header, then the longest wait first: 100 days since 登録日, then 61 since the school's report.
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText(/G-2 K\.H\.\s*架空みどり保育園\s*100日/);
    await expect(rows.nth(2)).toContainText(/G-1 K\.H\.\s*架空第一小学校\s*61日/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await card.scrollIntoViewIfNeeded();
    await shot('ホームの月次報告の遅れ');

    // The setting moves the line: at 70 days only G-2 is overdue.
    await callApi(page, 'settings.update', { monthlyReportDays: 70 });
    await nav(page).getByRole('button', { name: '会議', exact: true }).click();
    await nav(page).getByRole('button', { name: 'ホーム' }).click();
    await expect(card).toContainText('70日を過ぎて届いていないケース：1件');
  });
}

/** The 「依頼・回収」 view, where the requests helper mounts the editor and the overdue list. */
async function openRequestsView(page: Page): Promise<boolean> {
  const button = nav(page).getByRole('button', { name: '依頼・回収' });
  if ((await button.count()) === 0) return false;
  await button.click();
  return true;
}

for (const size of ROOM_SIZES) {
  test(`the sheet's item editor and 月次報告の遅れ in 依頼・回収 at ${size.name}`, async ({ app }) => {
    const { page, shot } = app;
    await page.setViewportSize(viewportOf(size));
    await setUpPassphrase(page);
    await seedMonthly(page);
    test.fixme(!(await openRequestsView(page)), 'needs the 依頼・回収 view (header button 依頼・回収)');
    // ホーム's card leads there too.
    await nav(page).getByRole('button', { name: 'ホーム' }).click();
    await page
      .getByRole('region', { name: '月次報告の遅れ' })
      .getByRole('button', { name: '依頼・回収で見る' })
      .click();
    const editor = page.getByRole('region', { name: 'アセスメントシートの項目' });
    const group = (name: string) => editor.getByRole('group', { name, exact: true });
    await expect(group('こどもの様子').getByRole('listitem')).toHaveCount(6);

    // Add to an existing group: it joins the end of that group.
    const add = editor.getByRole('form', { name: '項目を追加' });
    await add.getByLabel('グループ').fill('こどもの様子');
    await add.getByLabel('項目名').fill('登校を渋る');
    await add.getByLabel('種類').selectOption({ label: 'はい／いいえ／不明' });
    await add.getByRole('button', { name: '追加' }).click();
    await expect(editor.getByRole('status')).toHaveText('「登校を渋る」を追加しました。');
    await expect(group('こどもの様子').getByRole('listitem').last()).toContainText('登校を渋る');
    // A duplicate name is refused with the schema's message, and nothing is added.
    await add.getByLabel('項目名').fill('外傷');
    await add.getByRole('button', { name: '追加' }).click();
    await expect(editor.getByRole('alert')).toHaveText('項目名「外傷」が重複しています');
    await expect(group('こどもの様子').getByRole('listitem')).toHaveCount(7);

    // Rename, move up, retire.
    await editor.getByRole('button', { name: '「登校を渋る」の名前を変える' }).click();
    const rename = editor.getByRole('form', { name: '「登校を渋る」の名前を変える' });
    await rename.getByLabel('項目名').fill('登校をしぶる・遅刻が増えた');
    await rename.getByRole('button', { name: '保存' }).click();
    await expect(editor.getByRole('status')).toHaveText('「登校をしぶる・遅刻が増えた」を保存しました。');
    await editor.getByRole('button', { name: '「登校をしぶる・遅刻が増えた」を上へ' }).click();
    await expect(editor.getByRole('status')).toHaveText('「登校をしぶる・遅刻が増えた」を移動しました。');
    await editor.getByRole('button', { name: '「家に帰りたがらない」を使わない' }).click();
    await expect(editor.getByRole('status')).toHaveText('「家に帰りたがらない」を使わない項目にしました。');
    const retired = group('こどもの様子').getByRole('listitem').filter({ hasText: '家に帰りたがらない' });
    await expect(retired).toContainText('過去の回答は残ります');
    await expect(editor.getByRole('button', { name: '「家に帰りたがらない」を再び使う' })).toBeVisible();
    await group('こどもの様子').scrollIntoViewIfNeeded();
    await shot('項目の編集');

    // Kept after a reload, in the order left.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'ホーム', level: 1 })).toBeVisible();
    await openRequestsView(page);
    await expect(group('こどもの様子').locator('.sheet-item-label')).toHaveText([
      '表情が乏しい・元気がない',
      '衣服や身体の汚れが目立つ',
      '空腹を訴える・食事が足りない様子',
      '家に帰りたがらない',
      '大人の顔色をうかがう・怖がる',
      '登校をしぶる・遅刻が増えた',
      '乱暴な言動・落ち着きのなさ',
    ]);
    await expect(editor.getByRole('button', { name: '「家に帰りたがらない」を再び使う' })).toBeVisible();
    await editor.getByRole('button', { name: '「家に帰りたがらない」を再び使う' }).click();
    await expect(editor.getByRole('status')).toHaveText('「家に帰りたがらない」を再び使います。');
    const stored = await callApi<Settings>(page, 'settings.get', {});
    expect(stored.assessmentItems.filter((i) => i.retired)).toEqual([]);
    expect(stored.assessmentItems.find((i) => i.label === '登校をしぶる・遅刻が増えた')).toMatchObject({
      group: 'こどもの様子',
      kind: 'check',
      feeds: null,
    });

    // 月次報告の遅れ with its setting.
    const overdue = page.getByRole('region', { name: '月次報告の遅れ' });
    await expect(overdue.getByRole('row')).toHaveCount(3);
    await overdue.getByLabel('遅れとみなす日数').fill('5');
    await overdue.getByRole('button', { name: '日数を保存' }).click();
    await expect(overdue.getByRole('alert')).toHaveText('遅れとみなす日数は7〜120の整数で入力してください。');
    await overdue.getByLabel('遅れとみなす日数').fill('70');
    await overdue.getByRole('button', { name: '日数を保存' }).click();
    await expect(overdue.getByRole('status')).toHaveText('保存しました。');
    await expect(overdue.getByRole('row')).toHaveCount(2);
    await overdue.scrollIntoViewIfNeeded();
    await shot('月次報告の遅れ');
  });
}
