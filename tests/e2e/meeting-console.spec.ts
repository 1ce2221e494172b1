// Running a meeting with two pages, as in the room: the facilitator's console and the projector (/present)
// opened from it. They stay in sync through the backend; masking is on by default; reveal and blackout
// work; a 確認 block is run with one case pulled out to 協議; a 協議 decision is recorded with two role
// assignments; both pages are reloaded mid-meeting; the meeting ends and the next suggestion carries over.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './app';
import { importLedger, meetingWithAgenda } from './meeting-steps';
import { REPO } from './host-process';
import { setUpPassphrase, callApi } from './steps';

const CASES = [
  ['C-1', '架空はると', 'かくう はると', '軽度'],
  ['C-2', '架空みお', 'かくう みお', '軽度'],
  ['C-3', '架空そら', 'かくう そら', '軽度'],
  ['C-4', '架空ゆい', 'かくう ゆい', '重度'],
] as const;

async function ledgerWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台帳');
  sheet.addRow(['登録番号', '種別', '児童氏名', 'ふりがな', '生年月日', '性別', '重症度', '主担当機関', '支援方針']);
  for (const [caseNo, name, kana, risk] of CASES) {
    sheet.addRow([
      caseNo,
      '要支援児童',
      name,
      kana,
      new Date(Date.UTC(2016, 3, 2)),
      '男',
      risk,
      'こども家庭センター',
      '見守り',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The projector's screenshots go beside the console's, in tests/artifacts/projector-…/. */
async function projectorShot(projector: Page, name: string): Promise<void> {
  await projector.screenshot({ path: join(REPO, 'tests', 'artifacts', 'projector-during-a-meeting', `${name}.png`) });
}

function presentState(projector: Page) {
  return projector.locator('[data-present]');
}

async function presentedLabel(projector: Page): Promise<string> {
  return (await projector.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

test('a meeting run from the console, followed by the projector, ends with carry-over', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
  await callApi(page, 'agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });
  await importLedger(page, await ledgerWorkbook());
  await meetingWithAgenda(page, { title: '第5回実務者会議', date: '2026-11-10', caseNos: CASES.map(([c]) => c) });

  await page.getByRole('button', { name: '会議を進行' }).click();
  await expect(page.getByRole('heading', { name: '第5回実務者会議', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '会議を開始' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /C-1/ })).toBeVisible();

  const popup = page.context().waitForEvent('page');
  await page.getByRole('button', { name: '投影画面を開く' }).click();
  const projector = await popup;
  await projector.setViewportSize({ width: 1280, height: 720 });
  await expect(presentState(projector)).toHaveAttribute('data-present', 'item');

  // Masked by default: caseNo + initials, never the name.
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('C-1 K.H.');
  await expect(projector.locator('body')).not.toContainText('架空');
  await shot('console started');
  await projectorShot(projector, 'masked');

  // Reveal is for this case only and ends with the item.
  await page.getByRole('button', { name: 'このケースの氏名を表示' }).click();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('C-1 架空はると');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: /C-2/ })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('C-2 K.M.');
  await expect(projector.locator('body')).not.toContainText('架空');

  // Blackout at once, from the keyboard, and back.
  await page.keyboard.press('b');
  await expect(presentState(projector)).toHaveAttribute('data-present', 'blackout');
  await projectorShot(projector, 'blackout');
  await expect(projector.locator('body')).not.toContainText('C-2');
  await expect(page.getByRole('button', { name: 'ブラックアウト' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('b');
  await expect(presentState(projector)).toHaveAttribute('data-present', 'item');

  // The timer pauses with Space.
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'タイマー開始' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: '一時停止' })).toBeVisible();

  // The 確認 block: C-3 pulled out to 協議, the rest confirmed at once.
  const block = page.getByRole('region', { name: /確認（事務局案）/ });
  await block.getByRole('button', { name: /C-3.*を協議へ移す/ }).click();
  await expect(block.getByRole('button', { name: /C-3.*を確認/ })).toHaveCount(0);
  await expect(block).toContainText('残り2件');
  await block.getByRole('button', { name: '一括確認' }).click();
  await expect(block).toContainText('残り0件');
  await expect(page.getByRole('navigation', { name: '議題' }).getByText('確認済')).toHaveCount(2);
  await shot('quick block confirmed');

  // The 協議 case C-4 (after the 確認 block): a decision with two role assignments.
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /C-4/ })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('C-4 K.Y.');
  await projectorShot(projector, 'deep case');
  const form = page.getByRole('region', { name: '決定（協議）' });
  await form.getByLabel('協議内容').fill('登校の状況を学校と共有し、家庭訪問を続ける。');
  await form.getByRole('button', { name: '役割を追加' }).click();
  await form.getByRole('button', { name: '役割を追加' }).click();
  await form.getByLabel('役割分担1の機関').fill('小学校');
  await form.getByLabel('役割分担1の役割').fill('登校の見守りと欠席時の連絡');
  await form.getByLabel('役割分担2の機関').fill('保健センター');
  await form.getByLabel('役割分担2の役割').fill('月1回の家庭訪問');
  await form.getByLabel('役割分担2の期限').fill('2026-12');
  await form.getByRole('button', { name: '+3か月' }).click();
  await expect(form.getByLabel('次回確認時期')).toHaveValue('令和9年2月');
  await form.getByRole('button', { name: '決定を記録' }).click();
  await expect(form.getByRole('status')).toContainText('記録済み');
  await shot('deep decision recorded');

  // C-3 (pulled out): a draft typed, then both windows reloaded mid-meeting.
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /C-3/ })).toBeVisible();
  await page
    .getByRole('region', { name: '決定（協議）' })
    .getByLabel('状況')
    .fill('転居の予定があると保護者から聞いた。');
  await expect(page.getByRole('region', { name: '決定（協議）' }).getByRole('status')).toContainText('下書き');

  await page.reload();
  await projector.reload();
  await expect(page.getByRole('heading', { level: 2, name: /C-3/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '決定（協議）' }).getByLabel('状況')).toHaveValue(
    '転居の予定があると保護者から聞いた。',
  );
  await expect(page.getByRole('navigation', { name: '議題' }).getByText('確認済')).toHaveCount(2);
  await expect(page.getByRole('navigation', { name: '議題' }).getByText('記録済')).toHaveCount(1);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('C-3 K.S.');
  expect(await presentedLabel(projector)).not.toContain('架空');

  // End: C-3 has no recorded decision, so it goes to 次回へ.
  await page.getByRole('button', { name: '会議を終了' }).click();
  const dialog = page.getByRole('dialog', { name: '会議を終了しますか' });
  await expect(dialog).toContainText('C-3');
  await shot('end dialog');
  await dialog.getByRole('button', { name: '終了して記録する' }).click();
  await expect(page.getByText('この会議は終了しました（1件を次回へ持ち越し）')).toBeVisible();
  await expect(presentState(projector)).toHaveAttribute('data-present', 'ended');

  // The next meeting of the same kind suggests C-3 again, as carried over.
  await page.getByRole('button', { name: '会議の画面へ戻る' }).click();
  await page.getByRole('button', { name: '会議一覧へ戻る' }).click();
  await meetingWithAgenda(page, { title: '第6回実務者会議', date: '2026-12-08', caseNos: CASES.map(([c]) => c) });
  const carried = page.getByRole('article', { name: 'C-3', exact: true });
  await expect(carried).toContainText('前回からの持ち越し');
  await shot('next meeting carries over');
  await page.getByRole('button', { name: '会議一覧へ戻る' }).click();
  await expect(page.getByRole('row', { name: /第5回実務者会議.*終了/ })).toBeVisible();
});

test("M asks before unmasking every case, warns while unmasked, and the meeting's end masks again", async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
  await callApi(page, 'agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });
  await importLedger(page, await ledgerWorkbook());
  await meetingWithAgenda(page, { title: '第7回実務者会議', date: '2026-11-10', caseNos: CASES.map(([c]) => c) });
  await page.getByRole('button', { name: '会議を進行' }).click();
  await page.getByRole('button', { name: '会議を開始' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /C-1/ })).toBeVisible();
  const popup = page.context().waitForEvent('page');
  await page.getByRole('button', { name: '投影画面を開く' }).click();
  const projector = await popup;
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('C-1 K.H.');
  const maskButton = page.getByRole('button', { name: 'マスク切替' });
  const warning = page.getByRole('alert', { name: 'マスク解除中' });

  // M asks; 戻る keeps the mask.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: '全ケースのマスクを外しますか' });
  await expect(dialog).toBeVisible();
  await shot('unmask asked');
  await dialog.getByRole('button', { name: '戻る' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(maskButton).toHaveAttribute('aria-pressed', 'true');
  await expect(warning).toHaveCount(0);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('C-1 K.H.');

  // Escape keeps it too; confirming unmasks and the console warns, on every item.
  await page.keyboard.press('m');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(maskButton).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('m');
  await dialog.getByRole('button', { name: 'マスクを外す' }).click();
  await expect(warning).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('C-1 架空はると');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowRight');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('C-2 架空みお');
  await expect(warning).toBeVisible();
  await shot('unmasked warning');

  // Ending the meeting ends the unmask.
  await page.getByRole('button', { name: '会議を終了' }).click();
  await page
    .getByRole('dialog', { name: '会議を終了しますか' })
    .getByRole('button', { name: '終了して記録する' })
    .click();
  await expect(page.getByText(/この会議は終了しました/)).toBeVisible();
  await expect(warning).toHaveCount(0);
  await expect(maskButton).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('投影：氏名を隠しています')).toBeVisible();
});
