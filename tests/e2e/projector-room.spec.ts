// The projector as the room sees it, at the room's three screens (1280×720 and 1920×1080 projectors, the
// 1366×768 meeting-room laptop): a case with many long facts (支援方針 among them), a case with its board
// (a family of seven, three agencies, a note, a safety scale), and the moments between cases (before the
// start, 確認→協議). At each: no text cut by its box or the screen, the label >= 64 px and every other word
// >= 28 px, the board's words >= 24 px on screen, the legend complete. Screenshots in tests/artifacts.
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { legendFor } from '../../shared/board/legend';
import { DEFAULT_NOTATION } from '../../shared/board/notation';
import { emptyBoard, type BoardDoc, type Person } from '../../shared/board/types';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { test, expect } from './app';
import { REPO } from './host-process';
import { importLedger } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const POLICY =
  '母の育児負担が大きいため、保健師の家庭訪問を月二回に増やし、養育支援訪問事業の利用を勧める。' +
  '学校は欠席が二日続いたら当日中にこども家庭センターへ連絡し、センターは同日中に安否を確認する。' +
  '父方祖母の協力を得て週末の養育を分担し、次回の会議で安全スケールを見直す。';
const DRAFT =
  '現方針を継続しつつ、欠席が続く場合の連絡体制を学校とセンターで確認し直す。' +
  '母の通院に合わせて一時預かりの利用を調整し、きょうだいの保育所入所の手続きを支援する。';
const AGENCIES = [
  'こども家庭センター',
  '架空市立第一小学校',
  '保健センター',
  '児童相談所',
  '架空市子育て支援課',
  '民生委員・児童委員',
];
const NAMES = ['架空はなこ', '架空ゆき', '架空たろう', '仮名そら', '仮名うみ'];

async function roomWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台帳');
  sheet.addRow([
    '登録番号',
    '種別',
    '児童氏名',
    'ふりがな',
    '生年月日',
    '性別',
    '保護者氏名',
    '続柄',
    '重症度',
    '主担当機関',
    '関係機関',
    '支援方針',
    '地区',
    '所属',
  ]);
  const row = (no: string, name: string, kana: string, born: Date, guardian: string, extra: string[]) =>
    sheet.addRow([no, '要保護児童', name, kana, born, '女', guardian, '母', '中度', ...extra]);
  row('RM-1', NAMES[3]!, 'かめい そら', new Date(Date.UTC(2019, 3, 2)), NAMES[4]!, ['保健センター', '', '見守り']);
  row('RM-2', '仮名みなと', 'かめい みなと', new Date(Date.UTC(2016, 8, 9)), '仮名なぎさ', [
    '保健センター',
    '',
    '見守り',
  ]);
  row('RM-3', NAMES[0]!, 'かくう はなこ', new Date(Date.UTC(2015, 1, 20)), NAMES[1]!, [
    'こども家庭センター',
    AGENCIES.join('、'),
    POLICY,
    '東地区',
    '架空市立第一小学校',
  ]);
  row('RM-4', '架空ひかり', 'かくう ひかり', new Date(Date.UTC(2017, 5, 1)), NAMES[1]!, [
    'こども家庭センター',
    AGENCIES.slice(0, 3).join('、'),
    '見守り',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function person(id: string, label: string, role: string, sex: Person['sex'], x: number, y: number): Person {
  return {
    id,
    sex,
    label,
    role,
    birthDate: null,
    age: null,
    ageAsOf: null,
    deceased: null,
    index: false,
    pregnancy: null,
    placements: [],
    note: null,
    position: { x, y },
    pinned: false,
  };
}

/** RM-4's board: grandparents, a divorced father, mother and her partner, the child and a half-brother. */
function familyBoard(): BoardDoc {
  const doc = emptyBoard('RM-4');
  doc.persons = [
    { ...person('gf', '架空じろう', '祖父', 'male', 300, 100), deceased: { year: 2020 } },
    person('gm', '架空さくら', '祖母', 'female', 440, 100),
    person('fa', NAMES[2]!, '実父', 'male', 160, 280),
    { ...person('mo', NAMES[1]!, '実母', 'female', 370, 280), birthDate: '1990-04-01' },
    person('pa', '仮名けん', '内縁の夫', 'male', 580, 280),
    { ...person('ch', '架空ひかり', '本人', 'female', 265, 460), index: true, birthDate: '2017-06-01' },
    { ...person('br', '架空まさと', '弟', 'male', 475, 460), birthDate: '2021-03-03' },
  ];
  const union = (id: string, a: string, b: string, extra: object = {}) => ({
    id,
    a,
    b,
    kind: 'marriage' as const,
    startYear: null,
    separatedYear: null,
    divorced: false,
    divorcedYear: null,
    ...extra,
  });
  doc.unions = [
    union('u1', 'gf', 'gm'),
    union('u2', 'fa', 'mo', { divorced: true, divorcedYear: 2020 }),
    union('u3', 'mo', 'pa', { kind: 'cohabitation' }),
  ];
  const child = (id: string, c: string, u: string) => ({
    id,
    child: c,
    union: u,
    parent: null,
    kind: 'biological' as const,
    twinGroup: null,
    twinKind: null,
    custody: null,
  });
  doc.children = [child('c1', 'mo', 'u1'), child('c2', 'ch', 'u2'), child('c3', 'br', 'u3')];
  doc.households = [{ id: 'h1', members: ['mo', 'pa', 'ch', 'br'] }];
  doc.relations = [{ id: 'r1', from: 'pa', to: 'mo', kind: 'conflict' }];
  doc.agencies = [
    { id: 'a1', name: 'こども家庭センター', position: { x: 860, y: 180 } },
    { id: 'a2', name: '架空市立第一小学校', position: { x: 860, y: 360 } },
    { id: 'a3', name: '保健センター', position: { x: 860, y: 540 } },
  ];
  const link = (id: string, agency: string, target: string, role: string | null) => ({
    id,
    agency,
    target,
    strength: 'normal' as const,
    direction: 'toFamily' as const,
    role,
  });
  doc.agencyLinks = [
    link('l1', 'a1', 'h1', '家庭訪問'),
    link('l2', 'a2', 'ch', '登校確認'),
    link('l3', 'a3', 'br', null),
  ];
  doc.notes = [
    {
      id: 'n1',
      column: null,
      text: '夜間に大きな声が聞こえるとの近隣からの情報あり（11月）',
      position: { x: -40, y: 560 },
    },
  ];
  doc.scales = [
    { id: 's1', question: '家で安全に過ごせているか', value: 3, ratedBy: 'こども家庭センター', ratedAt: '2026-11-10' },
  ];
  return doc;
}

/**
 * Every piece of visible text on the projector that is cut: a line box outside the screen or outside any
 * ancestor that clips (overflow other than visible), and every word smaller than `minPx` (the label: 64).
 */
async function readingProblems(present: Page, minPx: number): Promise<string[]> {
  return present.evaluate((minPx) => {
    const problems: string[] = [];
    const root = document.querySelector('.present')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement!;
      if (!text || el.closest('svg') || el.closest('[aria-hidden="true"]')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      const least = el.closest('.present-label') ? 64 : minPx;
      if (size < least - 0.01) problems.push(`「${text.slice(0, 20)}」 is ${size}px, under ${least}px`);
      const range = document.createRange();
      range.selectNodeContents(node);
      const clips: Element[] = [];
      for (let a = el as Element | null; a && a !== document.documentElement; a = a.parentElement) {
        if (getComputedStyle(a).overflow !== 'visible') clips.push(a);
      }
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const out = (b: { left: number; top: number; right: number; bottom: number }) =>
          r.left < b.left - 0.5 || r.top < b.top - 0.5 || r.right > b.right + 0.5 || r.bottom > b.bottom + 0.5;
        if (out({ left: 0, top: 0, right: innerWidth, bottom: innerHeight }))
          problems.push(`「${text.slice(0, 20)}」 leaves the screen`);
        for (const clip of clips) {
          if (out(clip.getBoundingClientRect()))
            problems.push(`「${text.slice(0, 20)}」 is cut by .${clip.className.toString().split(' ')[0]}`);
        }
      }
    }
    return [...new Set(problems)];
  }, minPx);
}

/** The board's words: each at least 24 px on screen and inside the drawing's box. */
async function boardTextProblems(present: Page): Promise<{ problems: string[]; smallest: number; count: number }> {
  return present.evaluate(() => {
    const area = document.querySelector('.present-board')!;
    const box = area.getBoundingClientRect();
    const problems: string[] = [];
    let smallest = Infinity;
    const texts = [...area.querySelectorAll<SVGTextElement>('svg text')].filter((t) => t.textContent?.trim());
    for (const t of texts) {
      const ctm = t.getScreenCTM()!;
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
      smallest = Math.min(smallest, px);
      const label = (t.textContent ?? '').slice(0, 16);
      if (px < 24) problems.push(`「${label}」 is ${px.toFixed(1)}px on screen`);
      const r = t.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        problems.push(`「${label}」 is outside the drawing`);
    }
    return { problems, smallest, count: texts.length };
  });
}

/** Pairs of the drawing's persons, agencies and notes whose boxes on screen overlap (words run together). */
async function boardOverlaps(present: Page): Promise<string[]> {
  return present.evaluate(() => {
    const area = document.querySelector('.present-board')!;
    const parts = 'g.person, g.agency, g.note';
    const boxes = [...area.querySelectorAll<SVGGElement>(parts)].map((g) => ({
      name: (g.textContent ?? '').trim().slice(0, 12) || g.getAttribute('class')!,
      r: g.getBoundingClientRect(),
    }));
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) overlaps.push(`「${a.name}」 and 「${b.name}」`);
      }),
    );
    return overlaps;
  });
}

for (const size of ROOM_SIZES) {
  test.describe(`projector room at ${size.name}`, () => {
    test.use({ viewport: viewportOf(size) });

    test(`the room reads every case, board and moment whole at ${size.name}`, async ({ app }, testInfo) => {
      testInfo.setTimeout(180_000);
      const { page } = app;
      await setUpPassphrase(page);
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
      // the guide (safety scale and legend) whole on the first page beside it, the facts on the next.
      await live({ type: 'goto', caseNo: 'RM-4' });
      await live({ type: 'showBoard', on: true });
      const figure = present.getByRole('figure', { name: 'ホワイトボード' });
      await expect(figure.locator('g.person')).toHaveCount(7);
      await expect(figure.locator('g.agency')).toHaveCount(3);
      await present.evaluate(() => document.fonts.ready);
      await expect(facts).toHaveAttribute('data-shows', 'lead');
      await shot('05-board-guide');
      const boardText = await boardTextProblems(present);
      expect(boardText.problems).toEqual([]);
      expect(boardText.count).toBeGreaterThan(10);
      expect(await boardOverlaps(present)).toEqual([]);
      const drawn = await figure.evaluate((el) => el.textContent ?? '');
      for (const role of ['本人', '実母', '実父', '祖母', '弟', 'こども家庭センター', '家庭訪問', '夜間に大きな声']) {
        expect(drawn).toContain(role);
      }
      const drawingBox = await figure.boundingBox();
      expect(drawingBox!.width).toBeGreaterThan(size.width * 0.5);
      expect(drawingBox!.height).toBeGreaterThan(size.height * 0.6);
      await expect(facts).toHaveAttribute('data-page', '1', { timeout: 20_000 });
      await expect(facts).toHaveAttribute('data-shows', 'lead');
      await noNames();
      await expectReadable();
      const legend = present.getByRole('list', { name: '凡例' }).getByRole('listitem');
      const entries = legendFor(board, DEFAULT_NOTATION);
      await expect(legend).toHaveCount(entries.length);
      for (const entry of entries) {
        await expect(legend.filter({ hasText: entry.label }).first()).toBeInViewport({ ratio: 1 });
      }
      const scales = present.getByRole('list', { name: '安全スケール' });
      await expect(scales).toContainText('家で安全に過ごせているか');
      await expect(scales).toContainText('3 / 10');
      const boardPages = Number(await facts.getAttribute('data-pages'));
      expect(boardPages).toBeGreaterThan(1);
      for (let p = 2; p <= boardPages; p++) {
        await expect(facts).toHaveAttribute('data-page', String(p), { timeout: 20_000 });
        await expect(facts).toHaveAttribute('data-shows', 'facts');
        await expectReadable();
        await shot(`06-board-facts-page-${p}`);
      }
    });
  });
}
