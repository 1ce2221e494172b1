// ケースごとの集約 in Chromium: a request to three agencies (through requests.*), the sheets two of them send back written by exceljs (one with a column of its own, one
// re-sent with an answer changed) imported through reports.import; the meeting screen lists the case with the
// missing agency, the merged grid flags the worry until its 聞き取り is saved as 済 (and after a reload), and
// the console shows the questions for the case and the merged summary. At every room size.
import ExcelJS from 'exceljs';
import type { AssessmentRequest } from '../../shared/assessment/types';
import { returnedWorkbook, type ReturnedCase } from '../helpers/returned-workbook';
import { expect, test } from './app';
import { importLedger, meetingWithAgenda, openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const TITLE = '第7回実務者会議';
const SCHOOL = '架空市立第一小学校';
const HEALTH = '架空保健センター';
const NURSERY = '架空ひまわり保育園';

async function ledgerWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台帳');
  sheet.addRow(['登録番号', '種別', '児童氏名', 'ふりがな', '生年月日', '性別', '重症度', '主担当機関', '支援方針']);
  for (const [caseNo, name, kana] of [
    ['S-1', '架空はると', 'かくう はると'],
    ['S-2', '架空みお', 'かくう みお'],
  ])
    sheet.addRow([
      caseNo,
      '要支援児童',
      name,
      kana,
      new Date(Date.UTC(2016, 3, 2)),
      '男',
      '軽度',
      'こども家庭センター',
      '見守り',
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The question and the request, as the meeting's 関係機関への依頼 makes them. */
async function makeRequest(page: Parameters<typeof callApi>[0], meetingId: number): Promise<AssessmentRequest> {
  await callApi(page, 'requests.saveQuestion', {
    meetingId,
    agency: HEALTH,
    caseNo: 'S-1',
    text: '母の通院状況を説明してください',
  });
  const input = {
    meetingId,
    dueDate: '2026-12-05',
    agencies: [
      { agency: SCHOOL, caseNos: ['S-1', 'S-2'] },
      { agency: HEALTH, caseNos: ['S-1'] },
      { agency: NURSERY, caseNos: ['S-1'] },
    ],
  };
  return (await callApi<{ request: AssessmentRequest }>(page, 'requests.create', input)).request;
}

async function importReturned(
  page: Parameters<typeof callApi>[0],
  request: AssessmentRequest,
  agency: string,
  cases: ReturnedCase[],
  extraColumns: string[] = [],
) {
  const bytes = await returnedWorkbook({ requestId: request.id, agency, items: request.items, cases, extraColumns });
  await callApi(page, 'reports.import', { fileName: `${agency}_回答.xlsx`, dataBase64: bytes.toString('base64') });
}

for (const size of ROOM_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: viewportOf(size) });

    test('the merged sheet per case, a worry heard, the console', async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      await callApi(page, 'agenda.saveProgramTemplate', {
        kind: '実務者会議',
        template: [{ block: 'quick' }, { block: 'deep' }],
      });
      await importLedger(page, await ledgerWorkbook());
      await meetingWithAgenda(page, { title: TITLE, date: '2026-12-10', caseNos: ['S-1', 'S-2'] });
      const { meetings } = await callApi<{ meetings: { id: number; title: string }[] }>(page, 'meetings.list', {});
      const meetingId = meetings.find((m) => m.title === TITLE)!.id;

      const panel = page.getByRole('region', { name: 'ケースごとの集約' });
      await panel.scrollIntoViewIfNeeded();
      await expect(panel).toContainText('まだ依頼がありません');

      const request = await makeRequest(page, meetingId);
      await importReturned(
        page,
        request,
        SCHOOL,
        [
          {
            caseNo: 'S-1',
            answers: { 家に帰りたがらない: 'はい', 安全スケール: 4, 所見: 'はるとは朝食を食べていない様子' },
            filledOn: '2026-12-04',
            filledBy: '担任A',
            extra: { 学校の備考: '兄も在籍' },
          },
          { caseNo: 'S-2', answers: { 安全スケール: 8, 外傷: 'いいえ' } },
        ],
        ['学校の備考'],
      );
      await importReturned(page, request, HEALTH, [
        { caseNo: 'S-1', answers: { 家に帰りたがらない: 'いいえ', 安全スケール: 7 } },
      ]);
      // A corrected re-send: the scale changed.
      await importReturned(page, request, HEALTH, [
        { caseNo: 'S-1', answers: { 家に帰りたがらない: 'いいえ', 安全スケール: 5 } },
      ]);

      // The list: the import's event brought it up to date; names hidden by default.
      const row = panel.getByRole('row').filter({ hasText: 'S-1 K.H.' });
      await expect(row).toContainText('2／3');
      await expect(row).toContainText('⚑ 1');
      await expect(row).toContainText(NURSERY);
      await expect(panel).not.toContainText('架空はると');
      await row.getByRole('button', { name: 'S-1 K.H.' }).click();
      const sheet = panel.getByRole('region', { name: 'S-1 K.H. の集約' });
      const grid = sheet.getByRole('table');
      const itemRow = (label: string) =>
        grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
      await expect(itemRow('家に帰りたがらない')).toContainText('はい ⚑ 聞き取り未');
      await expect(itemRow('安全スケール')).toContainText('4');
      await expect(itemRow('安全スケール')).toContainText('5');
      await expect(itemRow('安全スケール')).not.toContainText('7');
      await expect(itemRow('学校の備考')).toContainText('兄も在籍');
      await expect(itemRow('所見')).toContainText('朝食を食べていない様子');
      await expect(sheet).not.toContainText('はると');
      await expect(sheet).toContainText(`${HEALTH}：母の通院状況を説明してください`);
      await sheet.scrollIntoViewIfNeeded();
      await shot('case sheet masked');

      // Names shown: the 聞き取り form opens; a worry stays flagged until saved as 済.
      await panel.getByRole('checkbox', { name: '氏名を隠す' }).uncheck();
      const named = panel.getByRole('region', { name: 'S-1 架空はると の集約' });
      await expect(named.getByRole('table')).toContainText('はるとは朝食を食べていない様子');
      const form = named.getByRole('group', { name: /家に帰りたがらない/ });
      await form.getByRole('radio', { name: '済' }).check();
      await form.getByLabel('誰が').fill('山本');
      await form.getByLabel('聞き取った内容').fill('祖母宅で朝食をとっていると確認');
      await form.getByRole('button', { name: '聞き取りを保存' }).click();
      await expect(form.getByRole('alert')).toContainText('誰が・いつ');
      await expect(named.getByRole('table')).toContainText('はい ⚑ 聞き取り未');
      await form.getByLabel('いつ').fill('2026/12/6');
      await form.getByRole('button', { name: '聞き取りを保存' }).click();
      await expect(form.getByRole('status')).toHaveText('保存しました');
      await expect(named.getByRole('table')).toContainText('はい ⚑ 聞き取り済');
      await expect(panel.getByRole('row').filter({ hasText: 'S-1 架空はると' })).toContainText('2／3');
      await form.scrollIntoViewIfNeeded();
      await shot('worry heard');

      // After a reload the 聞き取り is still 済.
      await page.reload();
      await openMeetings(page);
      await page.getByRole('button', { name: TITLE }).click();
      const again = page.getByRole('region', { name: 'ケースごとの集約' });
      await again.getByRole('button', { name: 'S-1 K.H.' }).click();
      await expect(again.getByRole('region', { name: 'S-1 K.H. の集約' }).getByRole('table')).toContainText(
        'はい ⚑ 聞き取り済',
      );

      // The handout's print view: a page per case with answers, masked like the rest of the handout.
      const handout = page.getByRole('region', { name: '配布資料' });
      await handout.getByLabel('部数').fill('1');
      await handout.getByRole('button', { name: '印刷・PDF' }).click();
      const view = page.getByRole('dialog', { name: '配布資料の印刷' });
      const page1 = view.getByRole('region', { name: 'アセスメントシートの集約 S-1 K.H.' });
      await expect(page1.getByRole('table')).toContainText('はい ⚑ 聞き取り済');
      await expect(page1).toContainText('✓ 架空市立第一小学校：家に帰りたがらない　聞き取り済（山本、令和8年12月6日）');
      // S-2 is on the agenda with the school's answer: its own page, one agency asked.
      await expect(view.getByRole('region', { name: 'アセスメントシートの集約 S-2 K.M.' })).toContainText(
        '回答 1／1機関',
      );
      await expect(view).not.toContainText('はると');
      await page1.scrollIntoViewIfNeeded();
      await shot('handout print sheet page');
      await view.getByRole('button', { name: '閉じる' }).click();

      // The console: the questions for the case and the merged summary.
      await page.getByRole('button', { name: '会議を進行' }).click();
      await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
      await page.getByRole('button', { name: '会議を開始' }).click();
      await expect(page.getByRole('heading', { level: 2, name: /S-1/ })).toBeVisible();
      const facts = page.getByRole('region', { name: '説明してほしいこと・アセスメントの集約' });
      await expect(facts).toContainText(`${HEALTH}：母の通院状況を説明してください`);
      await expect(facts).toContainText(`${SCHOOL} 4、${HEALTH} 5`);
      await expect(facts).toContainText('家に帰りたがらない（聞き取り済：祖母宅で朝食をとっていると確認）');
      await expect(facts).toContainText(NURSERY);
      await facts.scrollIntoViewIfNeeded();
      await shot('console case facts');
    });
  });
}
