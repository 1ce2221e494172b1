// The こども家庭センター's 合同ケース会議 from proposal to handed-over plan, through the screens as the 統括支援員 works:
// 母子保健 proposes a pregnant woman not in the ledger → she is on the list → the meeting (console) judges her
// 特定妊婦, splits the roles between the two functions with named staff, decides a サポートプラン by a day and a
// 措置 → 台帳への反映 shows the 措置 without 勧奨 and registers her (history) and makes the plan with its day →
// 見直し予定 lists it → the next meeting's suggestion has PLAN_REVIEW_DUE → the plan, filled and handed over,
// is the family's Word copy with the consent line and nothing internal.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { formatDate } from '../../shared/ledger/dates';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { addMonthsIso } from '../../shared/meeting/draft';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { DEFAULT_TIME_ZONE, dayInZone } from '../../shared/time/zone';
import { expect, test } from './app';
import { openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const GROUNDS = '妊婦健診の未受診が続き、相談できる人がいない（架空）';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '画面の切り替え' }).getByRole('button', { name, exact: true }).click();

test.describe('1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('合同ケース会議: proposal → list → 判定 and roles → write-back → plan due → handed-over copy', async ({
    app,
  }) => {
    const { page, shot } = app;
    await setUpPassphrase(page);
    const today = dayInZone(new Date(), DEFAULT_TIME_ZONE);
    // This centre's 合同ケース会議 is its cases only: the console opens on the first case.
    await callApi(page, 'agenda.saveProgramTemplate', {
      kind: '合同ケース会議',
      template: [{ block: 'quick' }, { block: 'deep' }],
    });

    // 母子保健 proposes her; the 統括支援員 puts her on the list (the ledger gets her as センター支援).
    await nav(page, '合同ケース会議');
    await page.getByRole('button', { name: '新しい提案' }).click();
    const proposal = page.getByRole('region', { name: '新しい提案' });
    await proposal.getByLabel('提案者').fill('保健師A');
    await proposal.getByLabel('機能').selectOption('母子保健');
    await proposal.getByLabel('理由', { exact: true }).selectOption('特定妊婦の可能性');
    await proposal.getByLabel('理由の詳細').fill('妊婦健診の未受診が続いている');
    await proposal.getByLabel('子ども（または妊婦）の氏名').fill('架空　花子');
    await proposal.getByLabel('ふりがな').fill('かくう はなこ');
    await proposal.getByLabel('出産予定日').fill('2027/3/1');
    await proposal.getByRole('button', { name: '提案を登録' }).click();
    await page
      .getByRole('table', { name: '提案中' })
      .getByRole('row')
      .filter({ hasText: '架空　花子' })
      .getByRole('button', { name: '名簿に追加' })
      .click();
    const accept = page.getByRole('dialog', { name: '名簿に追加しますか' });
    const caseNo = await accept.getByLabel('登録番号').inputValue();
    await accept.getByRole('button', { name: '名簿に追加' }).click();
    await expect(page.getByRole('table', { name: '名簿' }).getByRole('row').filter({ hasText: caseNo })).toContainText(
      'センター支援',
    );

    // The 合同ケース会議 today: its agenda is the list.
    await openMeetings(page);
    await page.getByRole('button', { name: '新しい会議' }).click();
    const meetingForm = page.getByRole('form', { name: '新しい会議' });
    await meetingForm.getByLabel('種類').selectOption('合同ケース会議');
    await meetingForm.getByLabel('題名').fill('第8回合同ケース会議');
    await meetingForm.getByLabel('日付', { exact: true }).fill(today);
    await meetingForm.getByRole('button', { name: '会議を作成' }).click();
    await page.getByRole('button', { name: '議題を提案' }).click();
    await expect(page.getByRole('region', { name: '振り分け' })).toBeVisible();

    // The console: her decision, with the two functions' roles and the plan.
    await page.getByRole('button', { name: '会議を進行' }).click();
    await page.getByRole('button', { name: '会議を開始' }).click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(caseNo) })).toBeVisible();
    const form = page.getByRole('region', { name: '決定（協議）' });
    await form.getByLabel('判定', { exact: true }).selectOption('特定妊婦');
    await expect(form.getByText('要対協に登録します')).toBeVisible();
    await form.getByLabel('判定の根拠').fill(GROUNDS);
    await form.getByLabel('主担当機能').selectOption('母子保健');
    await form.getByLabel('支援方針').fill('母子保健が妊婦訪問を続け、出産後は児童福祉と同行訪問する');
    await form.getByRole('button', { name: '役割を追加' }).click();
    await form.getByRole('button', { name: '役割を追加' }).click();
    await form.getByLabel('役割分担1の機関').fill('母子保健');
    await form.getByLabel('役割分担1の担当者').fill('保健師A');
    await form.getByLabel('役割分担1の役割').fill('2週に1回の妊婦訪問');
    await form.getByLabel('役割分担2の機関').fill('児童福祉');
    await form.getByLabel('役割分担2の担当者').fill('支援員B');
    await form.getByLabel('役割分担2の役割').fill('出産準備の確認と家庭状況の把握');
    await form.getByLabel('養育支援訪問').selectOption('措置');
    await form.getByLabel('サポートプラン', { exact: true }).selectOption('作成');
    await form.getByLabel('サポートプランの担当').fill('保健師A');
    await form.getByLabel('サポートプランの期限').fill(today);
    await form.getByLabel('判定', { exact: true }).scrollIntoViewIfNeeded();
    await shot('01 the decision of a 合同ケース会議');
    await form.getByRole('button', { name: '決定を記録' }).click();
    await expect(form.getByRole('status')).toContainText('記録済み');
    await page.getByRole('button', { name: '会議を終了' }).click();
    await page
      .getByRole('dialog', { name: '会議を終了しますか' })
      .getByRole('button', { name: '終了して記録する' })
      .click();
    await page.getByRole('button', { name: '会議の画面へ戻る' }).click();

    // 台帳への反映: she is registered (種別, 登録区分, 登録日), the plan and the 措置 are listed, the 措置 warns.
    const panel = page.getByRole('region', { name: '台帳への反映' });
    await panel.scrollIntoViewIfNeeded();
    const changes = panel.getByRole('table', { name: new RegExp(`${caseNo} .* の変更`) });
    await expect(changes.getByRole('row', { name: /登録区分/ })).toContainText('センター支援');
    await expect(changes.getByRole('row', { name: /登録区分/ })).toContainText('要対協登録');
    await expect(changes.getByRole('row', { name: /^種別/ })).toContainText('特定妊婦');
    const actions = panel.getByRole('list', { name: new RegExp(`${caseNo} .* の台帳以外への反映`) });
    await expect(actions).toContainText(`サポートプランを作成（担当 保健師A、期限 ${formatDate(today, 'wareki')}）`);
    await expect(actions).toContainText('養育支援訪問の措置を記録（利用勧奨の記録がありません');
    await shot('02 the write-back preview');
    await panel.getByRole('button', { name: /台帳に反映する/ }).click();
    await expect(panel.getByRole('status').filter({ hasText: '項目を台帳に反映しました' })).toBeVisible();

    const detail = await callApi<{ case: LedgerCase; history: { field: string; detail: string | null }[] }>(
      page,
      'ledger.get',
      { caseNo },
    );
    expect(detail.case).toMatchObject({
      registration: '要対協登録',
      classification: '特定妊婦',
      registeredDate: today,
    });
    expect(detail.history.find((h) => h.field === 'registration')?.detail).toContain('第8回合同ケース会議');

    // The 統括支援員's list of plans due has her plan, with the day the meeting decided.
    await nav(page, 'サポートプラン');
    const reviews = page.getByRole('region', { name: '見直し予定' });
    const row = reviews.getByRole('row').filter({ hasText: '架空　花子' });
    await expect(row).toContainText(formatDate(today, 'wareki'));
    await expect(reviews.getByRole('heading', { name: /保健師A\s+母子保健/ })).toBeVisible();
    await shot('03 the plan is due');

    // The next 合同ケース会議, a month on: PLAN_REVIEW_DUE puts her on it.
    const next = await callApi<{ id: number }>(page, 'meetings.create', {
      meeting: {
        kind: '合同ケース会議',
        subcommittee: null,
        title: '第9回合同ケース会議',
        date: addMonthsIso(today, 1),
        startTime: '10:00',
        place: '相談室',
        plannedMinutes: 60,
        facilitator: null,
        invitedAgencies: [],
        invitedPeople: [],
        status: '準備中',
        scope: EMPTY_SCOPE,
      },
    });
    const agenda = await callApi<{ items: { caseNo: string; reasons: string[] }[] }>(page, 'agenda.suggest', {
      meetingId: next.id,
    });
    expect(agenda.items.find((i) => i.caseNo === caseNo)?.reasons).toContain('PLAN_REVIEW_DUE');

    // The plan written with her and handed over: the family's copy has the consent line and nothing internal.
    await row.getByRole('button', { name: '架空　花子のプランを開く' }).click();
    await page.getByLabel('保護者の気になること・希望すること').fill('安心して出産したい。');
    await page.getByLabel('一緒に解決を目指していくこと').fill('出産までの準備をいっしょに整える');
    // The 措置 the meeting decided is the plan's first support row, from the case's 家庭支援事業 records.
    await page.getByRole('button', { name: '家庭支援事業から追加' }).click();
    await expect(page.getByLabel('サービス・支援 1')).toHaveValue('養育支援訪問');
    await page.getByLabel('だれが 1').fill('こども家庭センター');
    await page.getByRole('button', { name: '手交済みにする' }).click();
    await page
      .getByRole('dialog', { name: '手交済みにしますか' })
      .getByRole('button', { name: '手交済みにする' })
      .click();
    await expect(page.getByRole('heading', { name: /第1版（手交日 .*・変更できません）/ })).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Word で書き出す（第1版）' }).click();
    const path = await (await downloading).path();
    const xml = await (await JSZip.loadAsync(await readFile(path!))).file('word/document.xml')!.async('string');
    expect(xml).toContain('このプランの内容について説明を受け、同意しました。');
    expect(xml).toContain('安心して出産したい。');
    for (const internal of [caseNo, '特定妊婦', GROUNDS, '支援員B', '母子保健が妊婦訪問を続け'])
      expect(xml).not.toContain(internal);
    await shot('04 handed over');
  });
});

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`the 合同ケース会議's decision form fits at ${size.name}`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      await callApi(page, 'agenda.saveProgramTemplate', {
        kind: '合同ケース会議',
        template: [{ block: 'quick' }, { block: 'deep' }],
      });
      await callApi(page, 'ledger.create', {
        case: { ...emptyCase('JM-1'), name: '架空　一郎', kana: 'かくう いちろう', registration: 'センター支援' },
      });
      await callApi(page, 'joint.add', { caseNo: 'JM-1', on: '2026-11-01', reason: '児童福祉から（架空）' });
      await openMeetings(page);
      await page.getByRole('button', { name: '新しい会議' }).click();
      const meetingForm = page.getByRole('form', { name: '新しい会議' });
      await meetingForm.getByLabel('種類').selectOption('合同ケース会議');
      await meetingForm.getByLabel('題名').fill('臨時の合同ケース会議');
      await meetingForm.getByLabel('日付', { exact: true }).fill('2026-12-10');
      await meetingForm.getByRole('button', { name: '会議を作成' }).click();
      await page.getByRole('button', { name: '議題を提案' }).click();
      const board = page.getByRole('region', { name: '振り分け' });
      await expect(board).toBeVisible();
      // The list's reason is 確認; the facilitator discusses this one.
      await callApi(page, 'agenda.move', { meetingId: 1, caseNo: 'JM-1', group: 'deep', index: 0, reason: '協議する' });
      // The board follows the move after opening the meeting again (from ホーム, where a reload lands).
      await page.reload();
      await page.getByText('臨時の合同ケース会議').click();
      await page.getByRole('button', { name: '会議を進行' }).click();
      await page.getByRole('button', { name: '会議を開始' }).click();
      const form = page.getByRole('region', { name: '決定（協議）' });
      await form.getByLabel('判定', { exact: true }).selectOption('要支援児童');
      await form.getByRole('button', { name: '役割を追加' }).click();
      await form.getByLabel('役割分担1の機関').fill('両機能');
      await form.getByLabel('役割分担1の担当者').fill('保健師A');
      await form.getByLabel('役割分担1の役割').fill('月1回の同行訪問');
      const staff = form.getByLabel('役割分担1の担当者');
      await staff.scrollIntoViewIfNeeded();
      await expect(staff).toBeInViewport();
      await expect(form.getByLabel('役割分担1の期限')).toBeInViewport();
      const overflow = await form.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot('roles with staff');
      await form.getByRole('button', { name: '決定を記録' }).click();
      await expect(form.getByRole('status')).toContainText('記録済み');
    });
  });
}
