// The projector as the room sees it, at the room's three screens (1280×720 and 1920×1080 projectors, the
// 1366×768 meeting-room laptop): a case with many long facts (支援方針 among them), a case with its board
// (a family of seven, three agencies, a note, a safety scale), and the moments between cases (before the
// start, 確認→協議). At each: no text cut by its box or the screen, the label >= 64 px and every other word
// >= 28 px, the board's words >= 24 px on screen, the legend complete. Screenshots in tests/artifacts.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { legendFor } from '../../shared/board/legend';
import { DEFAULT_NOTATION } from '../../shared/board/notation';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { test, expect } from './app';
import { REPO } from './host-process';
import { importLedger } from './meeting-steps';
import {
  AGENCIES,
  boardOverlaps,
  brokenWords,
  boardTextProblems,
  DRAFT,
  familyBoard,
  NAMES,
  POLICY,
  readingProblems,
  roomWorkbook,
  splitWords,
  wrappedLines,
} from './projector-room-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

/** Words of the facts and the guide that a line on the projector must not break (「架／空市立第一小学校」). */
const WORDS = [
  ...AGENCIES,
  '育児負担',
  '家庭訪問',
  '養育支援訪問事業',
  '安全スケール',
  '一時預かり',
  '保育所入所',
  '普通のつながり',
  '支援の向き',
  '家で安全に過ごせているか',
];

for (const size of ROOM_SIZES) {
  test.describe(`projector room at ${size.name}`, () => {
    test.use({ viewport: viewportOf(size) });

    test(`the room reads every case, board and moment whole at ${size.name}`, async ({ app }, testInfo) => {
      testInfo.setTimeout(180_000);
      const { page } = app;
      await setUpPassphrase(page);
      // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
      await callApi(page, 'agenda.saveProgramTemplate', {
        kind: '実務者会議',
        template: [{ block: 'quick' }, { block: 'deep' }],
      });
      await importLedger(page, await roomWorkbook());
      const board = familyBoard();
      await callApi(page, 'board.save', { caseNo: 'RM-4', doc: board });
      const meeting = await callApi<{ id: number }>(page, 'meetings.create', {
        meeting: {
          kind: '実務者会議',
          subcommittee: null,
          title: '令和8年度 第8回 要保護児童対策地域協議会 実務者会議（東地区・西地区合同）',
          date: '2026-11-24',
          startTime: '14:00',
          place: null,
          plannedMinutes: 60,
          facilitator: null,
          invitedAgencies: [],
          invitedPeople: [],
          status: '確定',
          scope: { ...EMPTY_SCOPE, caseNos: ['RM-1', 'RM-2', 'RM-3', 'RM-4'] },
        },
      });
      await callApi(page, 'agenda.suggest', { meetingId: meeting.id, allActive: true });
      const move = (caseNo: string, group: string, index: number) =>
        callApi(page, 'agenda.move', { meetingId: meeting.id, caseNo, group, index, reason: null });
      await move('RM-1', 'quick', 0);
      await move('RM-2', 'quick', 1);
      await move('RM-3', 'deep', 0);
      await move('RM-4', 'deep', 1);
      // 事務局案 for RM-3: a long one, so the facts need more than one screen at the smaller sizes.
      await callApi(page, 'agenda.updateItem', {
        meetingId: meeting.id,
        caseNo: 'RM-3',
        draft: { policy: DRAFT, nextReview: '2027-01', leadAgency: 'こども家庭センター', note: null },
      });
      const live = (command: unknown) => callApi(page, 'live.command', { meetingId: meeting.id, command });

      const present = await page.context().newPage();
      await present.setViewportSize(viewportOf(size));
      await present.goto(`${new URL(page.url()).origin}/present?meeting=${meeting.id}`);
      const dir = join(REPO, 'tests', 'artifacts', `projector-room-${size.name}`);
      await rm(dir, { recursive: true, force: true });
      const shot = (name: string) => present.screenshot({ path: join(dir, `${name}.png`) });
      const root = present.locator('.present');
      const expectReadable = async () => {
        await present.evaluate(() => document.fonts.ready);
        expect(await readingProblems(present, 28)).toEqual([]);
        expect(await brokenWords(present, '.present-fact dd, .present-guide li', WORDS)).toEqual([]);
      };
      const noNames = async () => {
        const text = await present.locator('body').innerText();
        for (const name of NAMES) expect(text).not.toContain(name);
      };

      // Before the start: the meeting's title (wrapped, whole), the groups' counts, no case.
      await expect(root).toHaveAttribute('data-present', 'waiting');
      await expect(present.locator('[data-moment="before"]')).toContainText('開始をお待ちください');
      await expect(present.locator('.present-detail')).toHaveText('確認 2件・協議 2件');
      await expectReadable();
      expect(await present.locator('body').innerText()).not.toMatch(/RM-\d/);
      await shot('01-before-start');

      // Every fact, the identifying ones only while revealed: RM-3 has long ones.
      await live({
        type: 'facts',
        facts: ['reasons', 'classification', 'age', 'riskLevel', 'leadAgency', 'agencies', 'policy', 'draft'],
      });
      await live({ type: 'start' });
      await expect(present.locator('.present-label')).toHaveText(/^RM-1 /);
      await expectReadable();
      await shot('02-first-quick-item');

      // 一括確認: the console stays on the first 確認 item, the room sees the 確認 block done.
      await callApi(page, 'decisions.confirm', { meetingId: meeting.id, caseNos: ['RM-1', 'RM-2'] });
      const between = present.locator('[data-moment="between"]');
      await expect(between).toContainText('確認 2件 終了・次は協議');
      await expect(between).toContainText('協議 2件');
      await expect(between).toContainText('2 / 4件 終了');
      await expect(present.locator('.present-label')).toHaveCount(0);
      expect(await present.locator('body').innerText()).not.toMatch(/RM-\d|見守り|保健センター/);
      await expectReadable();
      await shot('03-between-quick-and-deep');

      // RM-3: many long facts. Every page reads whole; 支援方針 comes out complete over the pages.
      await live({ type: 'goto', caseNo: 'RM-3' });
      const label = present.locator('.present-label');
      await expect(label).toHaveText('RM-3 K.H.');
      const facts = present.locator('.present-facts');
      await expect(facts).not.toHaveAttribute('data-pages', '0');
      const pages = Number(await facts.getAttribute('data-pages'));
      const seen: { label: string; value: string }[] = [];
      for (let p = 1; p <= pages; p++) {
        await expect(facts).toHaveAttribute('data-page', String(p), { timeout: 20_000 });
        await expectReadable();
        const labelPx = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(labelPx).toBeGreaterThanOrEqual(64);
        await noNames();
        seen.push(
          ...(await present.locator('.present-fact:not(.present-fact-probe)').evaluateAll((els) =>
            els.map((el) => ({
              label: el.querySelector('dt')?.textContent ?? '',
              value: el.querySelector('dd')?.textContent ?? '',
            })),
          )),
        );
        await shot(`04-long-facts-page-${p}`);
      }
      // A split fact reads whole again from its pieces, in order.
      const joined = (label: string) =>
        seen
          .filter((f) => f.label.startsWith(label))
          .map((f) => f.value)
          .join('');
      expect(joined('支援方針')).toBe(POLICY);
      expect(joined('関係機関')).toBe(AGENCIES.join('、'));
      expect(joined('事務局案')).toContain(DRAFT);
      for (const key of ['議題の理由', '種別', '年齢', '重症度', '主担当機関']) {
        expect(seen.map((f) => f.label)).toContain(key);
      }

      // RM-4 with its board: role labels only, every word of the drawing >= 24 px and apart from the others,
      // the guide (safety scale and legend, each label on one line) whole on the first page beside it, the
      // facts on the next; where the board has the whole body, the guide and facts follow it as pages.
      await live({ type: 'goto', caseNo: 'RM-4' });
      await live({ type: 'showBoard', on: true });
      const figure = present.getByRole('figure', { name: 'ホワイトボード' });
      await expect(figure.locator('g.person')).toHaveCount(7);
      await expect(figure.locator('g.agency')).toHaveCount(3);
      await present.evaluate(() => document.fonts.ready);
      await expect(figure).toHaveAttribute('data-text-px', '25');
      // Beside its guide where the drawing's part holds it at 24 px, else over the whole body with the guide
      // and the facts as the following pages (at 1920×1080 it is beside the guide).
      const full = (await facts.getAttribute('data-shows')) === 'board';
      if (size.width >= 1920) expect(full).toBe(false);
      if (full) await shot('05-board-whole');
      else await expect(facts).toHaveAttribute('data-shows', 'lead');
      const guidePage = full ? 2 : 1;
      if (!full) await shot('05-board-guide');
      const boardText = await boardTextProblems(present);
      expect(boardText.problems).toEqual([]);
      expect(boardText.count).toBeGreaterThan(10);
      expect(await boardOverlaps(present)).toEqual([]);
      const drawn = await figure.evaluate((el) => el.textContent ?? '');
      for (const role of ['本人', '実母', '実父', '祖母', '弟', 'こども家庭センター', '家庭訪問', '夜間に大きな声']) {
        expect(drawn).toContain(role);
      }
      const drawingBox = await figure.boundingBox();
      expect(drawingBox!.width).toBeGreaterThan(size.width * (full ? 0.85 : 0.5));
      expect(drawingBox!.height).toBeGreaterThan(size.height * 0.6);
      await expect(facts).toHaveAttribute('data-page', String(guidePage), { timeout: 20_000 });
      await expect(facts).toHaveAttribute('data-shows', 'lead');
      if (full) await shot('05-board-guide');
      await noNames();
      await expectReadable();
      const legend = present.getByRole('list', { name: '凡例' }).getByRole('listitem');
      const entries = legendFor(board, DEFAULT_NOTATION);
      await expect(legend).toHaveCount(entries.length);
      for (const entry of entries) {
        await expect(legend.filter({ hasText: entry.label }).first()).toBeInViewport({ ratio: 1 });
      }
      expect(await wrappedLines(present, '.present-legend-entry > span')).toEqual([]);
      expect(await splitWords(present, ['夜間', '大きな', '聞こえる', '近隣', '情報'])).toEqual([]);
      const scales = present.getByRole('list', { name: '安全スケール' });
      await expect(scales).toContainText('家で安全に過ごせているか');
      await expect(scales).toContainText('3 / 10');
      const boardPages = Number(await facts.getAttribute('data-pages'));
      expect(boardPages).toBeGreaterThan(1);
      for (let p = guidePage + 1; p <= boardPages; p++) {
        await expect(facts).toHaveAttribute('data-page', String(p), { timeout: 20_000 });
        await expect(facts).toHaveAttribute('data-shows', 'facts');
        await expectReadable();
        await shot(`06-board-facts-page-${p}`);
      }
    });
  });
}
