// Files that leave the office, from the screens: the ledger's xlsx, the minutes (Word/Excel) and the handout
// (Word) saved with an open password (read back by Python's msoffcrypto, not by the library that wrote them),
// the Japanese messages for a mismatch or a short password, CSV refusing a password, and CP932's warning with
// the way back to UTF-8. At the three room sizes.
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { Download, Page } from '@playwright/test';
import { emptyCase } from '../../shared/ledger/case';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { allPartsText, decryptWithMsoffcrypto, isOle2 } from '../integration/office-decrypt';
import { test, expect } from './app';
import { openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, chooseFile, importDialog, openLedgerView, setUpPassphrase } from './steps';

const PASSWORD = 'sotohe-2026';
const TITLE = '第8回 実務者会議（パスワードの確認）';

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error('download has no file');
  return readFile(path);
}

function opened(bytes: Buffer): Record<string, string> {
  expect(isOle2(bytes)).toBe(true);
  expect(decryptWithMsoffcrypto(bytes, 'wrong-password')).toBeInstanceOf(Error);
  const parts = decryptWithMsoffcrypto(bytes, PASSWORD);
  if (parts instanceof Error) throw parts;
  return parts;
}

async function endedMeeting(page: Page): Promise<void> {
  for (const [caseNo, name] of [
    ['PW-1', '𠮷田 はな'],
    ['PW-2', '髙橋 ①'],
  ] as const)
    await callApi(page, 'ledger.create', {
      case: { ...emptyCase(caseNo), classification: '要保護児童', name, kana: 'かくう はな', riskLevel: '中度' },
    });
  const { id: meetingId } = await callApi<{ id: number }>(page, 'meetings.create', {
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
      scope: { ...EMPTY_SCOPE, caseNos: ['PW-1', 'PW-2'] },
    },
  });
  await callApi(page, 'agenda.suggest', { meetingId, allActive: true });
  await callApi(page, 'live.command', { meetingId, command: { type: 'start' } });
  await callApi(page, 'decisions.save', {
    meetingId,
    caseNo: 'PW-1',
    state: 'recorded',
    decision: { ...EMPTY_DECISION, policy: '週1回の家庭訪問を続ける', roles: [] },
  });
  await callApi(page, 'live.command', { meetingId, command: { type: 'end' } });
}

for (const size of ROOM_SIZES) {
  test(`files that leave the office: passwords and CSV encodings at ${size.name}`, async ({ app }) => {
    const { page, shot } = app;
    await page.setViewportSize(viewportOf(size));
    await setUpPassphrase(page);
    // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
    await callApi(page, 'agenda.saveProgramTemplate', {
      kind: '実務者会議',
      template: [{ block: 'quick' }, { block: 'deep' }],
    });
    await endedMeeting(page);
    await page.reload();
    await openLedgerView(page);
    await expect(
      page.getByRole('grid', { name: 'ケース一覧' }).getByRole('row').filter({ hasText: 'PW-1' }),
    ).toBeVisible();

    // Ledger → Excel with a password: a mismatch is refused in the dialog, then the file opens with it only.
    await page.getByRole('button', { name: '書き出し' }).click();
    await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();
    const confirm = page.getByRole('dialog', { name: '台帳全体を書き出しますか' });
    await confirm.getByRole('checkbox', { name: 'パスワードを付けて保存' }).check();
    await confirm.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
    await confirm.getByLabel('パスワード（確認）').fill(PASSWORD + 'x');
    await expect(confirm.getByText('パスワードはファイルとは別の方法（電話など）でお伝えください。')).toBeVisible();
    await confirm.getByRole('button', { name: '書き出す' }).click();
    await expect(confirm.getByRole('alert')).toHaveText('パスワードと確認用のパスワードが一致しません。');
    await shot('台帳 xlsx パスワード不一致');
    await confirm.getByLabel('パスワード（確認）').fill(PASSWORD);
    await expect(confirm.getByRole('alert')).toHaveCount(0); // the message goes once the fields are fixed
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      confirm.getByRole('button', { name: '書き出す' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(allPartsText(opened(await bytesOf(xlsx)))).toContain('𠮷田 はな');

    // CSV: no password (said so), and CP932 warns what it would lose before anything is written.
    await page.getByRole('button', { name: '書き出し' }).click();
    await page.getByRole('menuitem', { name: 'CSV' }).click();
    await expect(confirm.getByText('CSV・JSON ファイルにはパスワードを付けられません。')).toBeVisible();
    await expect(confirm.getByRole('checkbox', { name: 'パスワードを付けて保存' })).toHaveCount(0);
    await expect(confirm.getByRole('radio', { name: /^UTF-8/ })).toBeChecked();
    await confirm.getByRole('radio', { name: /^シフトJIS/ }).check();
    await expect(confirm.getByRole('alert')).toHaveText(
      'シフトJIS（CP932）では 1 個のセルの文字が「?」に置き換わります（例: PW-1「児童氏名」の 𠮷）。文字を残すには UTF-8 を選んでください。',
    );
    await shot('CSV シフトJIS の警告');
    await confirm.getByRole('radio', { name: /^UTF-8/ }).check();
    await expect(confirm.getByRole('alert')).toHaveCount(0);
    // Saved in CP932 anyway: the re-import notices the 「?」, keeps the ledger's name and says so in the preview.
    await confirm.getByRole('radio', { name: /^シフトJIS/ }).check();
    await expect(confirm.getByRole('alert')).toBeVisible();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      confirm.getByRole('button', { name: '書き出す' }).click(),
    ]);
    const sjis = await bytesOf(csv);
    expect(iconv.decode(sjis, 'cp932')).toContain('?田 はな');
    await chooseFile(page, '台帳.csv', sjis);
    const wizard = importDialog(page);
    await wizard.getByRole('button', { name: '次へ' }).click();
    const notes = wizard.getByRole('table', { name: '注意（取り込みはされます）' });
    await expect(notes.getByRole('row').filter({ hasText: 'PW-1' })).toContainText(
      '「児童氏名」: CP932 で保存されたため文字が「?」に置き換わっています。台帳の値を残しました',
    );
    await notes.scrollIntoViewIfNeeded();
    await shot('CP932 の「?」を台帳の値で残す');
    await wizard.getByRole('button', { name: 'キャンセル' }).click();
    await expect(wizard).toBeHidden();

    // Minutes (Word) and the handout (Word) with a password, from the meeting page.
    await openMeetings(page);
    await page.getByRole('button', { name: TITLE }).click();
    await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    const minutes = page.getByRole('region', { name: '議事録' });
    await minutes.scrollIntoViewIfNeeded();
    await minutes.getByRole('checkbox', { name: 'Word・Excel にパスワードを付けて保存' }).check();
    await minutes.getByLabel('パスワード', { exact: true }).fill('abc');
    await minutes.getByLabel('パスワード（確認）').fill('abc');
    await minutes.getByRole('button', { name: '議事録（Word）' }).click();
    await expect(minutes.getByRole('alert')).toHaveText('パスワードは4文字以上にしてください。');
    await minutes.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
    await minutes.getByLabel('パスワード（確認）').fill(PASSWORD);
    await expect(minutes.getByRole('alert')).toHaveCount(0);
    await minutes.getByText('パスワードはファイルとは別の方法').scrollIntoViewIfNeeded();
    await shot('議事録 パスワード');
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      minutes.getByRole('button', { name: '議事録（Word）' }).click(),
    ]);
    expect(opened(await bytesOf(docx))['word/document.xml']).toContain('週1回の家庭訪問を続ける');
    await expect(minutes.getByRole('alert')).toHaveCount(0);

    const handout = page.getByRole('region', { name: '配布資料' });
    await handout.scrollIntoViewIfNeeded();
    await handout.getByRole('checkbox', { name: 'Word にパスワードを付けて保存' }).check();
    await handout.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
    await handout.getByLabel('パスワード（確認）').fill(PASSWORD);
    await shot('配布資料 パスワード');
    const [handoutDocx] = await Promise.all([
      page.waitForEvent('download'),
      handout.getByRole('button', { name: '配布資料を書き出す（Word）' }).click(),
    ]);
    expect(opened(await bytesOf(handoutDocx))['word/document.xml']).toContain('PW-1');
  });
}
