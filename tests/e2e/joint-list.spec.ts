// 合同ケース会議 end to end in Chromium at each room size: 母子保健 proposes a pregnant woman not in the ledger →
// the 統括支援員 accepts her (the 登録番号 offered, センター支援) → she is on the list and in the ledger → a new
// 合同ケース会議's 議題を提案 takes her with the reason 名簿 (and not the 要対協 case that is not on the list) →
// the list saved as XLSX and read back with exceljs.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download, Page } from '@playwright/test';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { expect, test } from './app';
import { card, column, openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error('download has no file');
  return readFile(path);
}

async function openJoint(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: '画面の切り替え' })
    .getByRole('button', { name: '合同ケース会議' })
    .click();
  await expect(page.getByRole('heading', { name: '合同ケース会議', level: 1 })).toBeVisible();
}

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`合同ケース会議: a proposal onto the list, the agenda from it, the list as XLSX at ${size.name}`, async ({
      app,
    }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      // A 要対協 case with its 次回確認 due: a 合同ケース会議 must still leave it out (it is not on the list).
      const due: LedgerCase = {
        ...emptyCase('R8-0001'),
        name: '架空　太郎',
        classification: '要支援児童',
        nextReview: '2020-01',
      };
      await callApi(page, 'ledger.create', { case: due });

      await openJoint(page);
      await expect(page.getByText('名簿にはまだケースがありません。')).toBeVisible();
      await page.getByRole('button', { name: '新しい提案' }).click();
      const form = page.getByRole('region', { name: '新しい提案' });
      await form.getByLabel('提案者').fill('保健師A');
      await form.getByLabel('機能').selectOption('母子保健');
      await form.getByLabel('理由', { exact: true }).selectOption('特定妊婦の可能性');
      await form.getByLabel('理由の詳細').fill('妊婦健診の未受診が続いている');
      await form.getByLabel('子ども（または妊婦）の氏名').fill('架空　花子');
      await form.getByLabel('ふりがな').fill('かくう はなこ');
      await form.getByLabel('出産予定日').fill('2027/3/1');
      await form.getByLabel('地区').fill('北地区');
      await shot('the proposal form');
      await form.getByRole('button', { name: '提案を登録' }).click();
      await expect(form).toBeHidden();

      const inbox = page.getByRole('table', { name: '提案中' });
      const row = inbox.getByRole('row').filter({ hasText: '架空　花子（台帳外）' });
      await expect(row).toContainText('母子保健・保健師A');
      await expect(row).toContainText('特定妊婦の可能性');
      await row.getByRole('button', { name: '名簿に追加' }).click();
      const dialog = page.getByRole('dialog', { name: '名簿に追加しますか' });
      const number = dialog.getByLabel('登録番号');
      await expect(number).toHaveValue(/^CR\d+-0001$/);
      const caseNo = await number.inputValue();
      await shot('accepting asks for the number');
      await dialog.getByRole('button', { name: '名簿に追加' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('提案中のものはありません。')).toBeVisible();

      const list = page.getByRole('table', { name: '名簿' });
      const entry = list.getByRole('row').filter({ hasText: caseNo });
      await expect(entry).toContainText('架空　花子');
      await expect(entry).toContainText('センター支援');
      await expect(entry).toContainText('母子保健：特定妊婦の可能性');
      await entry.getByRole('button', { name: '履歴' }).click();
      await expect(page.getByRole('list', { name: `${caseNo}の名簿の履歴` })).toContainText('名簿に追加');
      await shot('she is on the list, with her history');

      // In the ledger as センター支援, with the 新規登録 naming the proposal.
      const detail = await callApi<{ case: LedgerCase; history: { field: string; detail: string | null }[] }>(
        page,
        'ledger.get',
        { caseNo },
      );
      expect(detail.case.registration).toBe('センター支援');
      expect(detail.case.dueDate).toBe('2027-03-01');
      expect(detail.history[0]!.detail).toContain('合同ケース会議の提案#');

      // A new 合同ケース会議: its suggestion is the list, with the reason 名簿.
      await openMeetings(page);
      await page.getByRole('button', { name: '新しい会議' }).click();
      const meetingForm = page.getByRole('form', { name: '新しい会議' });
      await meetingForm.getByLabel('種類').selectOption('合同ケース会議');
      await meetingForm.getByLabel('題名').fill('12月の合同ケース会議');
      await meetingForm.getByLabel('日付', { exact: true }).fill('2026/12/10');
      await meetingForm.getByRole('button', { name: '会議を作成' }).click();
      await expect(page.getByRole('heading', { name: '12月の合同ケース会議', level: 1 })).toBeVisible();
      await page.getByRole('button', { name: '議題を提案' }).click();
      const board = page.getByRole('region', { name: '振り分け' });
      await expect(board).toBeVisible();
      const herCard = card(board, caseNo);
      await expect(herCard.getByRole('list', { name: '理由' })).toContainText('名簿');
      await expect(card(board, 'R8-0001')).toHaveCount(0);
      await expect(column(page, '協議').getByRole('article')).toHaveCount(1);
      await shot('the joint meeting takes her up for 名簿');

      // The meeting records its decision (as the console does): the list shows it, read live.
      const { meetings } = await callApi<{ meetings: { id: number; title: string }[] }>(page, 'meetings.list', {});
      const meetingId = meetings.find((m) => m.title === '12月の合同ケース会議')!.id;
      await callApi(page, 'live.command', { meetingId, command: { type: 'start' } });
      await callApi(page, 'decisions.save', {
        meetingId,
        caseNo,
        state: 'recorded',
        decision: {
          ...EMPTY_DECISION,
          policy: '母子保健が妊婦訪問を続け、出産後に児童福祉と同行する',
          nextReview: '2027-01',
          judgement: { kind: '特定妊婦', grounds: '妊婦健診の未受診' },
          leadFunction: '母子保健',
          listAction: '継続',
        },
      });
      await openJoint(page);
      await expect(entry).toContainText('特定妊婦');
      await expect(entry).toContainText('母子保健が妊婦訪問を続け');
      // Every column on screen at each size: the list does not scroll sideways (at 1280 px it once hid 操作).
      const overflow = await list.evaluate((table) => table.scrollWidth - (table.parentElement?.clientWidth ?? 0));
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(entry.getByRole('button', { name: '外す' })).toBeInViewport();
      await shot('the list shows the recorded decision');

      // The list as a workbook.
      await page.getByRole('button', { name: '名簿をExcelで保存' }).click();
      const save = page.getByRole('dialog', { name: '名簿をExcelで保存しますか' });
      await shot('saving the list');
      const downloading = page.waitForEvent('download');
      await save.getByRole('button', { name: '保存する' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^合同ケース会議名簿_\d{4}-\d{2}-\d{2}\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await bytesOf(download)) as never);
      const sheet = wb.getWorksheet('名簿')!;
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        '登録番号',
        '氏名',
        '登録区分',
        '種別',
        '提案機能・理由',
        '名簿追加日',
        '直近の合同ケース会議',
        '判定',
        '主担当機能',
        '支援方針',
        '次回確認',
        'サポートプラン',
        '見直し日',
      ]);
      expect(sheet.rowCount).toBe(2);
      expect([1, 2, 3, 5, 12].map((c) => sheet.getRow(2).getCell(c).text)).toEqual([
        caseNo,
        '架空　花子',
        'センター支援',
        '母子保健：特定妊婦の可能性',
        'なし',
      ]);
      expect(sheet.getRow(2).getCell(8).text).toBe('特定妊婦');
      expect(sheet.headerFooter.oddHeader).toContain('取扱注意');
    });
  });
}
