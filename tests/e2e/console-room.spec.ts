// The facilitator console in the room, at the three room sizes: the header (meeting clock, current case,
// 前へ/次へ, 会議を終了) never scrolls away, and moving to another item (次へ, 前へ, a rail click, →) shows the new
// item's top even when the facilitator had scrolled down to 役割分担. Long 役割分担 text is shown whole, and the
// meeting page says why 「会議を進行」 is not there yet.
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './app';
import { importLedger, meetingWithAgenda } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const NAMES = [
  'はると',
  'みお',
  'そら',
  'ゆい',
  'ひなた',
  'りく',
  'さくら',
  'いつき',
  'あおい',
  'ゆうと',
  'めい',
  'そうた',
];
// Eight 軽度 cases go to 確認, four 重度 ones to 協議: enough for the rail and the current item to scroll.
const CASES = NAMES.map((name, i) => ({
  caseNo: `C-${String(i + 1).padStart(2, '0')}`,
  name: `架空${name}`,
  kana: `かくう ${name}`,
  risk: i < 8 ? '軽度' : '重度',
}));
// The 協議 cases in meeting order (after the 確認 block; all 重度, so by number).
const [DEEP1, DEEP2, DEEP3, DEEP4] = CASES.filter((c) => c.risk === '重度').map((c) => c.caseNo) as [
  string,
  string,
  string,
  string,
];

const LONG_AGENCY = '市子ども家庭支援課（こども家庭センター）';
const LONG_TASK =
  '登校の様子を毎朝確認し、連絡のない欠席が二日続いたときは当日中に家庭訪問して本人の安全を確認する。' +
  '結果はこども家庭センターへ電話で伝え、次回の個別ケース検討会議までに経過を文書にまとめて共有する。';

async function ledgerWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台帳');
  sheet.addRow(['登録番号', '種別', '児童氏名', 'ふりがな', '生年月日', '性別', '重症度', '主担当機関', '支援方針']);
  for (const c of CASES) {
    sheet.addRow([
      c.caseNo,
      '要支援児童',
      c.name,
      c.kana,
      new Date(Date.UTC(2016, 3, 2)),
      '男',
      c.risk,
      'こども家庭センター',
      '見守り',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Whether the whole element can be seen: inside the window and inside every ancestor that clips (a scrolled
 * column hides what is scrolled past even though it is still within the window).
 */
async function fullyShown(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const inside = (box: { top: number; bottom: number; left: number; right: number }) =>
      r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
    if (!inside({ top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth })) return false;
    for (let a = el.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      if (!inside(a.getBoundingClientRect())) return false;
    }
    return true;
  });
}

function consoleParts(page: Page) {
  return {
    header: {
      clock: page.getByRole('timer', { name: '会議の経過時間' }),
      label: page.locator('#current-title'),
      previous: page.getByRole('button', { name: '前へ' }),
      next: page.getByRole('button', { name: '次へ' }),
      end: page.getByRole('button', { name: '会議を終了' }),
    },
    itemTimer: page.getByRole('timer', { name: 'この議題の経過時間' }),
    name: page.locator('.current-name'),
  };
}

/** The header and the top of the item on screen (number, timer, name) can all be seen. */
async function expectHeadAndTop(page: Page, caseNo: string): Promise<void> {
  const parts = consoleParts(page);
  const c = CASES.find((x) => x.caseNo === caseNo)!;
  await expect(parts.header.label).toContainText(caseNo);
  await expect(parts.header.label).toContainText(`${CASES.indexOf(c) + 1} / ${CASES.length}`);
  await expect(parts.name).toContainText(c.name);
  for (const [what, target] of Object.entries({ ...parts.header, itemTimer: parts.itemTimer, name: parts.name })) {
    await expect.poll(() => fullyShown(target), { message: `${what} of ${caseNo} in view` }).toBe(true);
  }
}

/** Scrolls the item on screen down to its 役割分担 (as the facilitator does while the room decides). */
async function scrollToRoles(page: Page): Promise<void> {
  const roles = page.getByRole('group', { name: '役割分担' });
  await roles.scrollIntoViewIfNeeded();
  await roles.getByRole('button', { name: '役割を追加' }).hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => fullyShown(consoleParts(page).itemTimer)).toBe(false);
}

for (const size of ROOM_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: viewportOf(size) });

    test('the console keeps its header and the new item in view', async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
      await callApi(page, 'agenda.saveProgramTemplate', {
        kind: '実務者会議',
        template: [{ block: 'quick' }, { block: 'deep' }],
      });
      await importLedger(page, await ledgerWorkbook());

      // Before the agenda is suggested there is nothing to run: the page says why instead of a missing button.
      const hint = page.getByText('議題を提案すると会議を進行できます');
      await meetingWithAgenda(
        page,
        { title: '第9回実務者会議', date: '2026-11-10', caseNos: CASES.map((c) => c.caseNo) },
        async () => {
          await expect(hint).toBeVisible();
          await expect(page.getByRole('button', { name: '会議を進行' })).toHaveCount(0);
          expect(await fullyShown(hint)).toBe(true);
          await shot('before the agenda - hint');
        },
      );
      await expect(hint).toHaveCount(0);
      await expect(page.getByRole('button', { name: '会議を進行' })).toBeVisible();

      await page.getByRole('button', { name: '会議を進行' }).click();
      await page.getByRole('button', { name: '会議を開始' }).click();
      await expectHeadAndTop(page, 'C-01');
      await shot('console started');

      // A rail click to the first 協議 case; a long 役割分担 is typed and shown whole.
      const rail = page.getByRole('navigation', { name: '議題' });
      await rail.getByRole('button', { name: DEEP1 }).click();
      await expectHeadAndTop(page, DEEP1);
      const form = page.getByRole('region', { name: '決定（協議）' });
      await form.getByRole('button', { name: '役割を追加' }).click();
      await form.getByLabel('役割分担1の機関').fill(LONG_AGENCY);
      await form.getByLabel('役割分担1の役割').fill(LONG_TASK);
      await form.getByLabel('役割分担1の期限').fill('2026-12');
      await expect(form.getByRole('status')).toContainText('下書き');
      for (const [label, text] of [
        ['役割分担1の機関', LONG_AGENCY],
        ['役割分担1の役割', LONG_TASK],
      ] as const) {
        const field = form.getByLabel(label);
        await expect(field).toHaveValue(text);
        const fits = await field.evaluate(
          (el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1,
        );
        expect(fits, 'the whole text is shown without scrolling inside the field').toBe(true);
      }
      // The row keeps its parts (機関, 役割, 期限, 削除) inside the form.
      for (const part of [
        form.getByLabel('役割分担1の機関'),
        form.getByLabel('役割分担1の役割'),
        form.getByLabel('役割分担1の期限'),
        form.getByRole('button', { name: '役割分担1を削除' }),
      ]) {
        await part.scrollIntoViewIfNeeded();
        expect(await fullyShown(part)).toBe(true);
      }
      await form.getByRole('group', { name: '役割分担' }).scrollIntoViewIfNeeded();
      await shot('long roles shown whole');

      // Scrolled down to 役割分担, then 次へ: the next case from its top, the header still there.
      await scrollToRoles(page);
      await shot('scrolled to roles');
      await consoleParts(page).header.next.click();
      await expectHeadAndTop(page, DEEP2);
      await shot('after next');

      // The same with 前へ.
      await scrollToRoles(page);
      await consoleParts(page).header.previous.click();
      await expectHeadAndTop(page, DEEP1);
      await expect(form.getByLabel('役割分担1の役割')).toHaveValue(LONG_TASK);

      // And with a click in the agenda rail.
      await scrollToRoles(page);
      await rail.getByRole('button', { name: DEEP3 }).click();
      await expectHeadAndTop(page, DEEP3);
      await expect(rail.getByRole('button', { name: DEEP3 })).toHaveAttribute('aria-current', 'true');
      await shot('after a rail click');

      // By keyboard: from a button of the form that goes away with the case, → lands on the next case's
      // heading (never on the page's body), shown from its top.
      await scrollToRoles(page);
      await form.getByRole('button', { name: '役割を追加' }).focus();
      await page.keyboard.press('ArrowRight');
      await expectHeadAndTop(page, DEEP4);
      await expect(consoleParts(page).header.label).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      await expectHeadAndTop(page, DEEP3);
      await shot('after keys');

      // The side column scrolls on its own down to the projector's controls; the header stays.
      const side = page.getByRole('complementary', { name: '確認・出席・投影' });
      const fields = side.getByRole('group', { name: '投影する項目' });
      await fields.scrollIntoViewIfNeeded();
      expect(await fullyShown(fields)).toBe(true);
      expect(await fullyShown(consoleParts(page).header.end)).toBe(true);
      await shot('side column at its end');

      // Another window moves the meeting on while an attendee is being typed: the new case shows from its top
      // and the field keeps the focus (and the typing).
      const meetingId = Number(/console=(\d+)/.exec(new URL(page.url()).hash)?.[1]);
      const attendee = side.getByLabel('出席者を追加');
      await attendee.fill('民生委員');
      await callApi(page, 'live.command', { meetingId, command: { type: 'next' } });
      await expectHeadAndTop(page, DEEP4);
      await expect(attendee).toBeFocused();
      await page.keyboard.type('（主任児童委員）');
      await expect(attendee).toHaveValue('民生委員（主任児童委員）');

      // Ending: the dialog's list of carried-over cases and both buttons fit; afterwards the header is still there.
      await consoleParts(page).header.end.click();
      const dialog = page.getByRole('dialog', { name: '会議を終了しますか' });
      await expect(dialog.getByRole('listitem')).toHaveCount(CASES.length);
      for (const button of [
        dialog.getByRole('button', { name: '戻る' }),
        dialog.getByRole('button', { name: '終了して記録する' }),
      ]) {
        expect(await fullyShown(button)).toBe(true);
      }
      await shot('end dialog');
      await dialog.getByRole('button', { name: '終了して記録する' }).click();
      await expect(page.getByText(`この会議は終了しました（${CASES.length}件を次回へ持ち越し）`)).toBeVisible();
      await expect.poll(() => fullyShown(consoleParts(page).header.label)).toBe(true);
      await expect.poll(() => fullyShown(consoleParts(page).header.clock)).toBe(true);
      await shot('ended');
    });
  });
}
