// The boards in the Word files a user downloads through the browser host: the 配布資料 (before the meeting, the
// case's current board) and the 議事録 (the snapshot the meeting took) each hold a print-resolution PNG with the
// family's words drawn in the bundled font, and the SVG beside it — no grey frame.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import type { BoardDoc } from '../../shared/board/types';
import { emptyCase } from '../../shared/ledger/case';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { FamilyBuilder } from '../unit/board-families';
import { darkPixels, distinctColours, pngSize, readPng } from '../integration/png-read';
import { test, expect } from './app';
import { openMeetings } from './meeting-steps';
import { callApi, setUpPassphrase } from './steps';

const CASE = 'BW-1';
const TITLE = '実務者会議（ホワイトボードの図）';

function board(): BoardDoc {
  const doc = new FamilyBuilder()
    .person('father', 'male', { label: '父' })
    .person('mother', 'female', { label: '母' })
    .union('u-p', 'father', 'mother')
    .child('u-p', 'index', 'female', { label: '本人', index: true, birthDate: '2017-06-01' })
    .build();
  doc.caseNo = CASE;
  doc.agencies.push({ id: 'a1', name: '小学校', position: { x: 400, y: 0 } });
  doc.agencyLinks.push({
    id: 'l1',
    agency: 'a1',
    target: 'index',
    strength: 'normal',
    direction: 'toFamily',
    role: null,
  });
  return doc;
}

async function downloadBy(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await click();
  return readFile(await (await downloading).path());
}

/** The one board picture of a Word file: a real drawing, the SVG beside it. */
async function expectBoardPicture(docx: Buffer): Promise<void> {
  const zip = await JSZip.loadAsync(docx);
  const media = Object.keys(zip.files).filter((p) => p.startsWith('word/media/'));
  expect(media.filter((p) => p.endsWith('.svg'))).toHaveLength(1);
  const pngs = media.filter((p) => p.endsWith('.png'));
  expect(pngs).toHaveLength(1);
  const png = await zip.file(pngs[0]!)!.async('nodebuffer');
  expect(pngSize(png).width).toBe(1875); // 600 px on the page at 300 dpi
  const img = readPng(png);
  expect(distinctColours(img)).toBeGreaterThan(50);
  // The title line 「ケース BW-1 …時点」: ink there means the font was found by the host.
  expect(darkPixels(img, { x0: 0, y0: 0, x1: img.width / 2, y1: img.height / 10 })).toBeGreaterThan(1500);
}

test('the board pictures in the handout and minutes Word files', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
  await callApi(page, 'agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });
  await callApi(page, 'ledger.create', { case: { ...emptyCase(CASE), name: '架空みらい', riskLevel: '重度' } });
  await callApi(page, 'board.save', { caseNo: CASE, doc: board() });
  const meeting = await callApi<{ id: number }>(page, 'meetings.create', {
    meeting: {
      kind: '実務者会議',
      subcommittee: null,
      title: TITLE,
      date: '2026-12-01',
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
  const meetingId = meeting.id;
  await callApi(page, 'agenda.suggest', { meetingId, allActive: true });
  await callApi(page, 'agenda.move', { meetingId, caseNo: CASE, group: 'deep', index: 0, reason: null });

  await openMeetings(page);
  await page.getByRole('button', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await shot('meeting');
  await expectBoardPicture(
    await downloadBy(page, () => page.getByRole('button', { name: '配布資料を書き出す（Word）' }).click()),
  );

  await callApi(page, 'live.command', { meetingId, command: { type: 'start' } });
  await callApi(page, 'board.snapshot', { caseNo: CASE, meetingId, label: '会議終了時' });
  await callApi(page, 'decisions.save', {
    meetingId,
    caseNo: CASE,
    state: 'recorded',
    decision: { ...EMPTY_DECISION, policy: '週1回の家庭訪問' },
  });
  await callApi(page, 'live.command', { meetingId, command: { type: 'end' } });
  await page.reload(); // the meeting screen reads the ended meeting afresh (the app opens on ホーム)
  await openMeetings(page);
  await page.getByRole('button', { name: TITLE }).click();
  const panel = page.getByRole('region', { name: '議事録' });
  await panel.scrollIntoViewIfNeeded();
  await shot('minutes panel');
  await expectBoardPicture(await downloadBy(page, () => panel.getByRole('button', { name: '議事録（Word）' }).click()));
});
