// Issue #13, "The triage board by keyboard": a roving focus (each column one Tab stop, ↑/↓ within it),
// Ctrl+→ moves a card to the next column, focus comes back to the moved card after the reason dialog,
// Space selects 確認 cards and a bar appears with the selection for the bulk 事務局案. Keyboard only once
// the meeting is open, every key counted: one card moved (with the dialog answered) and two cards
// bulk-edited in at most 15 keys. At the three room sizes.
import type { Page } from '@playwright/test';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { test, expect } from './app';
import { card, column, openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const TITLE = '第4回 実務者会議（キーボード）';

const fictional = (caseNo: string, fields: Partial<LedgerCase>): LedgerCase => ({
  ...emptyCase(caseNo),
  name: `架空　${caseNo}`,
  kana: 'かくう はると',
  riskLevel: '軽度',
  registeredDate: '2024-04-01',
  ...fields,
});

/** Three 確認 cases (次回確認 due) and one 協議 case (an injury reported). */
async function meetingWithBoard(page: Page): Promise<void> {
  await setUpPassphrase(page);
  await callApi(page, 'settings.update', { operatorName: '架空 事務局員' });
  for (const caseNo of ['TK-1', 'TK-2', 'TK-3'])
    await callApi(page, 'ledger.create', { case: fictional(caseNo, { nextReview: '2026-11' }) });
  await callApi(page, 'ledger.create', { case: fictional('TK-4', { riskLevel: '中度' }) });
  await callApi(page, 'reports.add', {
    report: {
      caseNo: 'TK-4',
      reportDate: '2026-11-01',
      agency: '架空保育園',
      periodFrom: null,
      periodTo: null,
      daysAbsent: null,
      unexplainedAbsence: null,
      injury: true,
      homeChange: null,
      safetyScale: null,
      note: null,
    },
  });
  const meeting = await callApi<{ id: number }>(page, 'meetings.create', {
    meeting: {
      kind: '実務者会議',
      subcommittee: null,
      title: TITLE,
      date: '2026-11-20',
      startTime: '10:00',
      place: null,
      plannedMinutes: 60,
      facilitator: null,
      invitedAgencies: [],
      invitedPeople: [],
      status: '準備中',
      scope: { ...EMPTY_SCOPE, caseNos: ['TK-1', 'TK-2', 'TK-3', 'TK-4'] },
    },
  });
  await callApi(page, 'agenda.suggest', { meetingId: meeting.id, allActive: false });
  await openMeetings(page);
  await page.getByRole('button', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
}

const order = (page: Page, name: '確認' | '協議' | '保留') =>
  column(page, name)
    .getByRole('article')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`move and bulk-edit by keyboard in 15 keys at ${size.name}`, async ({ app }) => {
      const { page, shot } = app;
      await meetingWithBoard(page);
      const quick = column(page, '確認');
      const deep = column(page, '協議');
      expect(await order(page, '確認')).toEqual(['TK-1', 'TK-2', 'TK-3']);
      expect(await order(page, '協議')).toEqual(['TK-4']);

      const keys: string[] = [];
      const press = async (key: string) => {
        keys.push(key);
        await page.keyboard.press(key);
      };
      // Typed text is one step of its own (a real user writes it through the IME), counted as one key.
      const type = async (text: string) => {
        keys.push(`「${text}」`);
        await page.keyboard.type(text);
      };

      // The start: focus on the last control before the board (put there by script, not counted), and
      // one counted Tab into the board: the 確認 column's first card, its only Tab stop.
      await page.getByRole('button', { name: 'ホワイトボードを開く' }).focus();
      await press('Tab');
      await expect(card(quick, 'TK-1')).toBeFocused();
      await shot('focus on the 確認 column');

      // Ctrl+→: 確認 → 協議, against the rules, so the reason dialog asks; Tab to 記録する, Enter.
      await press('Control+ArrowRight');
      const dialog = page.getByRole('dialog', { name: '規則と異なる振り分け' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('TK-1 を 確認 から 協議 へ移動します。');
      await shot('reason dialog');
      await press('Tab');
      await press('Enter');
      await expect(dialog).toBeHidden();
      // Focus is on the moved card in its new column, not on <body>.
      await expect(card(deep, 'TK-1')).toBeFocused();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-case-no'))).toBe('TK-1');
      await expect(card(deep, 'TK-1')).toContainText('変更（架空 事務局員）');
      await expect(page.getByRole('status').filter({ hasText: 'TK-1 は協議の2番目になりました。' })).toBeAttached();
      await shot('focus back on the moved card');

      // Shift+Tab back to 確認, Space selects, ↓, Space: two cards selected, the bar appears.
      const bar = page.getByRole('form', { name: '事務局案の一括変更' });
      await expect(bar).toHaveCount(0);
      await press('Shift+Tab');
      await expect(card(quick, 'TK-2')).toBeFocused();
      await press('Space');
      await press('ArrowDown');
      await expect(card(quick, 'TK-3')).toBeFocused();
      await press('Space');
      await expect(card(quick, 'TK-2').getByRole('checkbox', { name: 'TK-2 を選択' })).toBeChecked();
      await expect(card(quick, 'TK-3').getByRole('checkbox', { name: 'TK-3 を選択' })).toBeChecked();
      await expect(bar).toBeVisible();
      await expect(bar).toContainText('2件選択中');
      await expect(
        page.getByRole('status').filter({ hasText: 'TK-3 の選択を追加しました。2件選択中です。' }),
      ).toBeAttached();
      // The bar is in the window while the selected cards are: at the bottom of the viewport.
      await expect(bar).toBeInViewport();
      await expect(card(quick, 'TK-3')).toBeInViewport();
      const barBox = await bar.boundingBox();
      expect(barBox!.y + barBox!.height).toBeLessThanOrEqual(size.height + 1);
      await shot('two cards selected, the bar with the focus ring');

      // Tab: the 協議 column (its stop is the card focused there last), then 保留 is empty, then the bar.
      await press('Tab');
      await expect(card(deep, 'TK-1')).toBeFocused();
      await press('Tab');
      await expect(bar.getByLabel('一括：方針')).toBeFocused();
      await type('月1回の家庭訪問を継続');
      await press('Enter');
      await expect(bar.getByRole('status')).toHaveText('2件の事務局案を変更しました。');
      for (const caseNo of ['TK-2', 'TK-3'])
        await expect(card(quick, caseNo).getByRole('button', { name: /^事務局案：/ })).toContainText(
          '月1回の家庭訪問を継続',
        );
      await shot('bulk 事務局案 applied from the bar');

      expect(keys.length, keys.join(' ')).toBeLessThanOrEqual(15);
      test.info().annotations.push({ type: 'keys', description: `${keys.length}: ${keys.join(' ')}` });

      // It persisted: after a reload the board shows the move and the drafts.
      await page.reload();
      await openMeetings(page);
      await page.getByRole('button', { name: TITLE }).click();
      expect(await order(page, '確認')).toEqual(['TK-2', 'TK-3']);
      expect(await order(page, '協議')).toEqual(['TK-4', 'TK-1']);
      await expect(card(deep, 'TK-1')).toContainText('変更（架空 事務局員）');
      for (const caseNo of ['TK-2', 'TK-3'])
        await expect(card(quick, caseNo).getByRole('button', { name: /^事務局案：/ })).toContainText(
          '月1回の家庭訪問を継続',
        );
      // The selection is not kept (it is this window's, not the meeting's): no bar.
      await expect(bar).toHaveCount(0);
    });
  });
}
