// 依頼 → 回収 → 集約 → 聞き取り for one meeting, all through the screens at 1280×720: the secretariat writes a
// 説明してほしいこと, creates the request to the three agencies the ledger names, saves their workbooks; two agencies
// fill theirs in another program (exceljs, starting from the downloaded file: the school adds a column of its own)
// and the health centre re-sends a correction; the files come in through the meeting's report import. The merged
// sheet shows every answer and the school's own column, 回収状況 names the nursery that has not answered, the
// agenda puts the worried-about child in 協議, the worry stays flagged until its 聞き取り is 済, and the console
// shows the question when the case comes up.
import type { Download, Page } from '@playwright/test';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { expect, test } from './app';
import { downloadedBytes, fillRequestWorkbook, importSheet } from './assessment-steps';
import { card, column, openMeetings } from './meeting-steps';
import { viewportOf, ROOM_SIZES } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const TITLE = '実務者会議（依頼と回収）';
const SCHOOL = '架空市立第一小学校';
const NURSERY = '架空ひまわり保育園';
const HEALTH = '架空市保健センター';

const c = (caseNo: string, fields: Partial<LedgerCase>): LedgerCase => ({
  ...emptyCase(caseNo),
  classification: '要支援児童',
  riskLevel: '軽度',
  ...fields,
});

/** A day `days` from now, as typed in the form (2026/12/20). */
function dayFromNow(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}/${d.getMonth() + 1}/${d.getDate()}`;
}

async function save(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return download;
}

test.use({ viewport: viewportOf(ROOM_SIZES[0]) });

test('依頼 → 回収 → 集約 → 聞き取り for a meeting, through the screens', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  await callApi(page, 'agencies.save', { name: SCHOOL, kind: '学校' });
  await callApi(page, 'agencies.save', { name: NURSERY, kind: '保育所等' });
  await callApi(page, 'agencies.save', { name: HEALTH, kind: '保健' });
  await callApi(page, 'ledger.create', {
    case: c('A-1', { name: '架空　一郎', kana: 'かくう いちろう', affiliation: SCHOOL, agencies: [HEALTH] }),
  });
  await callApi(page, 'ledger.create', {
    case: c('A-2', { name: '架空　二葉', kana: 'かくう ふたば', affiliation: NURSERY }),
  });
  // The console begins with the cases (the default 次第 opens with 開会).
  await callApi(page, 'agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });

  await openMeetings(page);
  await page.getByRole('button', { name: '新しい会議' }).click();
  const form = page.getByRole('form', { name: '新しい会議' });
  await form.getByLabel('題名').fill(TITLE);
  await form.getByLabel('日付', { exact: true }).fill(dayFromNow(20));
  await form.getByRole('button', { name: '会議を作成' }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

  // 依頼: a question for the health centre, then the request to the three agencies the ledger names.
  const requests = page.getByRole('region', { name: '関係機関への依頼' });
  await requests.scrollIntoViewIfNeeded();
  await requests.getByLabel('機関', { exact: true }).selectOption(HEALTH);
  await requests.getByLabel('ケース', { exact: true }).selectOption('A-1');
  await requests.getByLabel('説明してほしいこと', { exact: true }).fill('母の通院と服薬の状況');
  await requests.getByRole('button', { name: '追加' }).click();
  await expect(requests.getByRole('list', { name: '説明してほしいことの一覧' })).toContainText('母の通院と服薬の状況');
  await expect(requests.getByText('3機関・3件を依頼します')).toBeVisible();
  await requests.getByRole('button', { name: '依頼を作成' }).click();
  await expect(requests.getByRole('status')).toContainText('を作成しました（3機関）');
  await shot('依頼を作成');

  const schoolFile = await downloadedBytes(await save(page, `${SCHOOL} のアセスメントシート（Excel）`));
  const healthFile = await downloadedBytes(await save(page, `${HEALTH} のアセスメントシート（Excel）`));
  await save(page, `${NURSERY} のアセスメントシート（Excel）`);

  const returns = page.getByRole('region', { name: '回収状況' });
  await expect(returns.getByText('未回答 3機関／依頼 3機関')).toBeVisible();

  // 回収: the school fills its sheet and adds a column of its own; the health centre answers, then corrects.
  const school = await fillRequestWorkbook(
    schoolFile,
    {
      'A-1': {
        家に帰りたがらない: 'はい',
        欠席日数: 2,
        安全スケール: 4,
        所見: '週明けに疲れた様子',
        記入者: '担任',
        学校の備考: '兄も在籍',
      },
    },
    ['学校の備考'],
  );
  await importSheet(
    page,
    '第一小_回答.xlsx',
    school,
    async (section) => {
      await expect(section.getByRole('list', { name: '注意' })).toContainText(
        '列「学校の備考」は回答と一緒に保存します',
      );
    },
    shot,
  );
  const health = (scale: number) =>
    fillRequestWorkbook(healthFile, { 'A-1': { 家に帰りたがらない: 'いいえ', 安全スケール: scale } });
  await importSheet(page, '保健センター_回答.xlsx', await health(7), async () => undefined, shot);
  await importSheet(
    page,
    '保健センター_回答_訂正.xlsx',
    await health(5),
    async (section) => {
      const answers = section.getByRole('table', { name: /取り込む回答/ });
      await expect(answers.getByRole('row', { name: /A-1/ })).toContainText('差し替え');
    },
    shot,
  );

  // Who has not answered.
  await expect(returns.getByText('未回答 1機関／依頼 3機関')).toBeVisible();
  await expect(returns.getByRole('row', { name: new RegExp(NURSERY) })).toContainText('未回答');
  await returns.scrollIntoViewIfNeeded();
  await shot('回収状況');

  // 集約: every answer, the school's own column, the corrected scale; the worry flagged.
  const sheets = page.getByRole('region', { name: 'ケースごとの集約' });
  await sheets.getByRole('button', { name: 'A-1 K.I.' }).click();
  const merged = sheets.getByRole('region', { name: 'A-1 K.I. の集約' });
  const grid = merged.getByRole('table');
  const itemRow = (label: string) =>
    grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
  await expect(itemRow('家に帰りたがらない')).toContainText('はい ⚑ 聞き取り未');
  await expect(itemRow('家に帰りたがらない')).toContainText('いいえ');
  await expect(itemRow('欠席日数')).toContainText('2');
  await expect(itemRow('安全スケール')).toContainText('4');
  await expect(itemRow('安全スケール')).toContainText('5');
  await expect(itemRow('安全スケール')).not.toContainText('7');
  await expect(itemRow('学校の備考')).toContainText('兄も在籍');
  await expect(itemRow('所見')).toContainText('週明けに疲れた様子');
  await expect(merged).toContainText(`${HEALTH}：母の通院と服薬の状況`);
  await merged.scrollIntoViewIfNeeded();
  await shot('集約');

  // The agenda: the worry (はい on a worry item) puts the case in 協議.
  await page.getByRole('button', { name: '議題を提案' }).click();
  const deep = card(column(page, '協議'), 'A-1');
  await expect(deep.getByRole('list', { name: '理由' })).toContainText('アセスメントの気がかり');
  await deep.scrollIntoViewIfNeeded();
  await shot('協議に気がかり');

  // 聞き取り: the worry stays flagged until it is 済.
  await sheets.getByRole('checkbox', { name: '氏名を隠す' }).uncheck();
  const named = sheets.getByRole('region', { name: /^A-1 架空\s*一郎 の集約$/ });
  const hearing = named.getByRole('group', { name: /家に帰りたがらない/ });
  await hearing.getByRole('radio', { name: '済' }).check();
  await hearing.getByLabel('誰が').fill('山本');
  await hearing.getByLabel('いつ').fill(dayFromNow(0));
  await hearing.getByLabel('聞き取った内容').fill('週末は祖母宅で過ごしていると確認');
  await expect(named.getByRole('table')).toContainText('はい ⚑ 聞き取り未');
  await hearing.getByRole('button', { name: '聞き取りを保存' }).click();
  await expect(hearing.getByRole('status')).toHaveText('保存しました');
  await expect(named.getByRole('table')).toContainText('はい ⚑ 聞き取り済');
  await shot('聞き取り済');

  // The console: the question shows when the case comes up.
  await page.getByRole('button', { name: '会議を進行' }).click();
  await page.getByRole('button', { name: '会議を開始' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /A-1/ })).toBeVisible();
  const facts = page.getByRole('region', { name: '説明してほしいこと・アセスメントの集約' });
  await expect(facts).toContainText(`${HEALTH}：母の通院と服薬の状況`);
  await facts.scrollIntoViewIfNeeded();
  await shot('進行画面の説明してほしいこと');
});
