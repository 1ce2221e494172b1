// サポートプラン: a plan made for a ledger case from the サポートプラン view, 手交 refused in Japanese while the
// three required parts are missing, filled (typed text kept across leaving the plan and across a reload at once),
// handed over, listed in 見直し予定 with the day the cycle setting gives (and another plan marked 期限超過), a
// 見直し started with its changes shown, and the handed-over version's Word copy read back. The ledger's case
// panel opens the case's plan. At the three room sizes.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { addMonthsIso } from '../../shared/meeting/draft';
import { formatDate } from '../../shared/ledger/dates';
import { emptyCase } from '../../shared/ledger/case';
import { DEFAULT_TIME_ZONE, dayInZone } from '../../shared/time/zone';
import { test, expect } from './app';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '画面の切り替え' }).getByRole('button', { name, exact: true }).click();

const GOALS = 'お母さんが休める時間をつくる';
const WISHES = '夜泣きがつらい。少し眠りたい。';

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`サポートプラン: made, refused, handed over, due, reviewed at ${size.name}`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      // The app's today is the council's (the timeZone setting), which may not be the machine's day.
      const today = dayInZone(new Date(), DEFAULT_TIME_ZONE);
      await callApi(page, 'ledger.create', { case: { ...emptyCase('SP-1'), name: '架空 はなこ', riskLevel: '重度' } });
      await callApi(page, 'settings.update', { planReviewMonths: 1 });
      // Another family's plan whose review day has passed: 期限超過 at the top of the list.
      await callApi(page, 'plans.create', {
        plan: {
          caseNo: null,
          familyLabel: '架空 みどりさん世帯',
          leadFunction: '母子保健',
          owner: '保健師A',
          reviewDue: addMonthsIso(today, -1),
        },
      });

      await nav(page, 'サポートプラン');
      await expect(page.getByRole('heading', { name: 'サポートプラン', level: 1 })).toBeVisible();
      await page.getByRole('button', { name: '新しいプラン' }).click();
      await page.getByLabel('ケースを検索（登録番号・氏名・ふりがな）').fill('SP-1');
      await page.getByRole('button', { name: 'SP-1　架空 はなこ' }).click();
      await page.getByLabel('担当', { exact: true }).fill('保健師A');
      await page.getByLabel('主担当の機能').selectOption('母子保健');
      await page.getByRole('button', { name: '作成する' }).click();
      await expect(page.getByRole('heading', { name: /架空 はなこ/ })).toBeVisible();
      await expect(page.getByRole('heading', { name: /第1版（作成中）/ })).toBeVisible();

      await page.getByRole('button', { name: 'こどもを追加' }).click();
      await page.getByLabel('こどもの氏名 1').fill('架空 はると');
      await page.getByRole('button', { name: '手交済みにする' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: '手交できません' });
      await expect(refusal).toContainText('意向（こども・保護者の気になること・希望すること）');
      await expect(refusal).toContainText('課題（一緒に解決を目指していくこと）');
      await expect(refusal).toContainText('支援の種類及び内容（サービス・支援の行）');
      await shot('手交を断る');

      await page.getByLabel('保護者の気になること・希望すること').fill(WISHES);
      await page.getByLabel('一緒に解決を目指していくこと').fill(GOALS);
      await page.getByRole('button', { name: '支援を追加' }).click();
      await page.getByLabel('サービス・支援 1').fill('子育て世帯訪問支援');
      await page.getByLabel('だれが 1').fill('委託事業者');
      // Left at once (no pause for the save), then reloaded: everything typed is still there.
      await page.getByRole('button', { name: '一覧に戻る' }).click();
      await page.reload();
      await expect(page.getByRole('heading', { name: 'ホーム', level: 1 })).toBeVisible();
      await nav(page, 'サポートプラン');
      await page.getByRole('button', { name: '架空 はなこのプランを開く' }).click();
      await expect(page.getByLabel('一緒に解決を目指していくこと')).toHaveValue(GOALS);
      await expect(page.getByLabel('保護者の気になること・希望すること')).toHaveValue(WISHES);
      await expect(page.getByLabel('だれが 1')).toHaveValue('委託事業者');
      await expect(page.getByLabel('こどもの氏名 1')).toHaveValue('架空 はると');
      await page.getByLabel('一緒に解決を目指していくこと').scrollIntoViewIfNeeded();
      await shot('作成中の編集');

      await page.getByRole('button', { name: '手交済みにする' }).click();
      const handOver = page.getByRole('dialog', { name: '手交済みにしますか' });
      await expect(handOver.getByLabel('手交日')).toBeVisible();
      await handOver.getByRole('button', { name: '手交済みにする' }).click();
      await expect(page.getByRole('heading', { name: /第1版（手交日 .*・変更できません）/ })).toBeVisible();
      await expect(page.getByLabel('一緒に解決を目指していくこと')).toBeDisabled();
      const due = addMonthsIso(today, 1);
      await expect(page.locator('.plan-facts')).toContainText(formatDate(due, 'wareki'));

      await page.getByRole('button', { name: '一覧に戻る' }).click();
      const reviews = page.getByRole('region', { name: '見直し予定' });
      const row = reviews.getByRole('row').filter({ hasText: '架空 はなこ' });
      await expect(row).toContainText(formatDate(due, 'wareki'));
      await expect(row).toContainText('SP-1');
      await expect(row).not.toContainText('期限超過');
      const late = reviews.getByRole('row').filter({ hasText: '架空 みどりさん世帯' });
      await expect(late).toContainText('期限超過');
      await expect(reviews.getByRole('heading', { name: /保健師A\s+母子保健/ })).toHaveCount(1);
      await shot('見直し予定');

      await row.getByRole('button', { name: '架空 はなこのプランを開く' }).click();
      await page.getByRole('button', { name: '見直しを始める' }).click();
      await page
        .getByRole('dialog', { name: '見直しを始めますか' })
        .getByRole('button', { name: '見直しを始める' })
        .click();
      await expect(page.getByRole('heading', { name: /第2版（作成中）/ })).toBeVisible();
      await page.getByLabel('一緒に解決を目指していくこと').fill('週に1回はお母さんが休める');
      // Reloaded at once, with no pause for the save: the window's hiding saves what was typed.
      await page.reload();
      await expect(page.getByRole('heading', { name: 'ホーム', level: 1 })).toBeVisible();
      await nav(page, 'サポートプラン');
      await page.getByRole('button', { name: '架空 はなこのプランを開く' }).first().click();
      await expect(page.getByLabel('一緒に解決を目指していくこと')).toHaveValue('週に1回はお母さんが休める');
      const changes = page.getByRole('region', { name: '手交した版からの変更' });
      const changed = changes.getByRole('row').filter({ hasText: '一緒に解決を目指していくこと' });
      await expect(changed).toContainText(GOALS);
      await expect(changed).toContainText('週に1回はお母さんが休める');
      await changes.scrollIntoViewIfNeeded();
      await shot('見直しの変更');

      // The handed-over version, read-only, and its Word copy for the family.
      await page.getByRole('button', { name: '第1版を開く' }).click();
      await expect(page.getByLabel('一緒に解決を目指していくこと')).toHaveValue(GOALS);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Word で書き出す（第1版）' }).click();
      const file = await downloading;
      const path = await file.path();
      const xml = await (await JSZip.loadAsync(await readFile(path!))).file('word/document.xml')!.async('string');
      expect(xml).toContain('このプランの内容について説明を受け、同意しました。');
      expect(xml).toContain('子育て世帯訪問支援');
      expect(xml).toContain(GOALS);
      expect(xml).not.toContain('週に1回はお母さんが休める');
      for (const internal of ['SP-1', '重度', '保健師A']) expect(xml).not.toContain(internal);

      await page.getByRole('button', { name: '印刷・PDF' }).click();
      const print = page.getByRole('dialog', { name: 'サポートプランの印刷' });
      await expect(print.getByText('保護者署名')).toBeVisible();
      await expect(print.getByText('こども署名')).toBeVisible();
      await shot('印刷');
      await print.getByRole('button', { name: '閉じる' }).click();

      // From the ledger's case panel to the same plan.
      await nav(page, '台帳');
      await page.getByRole('grid', { name: 'ケース一覧' }).getByRole('row').filter({ hasText: 'SP-1' }).click();
      const casePanel = page.getByRole('complementary', { name: 'ケース詳細 SP-1' });
      await expect(casePanel.getByRole('button', { name: 'サポートプラン', exact: true })).toBeInViewport();
      await shot('ケース詳細の見出し');
      await casePanel.getByRole('button', { name: 'サポートプラン', exact: true }).click();
      const panel = casePanel.getByRole('region', { name: 'サポートプラン' });
      await expect(panel.getByRole('button', { name: /第2版（見直し中/ })).toBeVisible();
      await shot('ケース詳細のサポートプラン');
      await panel.getByRole('button', { name: /第2版（見直し中/ }).click();
      await expect(page.getByRole('heading', { name: /第2版（作成中）/ })).toBeVisible();
      await expect(page.getByLabel('一緒に解決を目指していくこと')).toHaveValue('週に1回はお母さんが休める');
    });
  });
}
