// 議事録 after a short meeting run through the API: the panel exports DOCX (masked by default) and XLSX, the files
// read back (unzip + parse) hold the case, the decision, 取扱注意 and the per-agency sheet, the export log lists
// both, and the print view shows the minutes document.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Download, Page } from '@playwright/test';
import { boardFromCase } from '../../shared/board/from-ledger';
import { emptyCase } from '../../shared/ledger/case';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { test, expect } from './app';
import { openMeetings } from './meeting-steps';
import { callApi, setUpPassphrase } from './steps';

const TITLE = '第7回 実務者会議（議事録の確認）';
const CHILD = '架空ひかり';
const OTHER = '仮名そら';

async function heldMeeting(page: Page): Promise<number> {
  await callApi(page, 'ledger.create', {
    case: {
      ...emptyCase('MN-1'),
      classification: '要保護児童',
      name: CHILD,
      kana: 'かくう ひかり',
      birthDate: '2017-06-01',
      guardianName: '架空ゆき',
      riskLevel: '重度',
      leadAgency: 'こども家庭センター',
    },
  });
  await callApi(page, 'ledger.create', {
    case: {
      ...emptyCase('MN-2'),
      classification: '要支援児童',
      name: OTHER,
      kana: 'かめい そら',
      birthDate: '2020-01-15',
      riskLevel: '軽度',
      nextReview: '2026-11',
    },
  });
  await callApi(page, 'board.save', {
    caseNo: 'MN-1',
    doc: boardFromCase({
      ...emptyCase('MN-1'),
      name: CHILD,
      sex: 'female',
      birthDate: '2017-06-01',
      guardianName: '架空ゆき',
      guardianRelation: '母',
    }),
  });
  const meeting = await callApi<{ id: number }>(page, 'meetings.create', {
    meeting: {
      kind: '実務者会議',
      subcommittee: null,
      title: TITLE,
      date: '2026-11-24',
      startTime: '14:00',
      place: '第1会議室',
      plannedMinutes: 60,
      facilitator: '統括支援員',
      invitedAgencies: ['みどり小学校'],
      invitedPeople: [],
      status: '確定',
      scope: { ...EMPTY_SCOPE, caseNos: ['MN-1', 'MN-2'] },
    },
  });
  const meetingId = meeting.id;
  await callApi(page, 'agenda.suggest', { meetingId, allActive: true });
  await callApi(page, 'agenda.move', { meetingId, caseNo: 'MN-1', group: 'deep', index: 0, reason: null });
  await callApi(page, 'agenda.move', { meetingId, caseNo: 'MN-2', group: 'quick', index: 0, reason: null });
  await callApi(page, 'live.command', {
    meetingId,
    command: { type: 'attendees', attendees: ['みどり小学校', '北保健センター'] },
  });
  await callApi(page, 'live.command', { meetingId, command: { type: 'start' } });
  await callApi(page, 'decisions.confirm', { meetingId, caseNos: ['MN-2'] });
  await callApi(page, 'decisions.save', {
    meetingId,
    caseNo: 'MN-1',
    state: 'recorded',
    decision: {
      ...EMPTY_DECISION,
      situation: '欠席が続いている',
      discussion: '家庭訪問の頻度を協議した',
      policy: '週1回の家庭訪問を続ける',
      riskLevel: '中度',
      roles: [
        { agency: 'みどり小学校', task: '毎朝の登校確認', due: '2026-12-10' },
        { agency: '北保健センター', task: '家庭訪問', due: null },
      ],
    },
  });
  await callApi(page, 'live.command', { meetingId, command: { type: 'end' } });
  return meetingId;
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error('download has no file');
  return readFile(path);
}

test('minutes: DOCX and XLSX from the panel read back, the export log, the print view', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
  await callApi(page, 'agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });
  await heldMeeting(page);
  await openMeetings(page);
  await page.getByRole('button', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

  const panel = page.getByRole('region', { name: '議事録' });
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByRole('checkbox', { name: '氏名を隠す' })).toBeChecked();
  await expect(panel.getByText('まだ書き出していません。')).toBeVisible();
  await shot('minutes panel');

  // DOCX, masked (the default).
  const [docxDownload] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: '議事録（Word）' }).click(),
  ]);
  expect(docxDownload.suggestedFilename()).toBe('議事録_2026-11-24_実務者会議_マスク.docx');
  const docx = await JSZip.loadAsync(await bytesOf(docxDownload));
  const documentXml = await docx.file('word/document.xml')!.async('string');
  const text = [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  expect(text).toContain('MN-1 K.H.');
  expect(text).toContain('週1回の家庭訪問を続ける');
  expect(text).toContain('毎朝の登校確認');
  expect(text).not.toContain(CHILD);
  expect(text).not.toContain(OTHER);
  const headers = await Promise.all(
    Object.keys(docx.files)
      .filter((p) => /^word\/header\d*\.xml$/.test(p))
      .map((p) => docx.file(p)!.async('string')),
  );
  expect(headers.join('')).toContain('取扱注意');

  // XLSX with names.
  await panel.getByRole('checkbox', { name: '氏名を隠す' }).uncheck();
  await panel.getByRole('button', { name: '決定一覧・機関別（Excel）' }).click();
  const confirm = page.getByRole('dialog', { name: '氏名入りの議事録を作りますか' });
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    confirm.getByRole('button', { name: '氏名入りで作る' }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await bytesOf(xlsxDownload)) as unknown as ArrayBuffer);
  // This council's 実務者会議 is its cases only (above): no 次第 items, so no 次第 sheet.
  expect(workbook.worksheets.map((s) => s.name).sort()).toEqual(['みどり小学校', '北保健センター', '決定一覧'].sort());
  const decisions: string[] = [];
  workbook.getWorksheet('決定一覧')!.eachRow((row) => row.eachCell((cell) => decisions.push(String(cell.value))));
  expect(decisions.join('\n')).toContain(`MN-1 ${CHILD}`);
  expect(decisions.join('\n')).toContain('支援方針：週1回の家庭訪問を続ける');
  const school: string[] = [];
  workbook.getWorksheet('みどり小学校')!.eachRow((row) => row.eachCell((cell) => school.push(String(cell.value))));
  expect(school.join('\n')).toContain('毎朝の登校確認');
  expect(workbook.getWorksheet('みどり小学校')!.headerFooter.oddHeader).toContain('取扱注意');

  // The log: newest first, what and how.
  const log = panel.getByRole('table');
  await expect(log.getByRole('row')).toHaveCount(3);
  await expect(log.getByRole('row').nth(1)).toContainText('Excel');
  await expect(log.getByRole('row').nth(1)).toContainText('載せた');
  await expect(log.getByRole('row').nth(2)).toContainText('Word');
  await expect(log.getByRole('row').nth(2)).toContainText('隠した');
  await shot('export log');

  // The print view: the minutes document in a frame, masked again.
  await panel.getByRole('checkbox', { name: '氏名を隠す' }).check();
  await panel.getByRole('button', { name: '印刷・PDF' }).click();
  const view = page.getByRole('dialog', { name: '議事録の印刷' });
  await expect(view).toBeVisible();
  await expect(view.getByRole('button', { name: '印刷する' })).toBeFocused();
  const doc = page.frameLocator('iframe.minutes-print-frame');
  await expect(doc.locator('.running-head .notice')).toHaveText('取扱注意');
  await expect(doc.getByRole('heading', { name: '1. MN-2 K.S.' })).toBeVisible();
  await expect(doc.getByRole('heading', { name: '2. MN-1 K.H.' })).toBeVisible();
  await expect(doc.locator('body')).toContainText('週1回の家庭訪問を続ける');
  await expect(doc.locator('figure.board svg')).toHaveCount(1);
  await expect(doc.locator('body')).not.toContainText(CHILD);
  await shot('print view');
  // The browser host prints the PDF with headless Chromium (it used to fail and point to 「印刷・PDF」).
  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    view.getByRole('button', { name: 'PDF を保存' }).click(),
  ]);
  expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await bytesOf(pdfDownload)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(view.getByRole('alert')).toHaveCount(0);
  await view.getByRole('button', { name: '閉じる' }).click();
  await expect(view).toBeHidden();
  await expect(panel.getByRole('button', { name: '印刷・PDF' })).toBeFocused();
  await expect(log.getByRole('row').nth(1)).toContainText('PDF');
  await expect(log.getByRole('row').nth(1)).toContainText('隠した');
});
