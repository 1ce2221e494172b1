// The municipality's triage settings and the secretariat's case marks change what the agenda suggests:
// a switched-off rule no longer sends a case to 協議, and a proposed closure brings a case to 協議.
import type { Page } from '@playwright/test';
import { makeLedgerWorkbook } from '../fixtures';
import { test, expect } from './app';
import { card, column, importLedger, makeReportsWorkbook, openMeetings } from './meeting-steps';
import { callApi, setUpPassphrase } from './steps';

const TITLE = '第4回 実務者会議（設定の確認）';

function settingsForm(page: Page) {
  return page.getByRole('form', { name: '振り分けの設定' });
}

async function openSettings(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: '振り分けの設定' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(settingsForm(page).getByRole('button', { name: '設定を保存' })).toBeVisible();
}

async function suggest(page: Page): Promise<void> {
  await page.getByRole('button', { name: '議題を提案' }).click();
  await expect(page.getByRole('region', { name: '振り分け' })).toBeVisible();
}

test('triage settings and case marks change the suggested agenda', async ({ app }) => {
  const { page, shot } = app;
  const { buffer, expected } = await makeLedgerWorkbook({ rows: 80, seed: 31337 });
  await setUpPassphrase(page);
  // This council's 実務者会議 is its cases only (no 開会, 研修 …): the time bar below counts case time alone.
  await callApi(page, 'agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });
  await importLedger(page, buffer);
  // Two active cases of this seed (meeting.spec.ts finds both on its board).
  const [closing, absent] = expected.accepted.slice(0, 2).map((c) => c.caseNo) as [string, string];

  await openMeetings(page);
  await page.getByRole('button', { name: '新しい会議' }).click();
  const form = page.getByRole('form', { name: '新しい会議' });
  await form.getByLabel('題名').fill(TITLE);
  await form.getByLabel('日付', { exact: true }).fill('2025-12-10');
  await form.getByLabel('予定時間（分）').fill('90');
  await form.getByLabel('個別に選んだ登録番号').fill([closing, absent].join('、'));
  await form.getByRole('button', { name: '会議を作成' }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

  // An 8-day absence and nothing else reported.
  const reports = await makeReportsWorkbook([
    {
      caseNo: absent,
      reportDate: '2025-12-02',
      agency: 'みどり小学校',
      daysAbsent: 8,
      unexplained: '無',
      injury: '無',
      homeChange: '',
      safety: 7,
      note: '',
    },
  ]);
  const reportsSection = page.getByRole('region', { name: '関係機関からの報告' });
  await reportsSection.getByLabel('報告ファイルを選択').setInputFiles({
    name: '報告（架空）.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: reports,
  });
  await reportsSection.getByRole('button', { name: '報告を取り込む' }).click();
  await expect(reportsSection.getByText('報告の取り込みが完了しました。')).toBeVisible();

  // ケースの印: an unknown number is refused, then the closure proposal and a plan review date are recorded.
  const marks = page.getByRole('form', { name: 'ケースの印' });
  await marks.getByLabel('登録番号').fill('R9-9999');
  await marks.getByRole('checkbox', { name: '終結を提案する' }).check();
  await marks.getByRole('button', { name: '記録する' }).click();
  await expect(marks.getByRole('alert')).toContainText('R9-9999');
  await marks.getByLabel('登録番号').fill(closing);
  await marks.getByLabel('サポートプランの見直し日').fill('2025-12-01');
  await marks.getByRole('button', { name: '記録する' }).click();
  await expect(marks.getByRole('status')).toHaveText(
    `${closing}：終結の提案あり、サポートプランの見直し日 令和7年12月1日と記録しました。「議題を提案」で議題に反映されます。`,
  );
  await expect(marks.getByRole('alert')).toHaveCount(0);
  await marks.scrollIntoViewIfNeeded();
  await shot('ケースの印');

  // Default rules: the absence sends its case to 協議; the proposed closure too, with the plan review.
  await suggest(page);
  const deep = column(page, '協議');
  const quick = column(page, '確認');
  const closingReasons = card(deep, closing).getByRole('list', { name: '理由' });
  await expect(closingReasons).toContainText('終結の提案');
  await expect(closingReasons).toContainText('サポートプランの見直し時期');
  await expect(card(deep, absent).getByRole('list', { name: '理由' })).toContainText('7日以上の欠席');
  await column(page, '協議').scrollIntoViewIfNeeded();
  await shot('既定の規則で提案');

  // The municipality switches the absence rule off (and raises its threshold); a bad number is refused first.
  await page.getByRole('button', { name: '会議一覧へ戻る' }).click();
  await openSettings(page);
  const settings = settingsForm(page);
  await expect(settings.getByRole('checkbox', { name: '7日以上の欠席', exact: true })).toBeChecked();
  await expect(settings.getByLabel('欠席日数の基準（日）')).toHaveValue('7');
  await expect(settings.getByLabel('確認1件あたり（秒）')).toHaveValue('60');
  await expect(
    settings.getByRole('group', { name: '「重症度が高い」とする重症度' }).getByRole('checkbox', { name: '重度' }),
  ).toBeChecked();
  await settings.getByLabel('確認1件あたり（秒）').fill('5');
  await settings.getByRole('button', { name: '設定を保存' }).click();
  await expect(settings.getByRole('alert')).toHaveText('確認1件あたり（秒）は10〜600の整数で入力してください。');
  await settings.getByLabel('確認1件あたり（秒）').fill('90');
  await settings.getByRole('checkbox', { name: '7日以上の欠席', exact: true }).uncheck();
  await settings.getByLabel('欠席日数の基準（日）').fill('10');
  await settings.getByRole('button', { name: '設定を保存' }).click();
  await expect(settings.getByRole('status')).toHaveText('保存しました。');
  await expect(settings.getByRole('alert')).toHaveCount(0);
  await settings.getByRole('status').scrollIntoViewIfNeeded();
  await shot('振り分けの設定');

  // Suggested again: the absence is a plain report now (確認); the closure proposal is still 協議.
  await page.getByRole('table', { name: '会議一覧' }).getByRole('button', { name: TITLE }).click();
  await suggest(page);
  const absentReasons = card(quick, absent).getByRole('list', { name: '理由' });
  await expect(absentReasons).toContainText('関係機関からの報告');
  await expect(absentReasons).not.toContainText('7日以上の欠席');
  await expect(card(deep, absent)).toHaveCount(0);
  await expect(card(deep, closing).getByRole('list', { name: '理由' })).toContainText('終結の提案');
  // The time bar plans with the new seconds per 確認 case: 90 s + one 協議 case of 10 min.
  await expect(page.getByRole('meter', { name: '時間配分' })).toHaveAttribute('aria-valuenow', String(90 + 10 * 60));
  await page.getByRole('region', { name: '振り分け' }).scrollIntoViewIfNeeded();
  await shot('設定を変えて再提案');

  // The settings were stored, not just kept on screen.
  await page.getByRole('button', { name: '会議一覧へ戻る' }).click();
  await openSettings(page);
  await expect(settings.getByRole('checkbox', { name: '7日以上の欠席', exact: true })).not.toBeChecked();
  await expect(settings.getByRole('checkbox', { name: '外傷の報告', exact: true })).toBeChecked();
  await expect(settings.getByLabel('欠席日数の基準（日）')).toHaveValue('10');
  await expect(settings.getByLabel('確認1件あたり（秒）')).toHaveValue('90');
});
