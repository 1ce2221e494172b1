// 印刷・PDF: the handout's print view shows every numbered copy, and printing it (here page.pdf with print
// media, what the system dialog's 「PDF に保存」 does) gives A4 pages, each copy starting on its own page.
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeLedgerWorkbook } from '../fixtures';
import { test, expect } from './app';
import { REPO } from './host-process';
import { importLedger, makeReportsWorkbook, meetingWithAgenda } from './meeting-steps';
import { setUpPassphrase, XLSX_MIME } from './steps';

const TITLE = '第5回 実務者会議（印刷の確認）';
const COPIES = 3;
const NOTICE = '取扱注意・会議終了後回収';
const ARTIFACTS = join(REPO, 'tests', 'artifacts', 'handout-print');

test('the handout prints as a PDF: numbered copies, 取扱注意 on the pages, A4', async ({ app }) => {
  const { page, shot } = app;
  const { buffer, expected } = await makeLedgerWorkbook({ rows: 80, seed: 31337 });
  await setUpPassphrase(page);
  await importLedger(page, buffer);
  const picked = expected.accepted.slice(0, 12);

  await meetingWithAgenda(
    page,
    { title: TITLE, date: '2025-12-10', caseNos: picked.map((c) => c.caseNo) },
    async () => {
      // A report on every case, so each case summary has a table and a copy runs over several pages.
      const reports = await makeReportsWorkbook(
        picked.map((c, i) => ({
          caseNo: c.caseNo,
          reportDate: '2025-12-01',
          agency: i % 2 ? 'みどり小学校' : 'ひまわり保育園',
          daysAbsent: i % 4,
          unexplained: '無',
          injury: '無',
          homeChange: i % 3 ? '' : '同居人が転出',
          safety: 6,
          note: '登園・登校の様子に大きな変化なし',
        })),
      );
      const section = page.getByRole('region', { name: '関係機関からの報告' });
      await section
        .getByLabel('報告ファイルを選択')
        .setInputFiles({ name: '報告（架空）.xlsx', mimeType: XLSX_MIME, buffer: reports });
      await section.getByRole('button', { name: '報告を取り込む' }).click();
      await expect(section.getByText('報告の取り込みが完了しました。')).toBeVisible();
    },
  );

  // Masked by default; three copies.
  const handout = page.getByRole('region', { name: '配布資料' });
  await handout.getByLabel('部数').fill(String(COPIES));
  await handout.getByRole('button', { name: '印刷・PDF' }).click();
  const view = page.getByRole('dialog', { name: '配布資料の印刷' });
  await expect(view).toBeVisible();
  await expect(view.getByRole('button', { name: '印刷する' })).toBeFocused();
  // Only the handout is on screen (and on paper): the app behind it is hidden.
  await expect(page.locator('#root')).toBeHidden();

  const copies = view.getByRole('article');
  await expect(copies).toHaveCount(COPIES);
  for (let n = 1; n <= COPIES; n++) {
    const copy = view.getByRole('article', { name: `配布番号 ${n} / ${COPIES}` });
    await expect(copy.locator('.handout-running-head')).toHaveText(`${NOTICE}配布番号 ${n} / ${COPIES}`);
    await expect(copy.getByRole('heading', { name: '会議次第' })).toBeVisible();
    await expect(copy.getByRole('heading', { name: '事例の概要' })).toBeVisible();
  }
  const first = view.getByRole('article', { name: `配布番号 1 / ${COPIES}` });
  const onAgenda = await first.getByRole('region').count();
  expect(onAgenda).toBeGreaterThanOrEqual(8);
  await expect(first.getByRole('table', { name: /の報告$/ })).toHaveCount(onAgenda);
  // Masked: no child's name anywhere in the view, only 登録番号 and initials.
  const text = (await view.textContent()) ?? '';
  for (const c of picked) expect(text).not.toContain(c.name);
  expect(text).toContain(picked[0]?.caseNo ?? '-');
  await shot('印刷プレビュー');

  // What the print dialog prints: print media, A4.
  await page.emulateMedia({ media: 'print' });
  await expect(view.getByRole('button', { name: '印刷する' })).toBeHidden();
  await shot('印刷用の表示');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const raw = pdf.toString('latin1');
  const pages = raw.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  // Every copy starts on a fresh page and all copies are the same, so the pages divide evenly, more than one each.
  expect(pages % COPIES).toBe(0);
  expect(pages / COPIES).toBeGreaterThan(1);
  // A4 is 595 × 842 points (Chromium rounds to whole pixels, hence the tolerance).
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(raw);
  expect(Math.abs(Number(box?.[1]) - 595.3)).toBeLessThan(2);
  expect(Math.abs(Number(box?.[2]) - 841.9)).toBeLessThan(2);

  await rm(ARTIFACTS, { recursive: true, force: true });
  await mkdir(ARTIFACTS, { recursive: true });
  const pdfPath = join(ARTIFACTS, '事前配布資料.pdf');
  await writeFile(pdfPath, pdf);

  // With poppler's pdftotext (optional here), read each page: the copy's header must be on every one of them.
  const pageTexts = pdfText(pdfPath);
  if (pageTexts === null) {
    test
      .info()
      .annotations.push({ type: 'note', description: 'pdftotext がないため、各ページの見出しの確認を省略しました。' });
  } else {
    expect(pageTexts).toHaveLength(pages);
    const perCopy = pages / COPIES;
    pageTexts.forEach((t, i) => {
      const copy = Math.floor(i / perCopy) + 1;
      expect(t, `page ${i + 1}`).toContain(NOTICE);
      expect(t.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(`配布番号 ${copy} / ${COPIES}`);
    });
  }

  // Back on screen, closing returns to the meeting with the focus on the button that opened the view.
  await page.emulateMedia({ media: 'screen' });
  await view.getByRole('button', { name: '閉じる' }).click();
  await expect(view).toHaveCount(0);
  await expect(handout.getByRole('button', { name: '印刷・PDF' })).toBeFocused();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
});

/** The text of each page, or null without pdftotext. */
function pdfText(path: string): string[] | null {
  let out: string;
  try {
    out = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // pdftotext ends every page with a form feed.
  return out.split('\f').slice(0, -1);
}
