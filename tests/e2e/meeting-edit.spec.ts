// 「会議の情報を編集」: a meeting with an agenda is edited (題名, 日付, 場所, 招集機関) from its screen; the new values
// are on the screen, in the meeting list and in the console header, and the agenda is the same. Esc cancels
// and gives the focus back; a change from another window is said and reloaded, never overwritten; a running
// meeting keeps its date; an ended one offers no edit. At the room's three sizes.
import type { Page } from '@playwright/test';
import { emptyCase } from '../../shared/ledger/case';
import { formatDate } from '../../shared/ledger/dates';
import type { AgendaItem } from '../../shared/meeting/types';
import { test, expect } from './app';
import { card, column, meetingWithAgenda } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const CASES = [
  { caseNo: 'ME-1', name: '架空あおい', riskLevel: '重度' },
  { caseNo: 'ME-2', name: '架空そら', riskLevel: '軽度' },
  { caseNo: 'ME-3', name: '架空ひなた', riskLevel: '中度' },
];
const TITLE = '第5回実務者会議';
const NEW_TITLE = '第5回実務者会議（日程変更）';
const NEW_DATE = '2026-12-08';

async function agendaItems(page: Page, meetingId: number): Promise<AgendaItem[]> {
  return (await callApi<{ items: AgendaItem[] }>(page, 'agenda.get', { meetingId })).items;
}

async function meetingIdOf(page: Page, title: string): Promise<number> {
  const { meetings } = await callApi<{ meetings: { id: number; title: string }[] }>(page, 'meetings.list', {});
  return meetings.find((m) => m.title === title)!.id;
}

for (const size of ROOM_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: viewportOf(size) });

    test('a meeting is edited after creation and keeps its agenda', async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
      await callApi(page, 'agenda.saveProgramTemplate', {
        kind: '実務者会議',
        template: [{ block: 'quick' }, { block: 'deep' }],
      });
      for (const c of CASES)
        await callApi(page, 'ledger.create', {
          case: { ...emptyCase(c.caseNo), name: c.name, kana: 'かくう', riskLevel: c.riskLevel },
        });
      await meetingWithAgenda(page, { title: TITLE, date: '2026-12-01', caseNos: CASES.map((c) => c.caseNo) });
      const meetingId = await meetingIdOf(page, TITLE);
      // A hand move (an override) and its place in the order are part of what must survive the edit.
      await callApi(page, 'agenda.move', { meetingId, caseNo: 'ME-2', group: 'deep', index: 0, reason: '要協議' });
      await expect(card(column(page, '協議'), 'ME-2')).toBeVisible();
      const before = await agendaItems(page, meetingId);
      expect(before).toHaveLength(3);

      // Esc cancels, nothing changes, and the keyboard is back on the button.
      const edit = page.getByRole('button', { name: '会議の情報を編集' });
      await edit.click();
      const dialog = page.getByRole('dialog', { name: '会議の情報を編集' });
      const form = dialog.getByRole('form', { name: '会議の情報を編集' });
      await expect(form.getByLabel('題名')).toHaveValue(TITLE);
      await expect(form.getByLabel('場所')).toHaveValue('');
      await expect(form.getByLabel('個別に選んだ登録番号')).toHaveValue('ME-1、ME-2、ME-3');
      await expect(form.getByRole('combobox', { name: '状態' })).toHaveCount(0);
      await form.getByLabel('題名').fill('キャンセルする題名');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(edit).toBeFocused();
      await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

      // The form checks as at creation, in Japanese.
      await edit.press('Enter');
      await expect(form.getByLabel('題名')).toHaveValue(TITLE);
      await form.getByLabel('日付', { exact: true }).fill('2026-02-30');
      await form.getByRole('button', { name: '保存', exact: true }).click();
      await expect(form.getByRole('alert')).toHaveText('日付と開始時刻を正しく入力してください。');

      await form.getByLabel('題名').fill(NEW_TITLE);
      await form.getByLabel('日付', { exact: true }).fill(NEW_DATE);
      await expect(form.getByRole('alert')).toHaveCount(0);
      await form.getByLabel('場所').fill('第2会議室');
      await form.getByRole('checkbox', { name: '児童相談所' }).check();
      await form.getByRole('checkbox', { name: '教育委員会' }).check();
      // A moved date leaves the agenda's 基準日 and review dates until the suggestion is redone: said before saving.
      await expect(form.getByText('提案を作り直すまで元のままです')).toBeVisible();
      await shot('edit dialog filled');
      await form.getByRole('button', { name: '保存', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(edit).toBeFocused();

      const saved = page.getByRole('status').filter({ hasText: '会議の情報を保存しました' });
      await expect(saved).toContainText('議題（ケース・順番・事務局案）はそのままです');
      await expect(saved).toContainText('提案を作り直すまで元のままです');
      await expect(page.getByRole('heading', { name: NEW_TITLE, level: 1 })).toBeVisible();
      const summary = page.locator('.meeting-summary');
      await expect(summary).toContainText(formatDate(NEW_DATE, 'wareki'));
      await expect(summary).toContainText('第2会議室');
      await expect(card(column(page, '協議'), 'ME-2')).toBeVisible();
      expect(await agendaItems(page, meetingId)).toEqual(before);
      const stored = await callApi<{ invitedAgencies: string[] }>(page, 'meetings.get', { id: meetingId });
      expect([...stored.invitedAgencies].sort()).toEqual(['児童相談所', '教育委員会'].sort());
      await shot('detail after the edit');

      // The form shows what was saved; a change from another window is said at once and reloaded on request.
      await edit.click();
      await expect(form.getByRole('checkbox', { name: '児童相談所' })).toBeChecked();
      await expect(form.getByLabel('場所')).toHaveValue('第2会議室');
      await form.getByLabel('題名').fill('上書きしてはいけない題名');
      await callApi(page, 'meetings.update', { id: meetingId, changes: { place: '別の窓で変えた部屋' } });
      const stale = dialog.getByRole('alert').filter({ hasText: 'ほかの画面で変更されました（場所）' });
      await expect(stale).toBeVisible();
      await form.getByRole('button', { name: '保存', exact: true }).click();
      await expect(dialog.getByRole('alert').first()).toContainText('先に変更されました（場所）。保存していません。');
      await shot('changed elsewhere');
      await dialog.getByRole('button', { name: '最新の内容を読み込む' }).click();
      await expect(form.getByLabel('場所')).toHaveValue('別の窓で変えた部屋');
      await expect(form.getByLabel('題名')).toHaveValue(NEW_TITLE);
      await form.getByRole('button', { name: 'キャンセル' }).click();
      await expect(dialog).toBeHidden();

      // The meeting list and the console header show the new values.
      await page.getByRole('button', { name: '会議一覧へ戻る' }).click();
      const row = page.getByRole('row', { name: new RegExp(NEW_TITLE) });
      await expect(row).toContainText(formatDate(NEW_DATE, 'wareki'));
      await shot('meeting list');
      await row.getByRole('button', { name: NEW_TITLE }).click();
      await page.getByRole('button', { name: '会議を進行' }).click();
      const head = page.locator('header.console-head');
      await expect(head.getByRole('heading', { name: NEW_TITLE, level: 1 })).toBeVisible();
      await expect(head).toContainText(formatDate(NEW_DATE, 'wareki'));
      await shot('console header');

      // Running: the date (and kind, 部会, scope) is fixed, the place is not.
      await page.getByRole('button', { name: '会議を開始' }).click();
      await page.getByRole('button', { name: '会議の準備へ戻る' }).click();
      await edit.click();
      await expect(form.getByText('会議は進行中です。種類・部会名・日付・対象範囲は変更できません')).toBeVisible();
      await expect(form.getByLabel('日付', { exact: true })).toBeDisabled();
      await expect(form.getByLabel('種類')).toBeDisabled();
      await expect(form.getByLabel('部会名')).toBeDisabled();
      await expect(form.getByLabel('個別に選んだ登録番号')).toBeDisabled();
      await form.getByLabel('場所').fill('第3会議室');
      await shot('edit while running');
      await form.getByRole('button', { name: '保存', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('.meeting-summary')).toContainText('第3会議室');

      // Ended: no edit, and why.
      await callApi(page, 'live.command', { meetingId, command: { type: 'end' } });
      await expect(edit).toBeDisabled();
      await expect(page.getByText('終了した会議は編集できません')).toBeVisible();
      await shot('ended meeting');
      expect((await agendaItems(page, meetingId)).map((i) => [i.caseNo, i.group, i.order])).toEqual(
        before.map((i) => [i.caseNo, i.group, i.order]),
      );
    });
  });
}
