// Issue 16, 家庭支援事業: in the ledger's case panel a 利用勧奨 is recorded, then a 措置 on the same service; a
// 措置 on another service with no 利用勧奨 shows the warning and is refused until its reason is typed. Run at
// the three room sizes, with screenshots of each step.
import { test, expect } from './app';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, countText, openLedgerView, setUpPassphrase } from './steps';

const CASE_NO = 'R8-0700';
const WARNING = '利用勧奨の記録がありません。措置の理由を入力してください。';

for (const size of ROOM_SIZES) {
  test(`家庭支援事業 at ${size.name}: a 勧奨 then a 措置; a 措置 without 勧奨 needs its reason`, async ({ app }) => {
    const { page, shot } = app;
    await page.setViewportSize(viewportOf(size));
    await setUpPassphrase(page);
    await callApi(page, 'ledger.create', {
      case: {
        caseNo: CASE_NO,
        classification: '要支援児童',
        name: '架空　花子',
        kana: 'かくう はなこ',
        birthDate: '2019-05-05',
        dueDate: null,
        sex: 'female',
        guardianName: null,
        guardianRelation: null,
        district: '東町',
        affiliation: null,
        abuseTypes: [],
        riskLevel: '軽度',
        leadAgency: 'こども家庭センター',
        agencies: [],
        receivedDate: null,
        registeredDate: '2026-04-01',
        policy: '見守り',
        nextReview: null,
        status: 'active',
        closedDate: null,
        closedReason: null,
        extra: {},
      },
    });
    await page.reload();
    await openLedgerView(page);
    await expect(page.getByText(countText(1, 1))).toBeVisible();
    await page.getByRole('grid', { name: 'ケース一覧' }).getByRole('row').filter({ hasText: CASE_NO }).click();
    const panel = page.getByRole('complementary', { name: `ケース詳細 ${CASE_NO}` });
    const section = panel.getByRole('region', { name: '家庭支援事業' });
    await expect(section.getByText('記録はまだありません。')).toBeVisible();

    // 利用勧奨 (文書) of 養育支援訪問, with the family's answer and the provider.
    await section
      .getByRole('group', { name: '事業を選んで記録' })
      .getByRole('button', { name: '利用勧奨を記録' })
      .click();
    const recommend = section.getByRole('form', { name: '利用勧奨を記録' });
    await recommend.getByLabel('事業', { exact: true }).selectOption('養育支援訪問');
    await recommend.getByLabel('提供事業者').fill('架空訪問ステーション');
    await recommend.getByLabel('日付').fill('2026/4/10');
    await recommend.getByRole('radio', { name: '文書' }).check();
    await recommend.getByLabel('家庭の回答').selectOption('利用しない');
    await recommend.scrollIntoViewIfNeeded();
    await shot('利用勧奨の入力');
    await recommend.getByRole('button', { name: '記録する' }).click();
    await expect(recommend).toBeHidden();
    const visit = section.getByRole('listitem', { name: '養育支援訪問' });
    await expect(visit.getByText('勧奨中', { exact: true })).toBeVisible();
    await expect(visit.getByText('提供事業者：架空訪問ステーション')).toBeVisible();
    await expect(visit.getByRole('list', { name: '養育支援訪問の経過' })).toContainText(
      '利用勧奨（文書）、回答：利用しない',
    );

    // A 措置 on the same service: no warning, recorded with its notice.
    await visit.getByRole('button', { name: '措置を記録' }).click();
    const measure = visit.getByRole('form', { name: '措置を記録' });
    await measure.getByLabel('措置の日').fill('2026/4/20');
    await measure.getByLabel('通知番号').fill('子家第12号');
    await expect(measure.getByText(WARNING)).toHaveCount(0);
    await measure.getByRole('button', { name: '記録する' }).click();
    await expect(measure).toBeHidden();
    await expect(visit.getByText('措置中', { exact: true })).toBeVisible();
    await expect(visit.getByRole('list', { name: '養育支援訪問の経過' }).getByRole('listitem')).toHaveCount(2);
    await expect(visit.getByRole('button', { name: '申請利用へ移行' })).toBeVisible();
    await visit.scrollIntoViewIfNeeded();
    await shot('勧奨のあとの措置');

    // A 措置 on 子育て短期支援, which has no 勧奨: the warning at once, and refused until the reason is typed.
    await section.getByRole('group', { name: '事業を選んで記録' }).getByRole('button', { name: '措置を記録' }).click();
    const bare = section.getByRole('form', { name: '措置を記録' });
    await bare.getByLabel('事業', { exact: true }).selectOption('子育て短期支援');
    await bare.getByLabel('措置の日').fill('2026/5/1');
    await expect(bare.getByRole('status')).toHaveText(WARNING);
    // The warning reads the chosen service's record: 養育支援訪問 has its 勧奨.
    await bare.getByLabel('事業', { exact: true }).selectOption('養育支援訪問');
    await expect(bare.getByText(WARNING)).toHaveCount(0);
    await bare.getByLabel('事業', { exact: true }).selectOption('子育て短期支援');
    await bare.getByRole('button', { name: '記録する' }).click();
    // Refused: the warning turns into the refusal, said once, and the reason field is marked.
    await expect(bare.getByRole('alert')).toHaveText(WARNING);
    await expect(bare.getByText(WARNING)).toHaveCount(1);
    await expect(bare.getByLabel('措置の理由（利用勧奨なし）')).toHaveAttribute('aria-invalid', 'true');
    await bare.scrollIntoViewIfNeeded();
    await shot('勧奨なしの措置は理由が必要');
    await expect(section.getByRole('listitem', { name: '子育て短期支援' })).toHaveCount(0);
    const stored = await callApi<{ records: unknown[] }>(page, 'services.list', { caseNo: CASE_NO });
    expect(stored.records).toHaveLength(1);

    await bare.getByLabel('措置の理由（利用勧奨なし）').fill('保護者の入院で養育者が不在のため');
    await bare.getByRole('button', { name: '記録する' }).click();
    await expect(bare).toBeHidden();
    const shortStay = section.getByRole('listitem', { name: '子育て短期支援' });
    await expect(shortStay.getByText('措置中', { exact: true })).toBeVisible();
    await expect(shortStay).toContainText('勧奨なしの理由：保護者の入院で養育者が不在のため');
    await shortStay.scrollIntoViewIfNeeded();
    await shot('理由を入れた措置');

    // The latest step typed by hand can be taken back; the record goes with its only step.
    await shortStay.getByRole('button', { name: '取り消す' }).click();
    const confirm = page.getByRole('dialog', { name: '記録を取り消す' });
    await expect(confirm).toContainText('令和8年5月1日');
    await confirm.getByRole('button', { name: '取り消す' }).click();
    await expect(section.getByRole('listitem', { name: '子育て短期支援' })).toHaveCount(0);
    // Only the latest step offers it.
    await expect(visit.getByRole('button', { name: '取り消す' })).toHaveCount(1);

    // The provider changes, and the 措置 moves back to the family's own application.
    await visit.getByRole('button', { name: '養育支援訪問の提供事業者を変更' }).click();
    const providerForm = visit.getByRole('form', { name: '養育支援訪問の提供事業者' });
    await providerForm.getByLabel('提供事業者').fill('架空子育て支援センター');
    await providerForm.getByRole('button', { name: '保存' }).click();
    await expect(visit.getByText('提供事業者：架空子育て支援センター')).toBeVisible();
    await visit.getByRole('button', { name: '申請利用へ移行' }).click();
    const back = visit.getByRole('form', { name: '申請利用へ移行を記録' });
    // A day before the record's latest step is refused in the form, the day in the user's style.
    await back.getByLabel('日付').fill('2026/4/1');
    await back.getByRole('button', { name: '記録する' }).click();
    await expect(back.getByRole('alert')).toHaveText(
      '日付が前の記録（令和8年4月20日の措置）より前です。日付を確認してください。',
    );
    await back.getByLabel('日付').fill('2026/9/1');
    await back.getByRole('button', { name: '記録する' }).click();
    await expect(visit.getByText('利用中（申請）', { exact: true })).toBeVisible();
    await expect(visit.getByRole('button', { name: '申請利用へ移行' })).toHaveCount(0);
    await section.getByText(/家庭支援事業の履歴/).click();
    await expect(section.getByRole('group').filter({ hasText: '家庭支援事業の履歴' })).toContainText('申請利用へ移行');
    await visit.scrollIntoViewIfNeeded();
    await shot('申請利用へ移行');

    // 年度実績 (令和8年度): the records' counts per service, this year beside the previous one.
    await page.getByRole('navigation', { name: '画面の切り替え' }).getByRole('button', { name: '年度実績' }).click();
    await page.getByLabel('年度', { exact: true }).selectOption('2026');
    const table = page.locator('table[data-table="familyServiceRecords"]');
    const visitRow = table.locator('tr').filter({ has: page.getByRole('rowheader', { name: '養育支援訪問' }) });
    // 口頭 (this, previous), 文書 (this, previous), 措置 (this, previous), 申請利用へ移行 (this, previous).
    await expect(visitRow.locator('td')).toHaveText(['0', '0', '1', '0', '1', '0', '1', '0']);
    const shortRow = table.locator('tr').filter({ has: page.getByRole('rowheader', { name: '子育て短期支援' }) });
    // The 子育て短期支援 措置 was taken back: no row counts it.
    await expect(shortRow.locator('td')).toHaveText(['0', '0', '0', '0', '0', '0', '0', '0']);
    await expect(visitRow.locator('td').nth(6)).toHaveText('1');
    await table.scrollIntoViewIfNeeded();
    await shot('年度実績の家庭支援事業の記録');
  });
}
