// The board opened in a meeting, and what leaves it: ages counted to the meeting's date, a PNG that shows what
// the SVG shows (the safety scale and the legend too), and PDFs made by Chromium (the board's 印刷 and the
// minutes with the board picture) whose text extracts as written — 母, not the CJK radical ⺟.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BoardDoc } from '../../shared/board/types';
import { emptyCase } from '../../shared/ledger/case';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { minutesHtml } from '../../shared/meeting/minutes-html';
import type { MinutesModel } from '../../shared/meeting/minutes-types';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { FamilyBuilder } from '../unit/board-families';
import { test, expect } from './app';
import { REPO } from './host-process';
import { openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const CASE = 'PX-1';
const TITLE = '実務者会議（年齢の基準日）';
/** A meeting years from now: the child, born 2017-06-01, is 13 on that day whatever today is (before 2030). */
const MEETING_DATE = '2030-06-15';

function board(): BoardDoc {
  const doc = new FamilyBuilder()
    .person('gm', 'female', { label: '祖母', age: 60, ageAsOf: '2026-04-01' })
    .person('father', 'male', { label: '父' })
    .person('mother', 'female', { label: '母', birthDate: '1990-04-01' })
    .union('u-p', 'father', 'mother', { divorced: true })
    .link('gm', 'mother')
    .child('u-p', 'index', 'female', { label: '本人', index: true, birthDate: '2017-06-01' })
    .build();
  doc.caseNo = CASE;
  doc.households.push({ id: 'h1', members: ['gm', 'mother', 'index'] });
  doc.agencies.push({ id: 'a1', name: '小学校', position: { x: 0, y: 0 } });
  doc.agencyLinks.push({
    id: 'l1',
    agency: 'a1',
    target: 'index',
    strength: 'normal',
    direction: 'toFamily',
    role: null,
  });
  doc.scales.push({ id: 's1', question: '家庭での子どもの安全', value: 4, ratedBy: '架空', ratedAt: '2026-11-01' });
  return doc;
}

async function download(page: Page, button: string): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFile(await (await downloading).path());
}

/** The text a PDF reader copies out of the PDF, and any CJK radical (U+2E80–U+2FDF) in it. */
async function pdfText(pdf: Buffer): Promise<{ text: string; radicals: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'tsunagu-pdf-'));
  await writeFile(join(dir, 'out.pdf'), pdf);
  const text = execFileSync('pdftotext', [join(dir, 'out.pdf'), '-']).toString('utf8');
  const radicals = [...text].filter((ch) => ch.codePointAt(0)! >= 0x2e80 && ch.codePointAt(0)! <= 0x2fdf);
  return { text, radicals };
}

/**
 * How much ink the PNG has inside each of the SVG's parts (legend, scale, board), as a share of the part's
 * pixels: the parts' boxes come from the same SVG drawn inline, mapped to the PNG at its 2× scale.
 */
async function inkIn(page: Page, svg: string, png: Buffer, parts: string[]): Promise<Record<string, number>> {
  return page.evaluate(
    async ({ svg, png, parts }) => {
      const host = document.createElement('div');
      host.style.cssText = 'position:absolute;left:-99999px;top:0';
      host.innerHTML = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
      document.body.append(host);
      const root = host.querySelector('svg')!;
      const [vx = 0, vy = 0] = root.getAttribute('viewBox')!.split(' ').map(Number);
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const scale = image.width / Number(root.getAttribute('width'));
      const out: Record<string, number> = {};
      for (const part of parts) {
        const node = root.querySelector(`.${part}`) as SVGGraphicsElement | null;
        if (!node) {
          out[part] = -1;
          continue;
        }
        const b = node.getBBox();
        const x = Math.floor((b.x - vx) * scale);
        const y = Math.floor((b.y - vy) * scale);
        const w = Math.max(1, Math.ceil(b.width * scale));
        const h = Math.max(1, Math.ceil(b.height * scale));
        const data = ctx.getImageData(x, y, w, h).data;
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) ink++;
        out[part] = ink / (w * h);
      }
      host.remove();
      return out;
    },
    { svg, png: png.toString('base64'), parts },
  );
}

for (const size of ROOM_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: viewportOf(size) });

    test(`a board opened in a meeting: ages, PNG = SVG, PDF text (${size.name})`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
      await callApi(page, 'agenda.saveProgramTemplate', {
        kind: '実務者会議',
        template: [{ block: 'quick' }, { block: 'deep' }],
      });
      await callApi(page, 'ledger.create', {
        case: { ...emptyCase(CASE), name: '架空みらい', kana: 'かくう みらい', riskLevel: '重度' },
      });
      await callApi(page, 'board.save', { caseNo: CASE, doc: board() });
      const meeting = await callApi<{ id: number }>(page, 'meetings.create', {
        meeting: {
          kind: '実務者会議',
          subcommittee: null,
          title: TITLE,
          date: MEETING_DATE,
          startTime: '10:00',
          place: null,
          plannedMinutes: 60,
          facilitator: null,
          invitedAgencies: [],
          invitedPeople: [],
          status: '確定',
          scope: { ...EMPTY_SCOPE, caseNos: [CASE] },
        },
      });
      await callApi(page, 'agenda.suggest', { meetingId: meeting.id, allActive: true });
      await callApi(page, 'agenda.move', {
        meetingId: meeting.id,
        caseNo: CASE,
        group: 'deep',
        index: 0,
        reason: null,
      });

      // Opened from the meeting: the ages are the ages on the meeting's day, and the heading says so.
      await openMeetings(page);
      await page.getByRole('button', { name: TITLE }).click();
      await page.getByRole('button', { name: 'ホワイトボードを開く' }).click();
      await expect(page.getByRole('heading', { name: `ホワイトボード ${CASE}` })).toBeVisible();
      await expect(page.getByText(`会議：${TITLE}（年齢は令和12年6月15日時点）`)).toBeVisible();
      const list = page.getByRole('list', { name: 'ボードの内容' });
      await expect(list.getByRole('button', { name: '人物：本人（女性・本人・13歳）' })).toHaveCount(1);
      await expect(list.getByRole('button', { name: '人物：母（女性・40歳）' })).toHaveCount(1);
      await expect(list.getByRole('button', { name: '人物：祖母（女性・64歳）' })).toHaveCount(1);
      await page.getByRole('button', { name: '自動配置' }).click();
      await page.getByRole('button', { name: '全体を表示' }).click();
      await expect(page.getByRole('status').filter({ hasText: '保存済み' })).toBeVisible();
      await shot('opened from the meeting');

      // The PNG is the SVG: the same size (at 2×), with ink where the SVG has its legend, scale and board.
      const svg = (await download(page, 'SVGで書き出す')).toString('utf8');
      expect(svg).toContain('令和12年6月15日時点');
      const png = await download(page, 'PNGで書き出す');
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)![1]);
      const svgHeight = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)![1]);
      expect(png.readUInt32BE(16)).toBe(Math.ceil(svgWidth * 2));
      expect(png.readUInt32BE(20)).toBe(Math.ceil(svgHeight * 2));
      await mkdir(join(REPO, 'tests', 'artifacts', 'board-exports-room'), { recursive: true });
      await writeFile(join(REPO, 'tests', 'artifacts', 'board-exports-room', `export-${size.name}.png`), png);
      const ink = await inkIn(page, svg, png, ['legend', 'scale', 'board', 'board-title']);
      for (const part of ['legend', 'scale', 'board', 'board-title']) {
        expect([part, ink[part]! > 0.01, ink[part]]).toEqual([part, true, ink[part]]);
      }

      // 印刷: the page Chromium prints (and saves as PDF) gives back the characters written.
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByRole('button', { name: '印刷' }).click();
      await expect(page.locator('.board-print svg')).toHaveCount(1);
      const printed = await pdfText(await page.pdf({ format: 'A4', landscape: true }));
      for (const word of ['母', '父', '祖母', '本人', '小学校', '凡例']) expect(printed.text).toContain(word);
      expect(printed.radicals).toEqual([]);

      // The minutes with the board picture (as every minutes PDF prints it: this HTML in Chromium).
      // The meeting takes the case and ends; its snapshot of the board goes into the minutes.
      await callApi(page, 'live.command', { meetingId: meeting.id, command: { type: 'start' } });
      await callApi(page, 'board.snapshot', { caseNo: CASE, meetingId: meeting.id, label: '会議終了時' });
      await callApi(page, 'decisions.save', {
        meetingId: meeting.id,
        caseNo: CASE,
        state: 'recorded',
        decision: { ...EMPTY_DECISION, policy: '週1回の家庭訪問' },
      });
      await callApi(page, 'live.command', { meetingId: meeting.id, command: { type: 'end' } });
      const model = await callApi<MinutesModel>(page, 'minutes.model', { meetingId: meeting.id, masked: false });
      expect(model.groups.flatMap((g) => g.items).some((c) => c.boardSvg !== null)).toBe(true);
      const sheet = await page.context().newPage();
      await sheet.setContent(minutesHtml(model));
      const minutes = await pdfText(await sheet.pdf({ format: 'A4' }));
      await sheet.close();
      for (const word of ['母', '父', '祖母', '本人']) expect(minutes.text).toContain(word);
      expect(minutes.radicals).toEqual([]);
    });
  });
}
