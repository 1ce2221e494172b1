// The meeting room as a new user walks through it, at the room's three sizes: a ledger and agency reports
// imported, a 実務者会議 with its suggested agenda triaged by keyboard, the case's whiteboard laid out with
// 自動配置, the console run with 次へ/前へ beside the projector page, the meeting ended and its minutes panel.
// Besides the screenshots of every screen it checks what the walk found out of place: the whiteboard picker's
// label outside the cards, the triage board's contents touching its card's edge, the board heading's meeting
// line on two lines, the console's waiting heading broken mid-word.
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { test, expect } from './app';
import { REPO } from './host-process';
import { importLedger, makeReportsWorkbook, meetingWithAgenda, type ReportRow } from './meeting-steps';
import { familyBoard, roomWorkbook } from './projector-room-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase, XLSX_MIME } from './steps';

const TITLE = '令和8年度 第9回 実務者会議（東地区）';
const REPORTS: ReportRow[] = [
  {
    caseNo: 'RM-1',
    reportDate: '2026-11-20',
    agency: '架空市立第一小学校',
    daysAbsent: 7,
    unexplained: 'あり',
    injury: '',
    homeChange: '',
    safety: 3,
    note: '連絡のない欠席が続く',
  },
  {
    caseNo: 'RM-3',
    reportDate: '2026-11-21',
    agency: '保健センター',
    daysAbsent: null,
    unexplained: '',
    injury: 'あり',
    homeChange: '転居',
    safety: 2,
    note: '腕にあざ',
  },
];

const box = async (target: Locator) => {
  const b = await target.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
};

/** Left edge of a card's contents: its border box plus border and padding. */
const contentLeft = (target: Locator) =>
  target.evaluate((el) => {
    const s = getComputedStyle(el);
    return el.getBoundingClientRect().left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft);
  });

/** The character offsets where the element's text starts a new line (empty when it is on one line). */
const lineStarts = (target: Locator) =>
  target.evaluate((el) => {
    const text = el.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) throw new Error('expected plain text');
    const range = document.createRange();
    const starts: number[] = [];
    let top: number | null = null;
    for (let i = 0; i < (text.textContent ?? '').length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const t = range.getBoundingClientRect().top;
      if (top !== null && t > top + 2) starts.push(i);
      top = t;
    }
    return starts;
  });

async function shotPresent(present: Page, size: string, name: string): Promise<void> {
  await present.screenshot({ path: join(REPO, 'tests', 'artifacts', `room-walkthrough-${size}`, `${name}.png`) });
}

for (const size of ROOM_SIZES) {
  test.describe(`room walkthrough at ${size.name}`, () => {
    test.use({ viewport: viewportOf(size) });

    test(`a meeting from ledger to minutes at ${size.name}`, async ({ app }, testInfo) => {
      testInfo.setTimeout(240_000);
      const { page, shot } = app;
      await setUpPassphrase(page);
      // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
      await callApi(page, 'agenda.saveProgramTemplate', {
        kind: '実務者会議',
        template: [{ block: 'quick' }, { block: 'deep' }],
      });
      await importLedger(page, await roomWorkbook());
      await callApi(page, 'board.save', { caseNo: 'RM-4', doc: familyBoard() });

      await meetingWithAgenda(
        page,
        { title: TITLE, date: '2026-11-24', caseNos: ['RM-1', 'RM-2', 'RM-3', 'RM-4'] },
        async () => {
          const section = page.getByRole('region', { name: '関係機関からの報告' });
          await section.getByLabel('報告ファイルを選択').setInputFiles({
            name: '報告（架空）.xlsx',
            mimeType: XLSX_MIME,
            buffer: await makeReportsWorkbook(REPORTS),
          });
          await section.getByRole('button', { name: '報告を取り込む' }).click();
          await expect(section.getByText('報告の取り込みが完了しました。')).toBeVisible();
          await shot('reports imported');
        },
      );

      // The whiteboard picker sits between the cards with its label in line with their contents (it was at the
      // window's edge), and the triage board's keys and columns keep the card's padding (they touched its edge:
      // the whiteboard panel's .board-section rule won over the triage board's).
      const triage = page.getByRole('region', { name: '振り分け' });
      const suggest = page.getByRole('region', { name: '議題の提案' });
      const pickerLabel = page.getByText('ホワイトボードを開く', { exact: true }).and(page.locator('label'));
      await pickerLabel.scrollIntoViewIfNeeded();
      const cardContent = await contentLeft(suggest);
      expect(Math.abs((await box(pickerLabel)).x - cardContent), 'picker label in line with the cards').toBeLessThan(2);
      expect(await contentLeft(triage)).toBeGreaterThan((await box(triage)).x + 12);
      expect((await box(triage.locator('.board-keys'))).x).toBeGreaterThan((await box(triage)).x + 12);
      expect((await box(triage.getByRole('region', { name: '確認', exact: true }))).x).toBeGreaterThan(
        (await box(triage)).x + 12,
      );
      await shot('board picker and triage');

      // Triage by keyboard: into the 確認 column, one card to 協議 with a reason.
      await page.getByRole('button', { name: 'ホワイトボードを開く' }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+ArrowRight');
      const reason = page.getByRole('dialog', { name: '規則と異なる振り分け' });
      await expect(reason).toBeVisible();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(reason).toBeHidden();
      await shot('triaged by keyboard');

      // The case's whiteboard from the meeting, laid out: the heading's meeting line stays one line beside the
      // title (it wrapped onto two at 1280 and 1366) and the date the ages are counted to is shown whole.
      await page.getByLabel('ホワイトボードを開く').selectOption('RM-4');
      await page.getByRole('button', { name: 'ホワイトボードを開く' }).click();
      await expect(page.getByRole('heading', { name: 'ホワイトボード RM-4' })).toBeVisible();
      await page.getByRole('button', { name: '自動配置' }).click();
      await page.getByRole('button', { name: '全体を表示' }).click();
      const meetingLine = page.locator('.board-head p').filter({ hasText: '会議：' });
      await expect(meetingLine).toHaveText(`会議：${TITLE}（年齢は令和8年11月24日時点）`);
      const lineHeight = await meetingLine.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect((await box(meetingLine)).height).toBeLessThan(lineHeight * 1.5);
      await expect(meetingLine).toHaveAttribute('title', TITLE);
      const asOf = page.locator('.board-meeting-asof');
      expect(await asOf.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      const head = await box(page.locator('.board-head'));
      const asOfBox = await box(asOf);
      expect(asOfBox.x + asOfBox.width).toBeLessThanOrEqual(head.x + head.width);
      await shot('board laid out');
      await page.getByRole('button', { name: 'ホワイトボードを閉じる' }).click();

      // The console before the start: its waiting heading breaks between phrases if it wraps at all.
      await page.getByRole('button', { name: '会議を進行' }).click();
      const waiting = page.locator('#current-title');
      await expect(waiting).toHaveText('会議を開始すると最初の議題が表示されます');
      // 会議を開始すると｜最初の｜議題が｜表示されます
      for (const start of await lineStarts(waiting)) expect([8, 11, 14]).toContain(start);
      await shot('console before start');

      await page.getByRole('button', { name: '会議を開始' }).click();
      await expect(waiting).toContainText('RM-4');
      const meetingId = Number(/console=(\d+)/.exec(new URL(page.url()).hash)?.[1]);
      const present = await page.context().newPage();
      await present.setViewportSize(viewportOf(size));
      await present.goto(`${new URL(page.url()).origin}/present?meeting=${meetingId}`);
      await expect(present.locator('.present-label')).toHaveText(/^RM-4 /);
      const projectBoard = page.getByRole('checkbox', { name: 'ホワイトボードを投影' });
      await projectBoard.click();
      await expect(projectBoard).toBeChecked();
      await shot('console, board projected');
      await present.waitForTimeout(1000);
      await shotPresent(present, size.name, '1-board');
      for (const [caseNo, n] of [
        ['RM-1', 2],
        ['RM-3', 3],
      ] as const) {
        await page.getByRole('button', { name: '次へ' }).click();
        await expect(waiting).toContainText(`${caseNo} K.`);
        await expect(present.locator('.present-label')).toHaveText(new RegExp(`^${caseNo} `));
        await shot(`console item ${n}`);
        await shotPresent(present, size.name, `${n}-${caseNo}`);
      }
      await page.getByRole('button', { name: '前へ' }).click();
      await expect(waiting).toContainText('RM-1 K.');

      await page.getByRole('button', { name: '会議を終了' }).click();
      await shot('end dialog');
      await page.getByRole('button', { name: '終了して記録する' }).click();
      await expect(page.getByText(/この会議は終了しました/)).toBeVisible();
      await shot('ended');
      await shotPresent(present, size.name, '9-ended');
      await present.close();

      await page.getByRole('button', { name: '会議の画面へ戻る' }).click();
      const minutes = page.getByRole('region', { name: '議事録' });
      await minutes.scrollIntoViewIfNeeded();
      await expect(minutes.getByRole('button', { name: '議事録（Word）' })).toBeEnabled();
      await shot('minutes panel');
    });
  });
}
