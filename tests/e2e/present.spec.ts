// The projector page (/present?meeting=ID) in its own page next to the console, driven through the API as
// the console would: masked by default, reveal until the item changes, blackout, the board with role
// labels, the bundled font, the local timer tick and the hiding cursor. Screenshots in tests/artifacts.
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { boardFromCase } from '../../shared/board/from-ledger';
import { emptyCase } from '../../shared/ledger/case';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { join } from 'node:path';
import { test, expect } from './app';
import { REPO } from './host-process';
import { importLedger } from './meeting-steps';
import { callApi, setUpPassphrase } from './steps';

const CHILD = '架空ひかり';
const MOTHER = '架空ゆき';
const OTHER = '仮名そら';

async function twoCaseWorkbook(): Promise<Buffer> {
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
  ]);
  sheet.addRow([
    'PR-1',
    '要保護児童',
    CHILD,
    'かくう ひかり',
    new Date(Date.UTC(2017, 5, 1)),
    '女',
    MOTHER,
    '母',
    '中度',
    'こども家庭センター',
  ]);
  sheet.addRow([
    'PR-2',
    '要支援児童',
    OTHER,
    'かめい そら',
    new Date(Date.UTC(2020, 0, 15)),
    '男',
    '仮名うみ',
    '父',
    '軽度',
    'こども家庭センター',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const live = (page: Page, meetingId: number, command: unknown) => callApi(page, 'live.command', { meetingId, command });

test('the projector shows the current item masked, reveals on demand, blacks out and shows the board without names', async ({
  app,
}) => {
  const { page } = app;
  await setUpPassphrase(page);
  // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
  await callApi(page, 'agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });
  await importLedger(page, await twoCaseWorkbook());

  // A saved board for PR-1, as the board's 台帳から作成 would make it (child and mother by name).
  const doc = boardFromCase({
    ...emptyCase('PR-1'),
    name: CHILD,
    sex: 'female',
    birthDate: '2017-06-01',
    guardianName: MOTHER,
    guardianRelation: '母',
  });
  await callApi(page, 'board.save', { caseNo: 'PR-1', doc });
  const meeting = await callApi<{ id: number }>(page, 'meetings.create', {
    meeting: {
      kind: '実務者会議',
      subcommittee: null,
      title: '実務者会議（架空）',
      date: '2026-11-24',
      startTime: '14:00',
      place: null,
      plannedMinutes: 60,
      facilitator: null,
      invitedAgencies: [],
      invitedPeople: [],
      status: '確定',
      scope: { ...EMPTY_SCOPE, caseNos: ['PR-1', 'PR-2'] },
    },
  });
  const agenda = await callApi<{ items: { caseNo: string; group: string }[] }>(page, 'agenda.suggest', {
    meetingId: meeting.id,
    allActive: true,
  });
  expect(
    agenda.items
      .filter((i) => i.group !== 'hold')
      .map((i) => i.caseNo)
      .sort(),
  ).toEqual(['PR-1', 'PR-2']);
  // PR-1 (要保護児童, 中度) is a 確認 item: its short budget is what the overrun check below shortens.
  expect(agenda.items.find((i) => i.caseNo === 'PR-1')?.group).toBe('quick');

  // The projector page beside the console (same browser, same host), at a projector's resolution.
  const present = await page.context().newPage();
  await present.setViewportSize({ width: 1280, height: 720 });
  const url = new URL(page.url());
  await present.goto(`${url.origin}/present?meeting=${meeting.id}`);
  const presentShot = async (name: string) => {
    await present.screenshot({ path: join(REPO, 'tests', 'artifacts', 'present', `${name}.png`) });
  };
  const root = present.locator('.present');
  await expect(root).toHaveAttribute('data-present', 'waiting');
  await expect(present.getByText('開始をお待ちください')).toBeVisible();
  await expect(present.getByRole('heading', { name: '実務者会議（架空）' })).toBeVisible();
  await presentShot('01-waiting');

  // The bundled font is what the page uses (not a system font that happens to be there).
  const font = await present.evaluate(async () => {
    await document.fonts.ready;
    await document.fonts.load('32px "BIZ UDPGothic"', '本人');
    const faces = [...document.fonts].filter(
      (f) => f.family.replace(/"/g, '') === 'BIZ UDPGothic' && f.status === 'loaded',
    );
    return {
      check: document.fonts.check('32px "BIZ UDPGothic"', '本人'),
      loadedFaces: faces.length,
      family: getComputedStyle(document.body).fontFamily,
    };
  });
  expect(font.check).toBe(true);
  expect(font.loadedFaces).toBeGreaterThan(0);
  expect(font.family).toMatch(/^"?BIZ UDPGothic/);

  // Started: the first item, masked by default (caseNo + initials), no name anywhere on the page.
  await live(page, meeting.id, {
    type: 'facts',
    facts: ['classification', 'age', 'riskLevel', 'leadAgency', 'birthDate'],
  });
  await live(page, meeting.id, { type: 'start' });
  const label = present.locator('.present-label');
  const first = (await callApi<{ state: { current: string } }>(page, 'live.get', { meetingId: meeting.id })).state
    .current;
  const [firstName, secondName, firstMasked, secondMasked] =
    first === 'PR-1' ? [CHILD, OTHER, 'PR-1 K.H.', 'PR-2 K.S.'] : [OTHER, CHILD, 'PR-2 K.S.', 'PR-1 K.H.'];
  await expect(label).toHaveText(firstMasked);
  await expect(present.getByText('1 / 2')).toBeVisible();
  await expect(present.locator('.present-fact').filter({ hasText: '主担当機関' })).toContainText('こども家庭センター');
  let text = await present.locator('body').innerText();
  for (const name of [CHILD, MOTHER, OTHER]) expect(text).not.toContain(name);
  // The birth date is chosen, but it identifies the child: not while masked.
  expect(text).not.toContain('生年月日');
  // Readable from the back: the label and the facts are at least 64 px and 32 px.
  const sizes = await present.evaluate(() => ({
    label: parseFloat(getComputedStyle(document.querySelector('.present-label')!).fontSize),
    fact: parseFloat(getComputedStyle(document.querySelector('.present-fact dd')!).fontSize),
  }));
  expect(sizes.label).toBeGreaterThanOrEqual(64);
  expect(sizes.fact).toBeGreaterThanOrEqual(32);
  await presentShot('02-masked');

  // The item timer counts on locally between events.
  const timer = present.getByRole('timer', { name: 'この議題の時間' });
  const before = await timer.innerText();
  await expect(timer).not.toHaveText(before, { timeout: 3000 });

  // Reveal: the name (and the birth date) appear; next item: masked again.
  await live(page, meeting.id, { type: 'reveal', caseNo: first });
  await expect(label).toContainText(firstName);
  await expect(present.locator('.present-fact').filter({ hasText: '生年月日' })).toBeVisible();
  await presentShot('03-revealed');
  await live(page, meeting.id, { type: 'next' });
  await expect(label).toHaveText(secondMasked);
  await expect(present.getByText('2 / 2')).toBeVisible();
  text = await present.locator('body').innerText();
  for (const name of [CHILD, MOTHER, OTHER]) expect(text).not.toContain(name);
  expect(secondName).not.toBe(firstName);

  // Blackout: nothing but black, at once.
  await live(page, meeting.id, { type: 'blackout', on: true });
  await expect(root).toHaveAttribute('data-present', 'blackout');
  expect(await present.locator('body').innerText()).toBe('');
  expect(await root.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
  await presentShot('04-blackout');
  await live(page, meeting.id, { type: 'blackout', on: false });
  await expect(label).toHaveText(secondMasked);

  // The board of PR-1 on the projector: role labels, never the names.
  await live(page, meeting.id, { type: 'goto', caseNo: 'PR-1' });
  await live(page, meeting.id, { type: 'showBoard', on: true });
  const board = present.getByRole('figure', { name: 'ホワイトボード' });
  await expect(board).toBeVisible();
  await expect(board.locator('g.person')).toHaveCount(2);
  const boardText = await board.evaluate((el) => el.textContent ?? '');
  expect(boardText).toContain('本人');
  expect(boardText).toContain('母');
  expect(boardText).not.toContain(CHILD);
  expect(boardText).not.toContain(MOTHER);
  text = await present.locator('body').innerText();
  for (const name of [CHILD, MOTHER, OTHER]) expect(text).not.toContain(name);
  await presentShot('05-board-masked');

  // Overrun: with a 10-second 確認 budget the timer turns to the overrun colour and says 超過 in words.
  await callApi(page, 'triage.updateSettings', { quickSeconds: 10 });
  await live(page, meeting.id, { type: 'timer', running: true });
  await expect(timer).toContainText('超過', { timeout: 20_000 });
  await expect(timer).toHaveClass(/present-tone-over/);
  await presentShot('06-overrun');

  // The cursor hides after 2 s without movement and comes back with the mouse.
  await present.mouse.move(200, 200);
  await expect(root).not.toHaveClass(/present-idle/);
  await expect(root).toHaveClass(/present-idle/, { timeout: 4000 });
  await present.mouse.move(300, 300);
  await expect(root).not.toHaveClass(/present-idle/);

  // Locking the session: a neutral screen on the projector, no passphrase prompt.
  await callApi(page, 'session.lock', {});
  await expect(root).toHaveAttribute('data-present', 'locked');
  expect(await present.locator('body').innerText()).toBe('つなぐ');
  await expect(present.getByLabel('パスフレーズ')).toHaveCount(0);
  await presentShot('07-locked');
});
