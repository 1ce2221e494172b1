// Issue #15, "Agenda items that are not cases": the 次第 around the case blocks. A 実務者会議 gets a 60-minute
// 研修 added by its form, moved by mouse and by keyboard, and the time bar counts it; a 代表者会議 keeps only
// 報告 and 協議事項 (the others removed through the confirmation). At the three room sizes.
import type { Locator, Page } from '@playwright/test';
import { emptyCase } from '../../shared/ledger/case';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { test, expect } from './app';
import { dragWithMouse, openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const PRACTITIONERS = '第5回 実務者会議（次第）';
const REPRESENTATIVES = '令和8年度 代表者会議';

async function meeting(page: Page, kind: string, title: string, caseNos: string[]): Promise<number> {
  const created = await callApi<{ id: number }>(page, 'meetings.create', {
    meeting: {
      kind,
      subcommittee: null,
      title,
      date: '2026-12-10',
      startTime: '13:30',
      place: null,
      plannedMinutes: 120,
      facilitator: null,
      invitedAgencies: [],
      invitedPeople: [],
      status: '準備中',
      scope: { ...EMPTY_SCOPE, caseNos },
    },
  });
  return created.id;
}

const program = (page: Page) => page.getByRole('region', { name: '次第' });
const rows = (page: Page) => program(page).getByRole('list').first().getByRole('article');
/** The rows as "start title" (their accessible names). */
const order = (page: Page) => rows(page).evaluateAll((r) => r.map((a) => a.getAttribute('aria-label')));
const row = (page: Page, title: string): Locator =>
  program(page).getByRole('article', { name: new RegExp(`^\\d\\d:\\d\\d ${title}$`) });

async function openMeeting(page: Page, title: string): Promise<void> {
  await openMeetings(page);
  await page.getByRole('button', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`prepare a 実務者会議 with a 60-minute 研修 at ${size.name}`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      for (const caseNo of ['AP-1', 'AP-2'])
        await callApi(page, 'ledger.create', {
          case: { ...emptyCase(caseNo), name: `架空　${caseNo}`, riskLevel: '軽度', registeredDate: '2024-04-01' },
        });
      const id = await meeting(page, '実務者会議', PRACTITIONERS, ['AP-1', 'AP-2']);
      await callApi(page, 'agenda.suggest', { meetingId: id, allActive: true });
      await openMeeting(page, PRACTITIONERS);

      // The template: 開会 → 振り返り → 新規ケース → 確認 → 協議 → 実務研修 (30) → 連絡事項 → 閉会, from 13:30.
      await expect
        .poll(() => order(page))
        .toEqual([
          '13:30 開会',
          '13:32 前回の振り返り',
          '13:37 新規ケース',
          '13:47 進行管理（確認）',
          '13:49 進行管理（協議）',
          '13:49 実務研修',
          '14:19 連絡事項',
          '14:24 閉会',
        ]);

      // The 30-minute template 研修 becomes the town's hour of role play: edited in place.
      await row(page, '実務研修').getByRole('button', { name: '実務研修 を編集' }).click();
      const edit = program(page).getByRole('form', { name: '次第の項目を保存' });
      await edit.getByLabel('題目').fill('実務研修（ロールプレイ）');
      await edit.getByLabel('発表者（担当者・機関）').fill('児童相談所');
      await edit.getByLabel('予定（分）').fill('60');
      await edit.getByRole('button', { name: '次第の項目を保存' }).click();
      await expect(row(page, '実務研修（ロールプレイ）')).toContainText('60分');
      await expect(row(page, '実務研修（ロールプレイ）')).toContainText('児童相談所');

      // A 休憩 added by the form goes at the end; moved by mouse onto the 協議 block's place.
      await program(page).getByText('次第に項目を追加').click();
      const add = program(page).getByRole('form', { name: '次第に追加' });
      await add.getByLabel('種類').selectOption('休憩');
      await add.getByLabel('予定（分）').fill('10');
      await add.getByRole('button', { name: '次第に追加' }).click();
      await expect(row(page, '休憩')).toBeVisible();
      await dragWithMouse(
        page,
        row(page, '休憩').getByRole('button', { name: '休憩 を移動' }),
        row(page, '進行管理（協議）'),
      );
      await expect.poll(() => order(page)).toContain('13:49 休憩');
      const afterDrag = await order(page);
      expect(afterDrag.indexOf('13:49 休憩')).toBe(4);

      // By keyboard: the 研修 one place up with Ctrl+↑ (before the break), the focus stays on it.
      await row(page, '実務研修（ロールプレイ）').focus();
      await page.keyboard.press('Control+ArrowUp');
      await expect.poll(() => order(page)).toContain('13:59 実務研修（ロールプレイ）');
      await expect(row(page, '実務研修（ロールプレイ）')).toBeFocused();
      await page.keyboard.press('Control+ArrowUp');
      await expect.poll(() => order(page)).toContain('13:49 実務研修（ロールプレイ）');
      expect(await order(page)).toEqual([
        '13:30 開会',
        '13:32 前回の振り返り',
        '13:37 新規ケース',
        '13:47 進行管理（確認）',
        '13:49 実務研修（ロールプレイ）',
        '14:49 休憩',
        '14:59 進行管理（協議）',
        '14:59 連絡事項',
        '15:04 閉会',
      ]);
      // The time bar counts the non-case items: 2 確認 minutes + 2+5+10+60+10+5+2 = 96 minutes.
      await expect(page.getByRole('meter')).toHaveAttribute(
        'aria-valuetext',
        /割り当て 96分.*ケース以外 94分.*予定 120分/,
      );
      await expect(program(page)).toContainText('合計 96分 / 予定 120分');
      await row(page, '実務研修（ロールプレイ）').scrollIntoViewIfNeeded();
      await shot('次第と時間配分');

      // A plan past the end: the items that do not fit are marked.
      await row(page, '休憩').getByRole('button', { name: '休憩 を編集' }).click();
      await program(page).getByRole('form', { name: '次第の項目を保存' }).getByLabel('予定（分）').fill('40');
      await program(page).getByRole('button', { name: '次第の項目を保存' }).click();
      await expect(row(page, '閉会')).toContainText('予定時間に入りません');
      await expect(row(page, '開会')).not.toContainText('予定時間に入りません');
      await expect(program(page)).toContainText('合計 126分 / 予定 120分（6分 超過）');
      await shot('予定時間を超えた次第');
    });

    test(`prepare a 代表者会議 with only 報告 and 協議事項 at ${size.name}`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      await meeting(page, '代表者会議', REPRESENTATIVES, []);
      await openMeeting(page, REPRESENTATIVES);
      // No case blocks in the template: they stand empty at the end, where cases added anyway would go.
      await expect
        .poll(() => order(page))
        .toEqual([
          '13:30 開会',
          '13:32 前年度実績',
          '13:47 協議事項',
          '14:17 連絡事項',
          '14:22 閉会',
          '14:24 進行管理（確認）',
          '14:24 進行管理（協議）',
        ]);
      for (const title of ['開会', '連絡事項', '閉会']) {
        await row(page, title)
          .getByRole('button', { name: `${title} を削除` })
          .click();
        const confirm = page.getByRole('dialog', { name: '次第から削除' });
        await expect(confirm).toContainText(`「${title}」を次第から削除します。`);
        if (title === '開会') await shot('削除の確認');
        await confirm.getByRole('button', { name: '削除' }).click();
        await expect(row(page, title)).toHaveCount(0);
      }
      await program(page).getByText('次第に項目を追加').click();
      const add = program(page).getByRole('form', { name: '次第に追加' });
      await add.getByLabel('題目').fill('死亡事例等の検証報告');
      await add.getByLabel('発表者（担当者・機関）').fill('児童相談所');
      await add.getByLabel('予定（分）').fill('20');
      await add.getByRole('button', { name: '次第に追加' }).click();
      // Added at the end, after the (empty) case blocks. Keyboard: from the first row, End to the new item,
      // then Ctrl+↑ three times to second place.
      await row(page, '前年度実績').focus();
      await page.keyboard.press('End');
      await expect(row(page, '死亡事例等の検証報告')).toBeFocused();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Control+ArrowUp');
      await expect
        .poll(() => order(page))
        .toEqual([
          '13:30 前年度実績',
          '13:45 死亡事例等の検証報告',
          '14:05 協議事項',
          '14:35 進行管理（確認）',
          '14:35 進行管理（協議）',
        ]);
      await expect(row(page, '死亡事例等の検証報告')).toBeFocused();
      await shot('代表者会議の次第');
    });
    test(`edit the 代表者会議 template in the settings at ${size.name}`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      await openMeetings(page);
      const panel = page.getByRole('region', { name: '次第のひな形' });
      await panel.getByRole('button', { name: '次第のひな形' }).click();
      await panel.getByLabel('会議の種類').selectOption('代表者会議');
      const list = panel.getByRole('list', { name: '代表者会議のひな形' });
      await expect(list.getByRole('listitem')).toHaveCount(5);
      await panel.getByRole('button', { name: '連絡事項 を外す' }).click();
      await panel.getByRole('button', { name: '協議事項 を上へ' }).click();
      await panel.getByText('ひな形に項目を加える').click();
      const add = panel.getByRole('form', { name: 'ひな形に加える' });
      await add.getByLabel('題目').fill('死亡事例等の検証報告');
      await add.getByLabel('予定（分）').fill('20');
      await add.getByRole('button', { name: 'ひな形に加える' }).click();
      await expect(list.getByRole('listitem')).toHaveText([
        /開会/,
        /協議事項/,
        /前年度実績/,
        /閉会/,
        /死亡事例等の検証報告（20分）/,
      ]);
      await panel.getByRole('button', { name: 'ひな形を保存' }).click();
      await expect(panel.getByRole('status')).toHaveText('保存しました。');
      await list.scrollIntoViewIfNeeded();
      await shot('次第のひな形');
      // A meeting made now starts from it; the 実務者会議 template is untouched.
      await meeting(page, '代表者会議', REPRESENTATIVES, []);
      await openMeeting(page, REPRESENTATIVES);
      await expect
        .poll(() => order(page))
        .toEqual([
          '13:30 開会',
          '13:32 協議事項',
          '14:02 前年度実績',
          '14:17 閉会',
          '14:19 死亡事例等の検証報告',
          '14:39 進行管理（確認）',
          '14:39 進行管理（協議）',
        ]);
    });
  });
}
