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
  birthDate: '2019-06-01',
  ...fields,
});

// Eight 確認 cases (次回確認 due): the column is taller than every window, so the bar has to come to the
// selection rather than sit below the board. One 協議 case (an injury reported).
const QUICK = ['TK-1', 'TK-2', 'TK-3', 'TK-4', 'TK-5', 'TK-6', 'TK-7', 'TK-8'];
const DEEP = 'TK-9';

async function meetingWithBoard(page: Page): Promise<void> {
  await setUpPassphrase(page);
  await callApi(page, 'settings.update', { operatorName: '架空 事務局員' });
  for (const caseNo of QUICK)
    await callApi(page, 'ledger.create', { case: fictional(caseNo, { nextReview: '2026-11' }) });
  await callApi(page, 'ledger.create', { case: fictional(DEEP, { riskLevel: '中度' }) });
  await callApi(page, 'reports.add', {
    report: {
      caseNo: DEEP,
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
      scope: { ...EMPTY_SCOPE, caseNos: [...QUICK, DEEP] },
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
      expect(await order(page, '確認')).toEqual(QUICK);
      expect(await order(page, '協議')).toEqual([DEEP]);

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
      // The bar is in the window with the selected cards, at its bottom edge, although the 確認 column goes
      // on below the window (the bar is not below the board) and without covering the focused card.
      await expect(bar).toBeInViewport();
      await expect(card(quick, 'TK-3')).toBeInViewport({ ratio: 1 });
      await expect(card(quick, 'TK-8')).not.toBeInViewport();
      const barBox = (await bar.boundingBox())!;
      const focusedBox = (await card(quick, 'TK-3').boundingBox())!;
      expect(Math.abs(barBox.y + barBox.height - size.height)).toBeLessThanOrEqual(2);
      expect(focusedBox.y + focusedBox.height).toBeLessThanOrEqual(barBox.y);
      await shot('two cards selected, the bar with the focus ring');

      // Tab: the 協議 column (its stop is the card focused there last), then 保留 is empty, then the bar.
      await press('Tab');
      await expect(card(deep, 'TK-1')).toBeFocused();
      await press('Tab');
      await expect(bar.getByLabel('一括：方針')).toBeFocused();
      // Focusing the bar does not scroll the selected cards away.
      await expect(card(quick, 'TK-3')).toBeInViewport({ ratio: 1 });
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
      expect(await order(page, '確認')).toEqual(QUICK.slice(1));
      expect(await order(page, '協議')).toEqual([DEEP, 'TK-1']);
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

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`Enter opens a card's field, Esc and saving bring focus back at ${size.name}`, async ({ app }) => {
      const { page, shot } = app;
      await meetingWithBoard(page);
      const quick = column(page, '確認');
      const deep = column(page, '協議');
      await page.getByRole('button', { name: 'ホワイトボードを開く' }).focus();
      await page.keyboard.press('Tab');
      // ↓ and End move within the column, Home back to the top; ↑ at the top stays.
      await page.keyboard.press('ArrowDown');
      await expect(card(quick, 'TK-2')).toBeFocused();
      await page.keyboard.press('End');
      await expect(card(quick, 'TK-8')).toBeFocused();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowUp');
      await expect(card(quick, 'TK-1')).toBeFocused();
      // Only one card per column is in the Tab order, and none of the controls inside the cards.
      const tabStops = await page
        .getByRole('region', { name: '振り分け' })
        .evaluate((board) =>
          [...board.querySelectorAll('[tabindex="0"], input, button, textarea, select')]
            .filter((e) => (e as HTMLElement).tabIndex >= 0)
            .map((e) => e.getAttribute('data-case-no') ?? e.tagName),
        );
      expect(tabStops).toEqual(['TK-1', DEEP]);

      // Enter on a 確認 card: its 事務局案 editor, focus in 方針; Esc closes it, focus back on the card.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const editor = card(quick, 'TK-2').getByRole('form', { name: 'TK-2 の事務局案' });
      await expect(editor.getByLabel('方針')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(editor).toHaveCount(0);
      await expect(card(quick, 'TK-2')).toBeFocused();

      // Enter again, write, save with the keyboard: the editor closes and focus is on the card again.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+a');
      await page.keyboard.type('学校と情報共有を続ける');
      await shot('draft editor opened by Enter');
      await editor.getByRole('button', { name: '事務局案を保存' }).focus();
      await page.keyboard.press('Enter');
      await expect(editor).toHaveCount(0);
      await expect(card(quick, 'TK-2')).toBeFocused();
      await expect(card(quick, 'TK-2').getByRole('button', { name: /^事務局案：/ })).toContainText(
        '学校と情報共有を続ける',
      );
      await expect(page.getByRole('status').filter({ hasText: 'TK-2 の事務局案を保存しました。' })).toBeAttached();

      // Tab to 協議; Enter focuses the minutes, Enter saves them, Esc goes back to the card.
      await page.keyboard.press('Tab');
      await expect(card(deep, DEEP)).toBeFocused();
      await page.keyboard.press('Enter');
      const minutes = card(deep, DEEP).getByRole('spinbutton', { name: `${DEEP} の時間（分）` });
      await expect(minutes).toBeFocused();
      await page.keyboard.type('15');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await expect(card(deep, DEEP)).toBeFocused();
      await expect(page.getByRole('meter', { name: '時間配分' })).toHaveAttribute('aria-valuetext', /協議 15分/);

      // Ctrl+→ on 協議 goes to 保留 (the rule says 協議: the dialog); Esc in it cancels, focus stays on the card.
      await page.keyboard.press('Control+ArrowRight');
      const dialog = page.getByRole('dialog', { name: '規則と異なる振り分け' });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(card(deep, DEEP)).toBeFocused();
      await expect(page.getByRole('status').filter({ hasText: `${DEEP} の移動をやめました。` })).toBeAttached();
      // Ctrl+↓ reorders within 確認 (no rule broken, no dialog), the card keeps the focus.
      await page.keyboard.press('Shift+Tab');
      await expect(card(quick, 'TK-2')).toBeFocused();
      await page.keyboard.press('Control+ArrowDown');
      await expect.poll(() => order(page, '確認')).toEqual(['TK-1', 'TK-3', 'TK-2', ...QUICK.slice(3)]);
      await expect(card(quick, 'TK-2')).toBeFocused();
      await shot('focus kept after reordering');

      // 選択を解除 in the bar: the bar goes, and the focus goes back to the 確認 column, not to <body>.
      await page.keyboard.press('x');
      const bar = page.getByRole('form', { name: '事務局案の一括変更' });
      await expect(bar).toContainText('1件選択中');
      await bar.getByRole('button', { name: '選択を解除' }).focus();
      await page.keyboard.press('Enter');
      await expect(bar).toHaveCount(0);
      await expect(card(quick, 'TK-2')).toBeFocused();
      await expect(card(quick, 'TK-2').getByRole('checkbox', { name: 'TK-2 を選択' })).not.toBeChecked();
    });
  });
}
