// Requests to agencies through the backend on a real encrypted file: the plan, requests.create (and what it
// refuses), the agency's workbook read back with exceljs (the layout the returned-file reader relies on, the
// hidden sheet, the drop-downs, 取扱注意 in the printed header and footer, the questions in their cell), the
// workbook with an open password opened with the project's own decryption, the 依頼文's text, and the CLI
// writing both files per agency.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decryptOffice } from '../../db/files/decrypt-office';
import { askedItems, DEFAULT_ASSESSMENT_ITEMS } from '../../shared/assessment/sheet';
import {
  ANSWER_SHEET,
  FIRST_CASE_ROW,
  GROUP_ROW,
  HEADER_ROW,
  LEADING_COLUMNS,
  META_MARKER,
  META_SHEET,
  TRAILING_COLUMNS,
} from '../../shared/assessment/workbook-layout';
import { useTempDirs } from './db-helpers';
import { cli } from './cli-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const SCHOOL = '架空市立第一小学校';
const NURSERY = 'ひまわり保育園';

async function setUp(dir = tempDir()) {
  const t = await meetingBackend(dir, '2026-11-30T01:00:00.000Z');
  await t.api.call('agencies.save', { name: SCHOOL, kind: '学校' });
  await t.api.call('agencies.save', { name: NURSERY, kind: '保育所等' });
  await t.api.call('ledger.create', {
    case: fakeCase('R8-0010', { affiliation: SCHOOL, leadAgency: '中央児童相談所' }),
  });
  await t.api.call('ledger.create', { case: fakeCase('R8-0002', { affiliation: SCHOOL, agencies: [NURSERY] }) });
  await t.api.call('ledger.create', {
    case: fakeCase('R8-0003', { affiliation: NURSERY, status: 'closed', closedDate: '2026-10-01' }),
  });
  const meeting = await t.api.call('meetings.create', { meeting: fakeMeeting({ date: '2026-12-15' }) });
  return { ...t, meetingId: meeting.id };
}

async function workbookOf(base64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  return workbook;
}

async function docxText(bytes: Uint8Array): Promise<{ body: string; all: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xml'));
  const texts = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  const plain = (xml: string) => xml.replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '');
  return { body: plain(await zip.file('word/document.xml')!.async('string')), all: plain(texts.join('\n')) };
}

describe('requests.*', () => {
  it('plans, creates and writes the agency workbook in the shared layout', async () => {
    const t = await setUp();
    const plan = await t.api.call('requests.plan', { meetingId: t.meetingId });
    expect(plan.suggestedDue).toBe('2026-12-08');
    expect(plan.agencies.map((a) => [a.agency, a.cases.map((c) => `${c.label}:${c.reasons.join('+')}`)])).toEqual([
      [SCHOOL, ['R8-0002 K.H.:所属', 'R8-0010 K.H.:所属']],
      // The managed list's order (by kind, then name; こども家庭センター is in it from the start).
      ['こども家庭センター', ['R8-0002 K.H.:主担当機関']],
      [NURSERY, ['R8-0002 K.H.:関係機関']],
      ['中央児童相談所', ['R8-0010 K.H.:主担当機関']],
    ]);

    await t.api.call('requests.saveQuestion', {
      meetingId: t.meetingId,
      agency: SCHOOL,
      caseNo: 'R8-0010',
      text: '11月の欠席が増えた理由',
    });
    await t.api.call('requests.saveQuestion', {
      meetingId: t.meetingId,
      agency: SCHOOL,
      caseNo: 'R8-0010',
      text: '担任から見た家庭の様子',
    });
    t.events.length = 0;
    const { request } = await t.api.call('requests.create', {
      meetingId: t.meetingId,
      dueDate: '2026-12-08',
      agencies: [{ agency: SCHOOL, caseNos: ['R8-0010', 'R8-0002'] }],
    });
    expect(t.events).toContainEqual({ name: 'assessments.changed', payload: { meetingId: t.meetingId } });
    expect(request.agencies).toEqual([{ agency: SCHOOL, caseNos: ['R8-0002', 'R8-0010'] }]);
    const list = await t.api.call('requests.list', { meetingId: t.meetingId });
    expect(list.requests.map((r) => r.agencies)).toEqual([[{ agency: SCHOOL, caseCount: 2 }]]);

    const file = await t.api.call('requests.exportWorkbook', { requestId: request.id, agency: SCHOOL });
    expect(file.fileName).toBe(`${request.id}_${SCHOOL}_アセスメントシート.xlsx`);
    const workbook = await workbookOf(file.dataBase64);
    const sheet = workbook.getWorksheet(ANSWER_SHEET)!;
    const items = askedItems(DEFAULT_ASSESSMENT_ITEMS);
    expect(sheet.getCell('A2').text).toBe('機関名');
    expect(sheet.getCell('B2').text).toBe(SCHOOL);
    expect(sheet.getCell('A3').text).toBe('依頼番号');
    expect(sheet.getCell('B3').value).toBe(request.id);
    expect(sheet.getCell('A4').text).toBe('回答期限');
    expect(sheet.getCell('B4').text).toBe('令和8年12月8日');
    const header = (sheet.getRow(HEADER_ROW).values as unknown[]).slice(1);
    expect(header).toEqual([...LEADING_COLUMNS, ...items.map((i) => i.label), ...TRAILING_COLUMNS]);
    expect(sheet.getCell(GROUP_ROW, 5).text).toBe('出欠・外傷');
    expect(sheet.getCell(FIRST_CASE_ROW, 1).text).toBe('R8-0002');
    expect(sheet.getCell(FIRST_CASE_ROW + 1, 1).text).toBe('R8-0010');
    expect(sheet.getCell(FIRST_CASE_ROW + 1, 2).text).toBe('架空　R8-0010');
    expect(sheet.getCell(FIRST_CASE_ROW + 1, 4).text).toBe('11月の欠席が増えた理由\n担任から見た家庭の様子');
    expect(sheet.getCell(FIRST_CASE_ROW + 2, 1).text).toBe('');

    // Every answer column's drop-down or number rule, on every case row.
    items.forEach((item, i) => {
      for (const row of [FIRST_CASE_ROW, FIRST_CASE_ROW + 1]) {
        const v = sheet.getCell(row, LEADING_COLUMNS.length + 1 + i).dataValidation;
        if (item.kind === 'check') expect(v).toMatchObject({ type: 'list', formulae: ['"はい,いいえ,不明"'] });
        if (item.kind === 'scale') expect(v).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 10] });
        if (item.kind === 'days') expect(v).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 366] });
        if (item.kind === 'text') expect(v).toBeUndefined();
        if (item.kind === 'check') expect(v.error).toContain('「はい」「いいえ」「不明」');
      }
    });
    const filledOnCol = LEADING_COLUMNS.length + items.length + 1;
    expect(sheet.getCell(FIRST_CASE_ROW, filledOnCol).dataValidation).toMatchObject({ type: 'date' });
    expect(sheet.headerFooter.oddHeader).toContain('取扱注意');
    expect(sheet.headerFooter.oddFooter).toContain('取扱注意');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '7:8' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW });

    const meta = workbook.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe('hidden');
    const metaRows = meta
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(metaRows.slice(0, 3)).toEqual([[META_MARKER], ['request', request.id], ['agency', SCHOOL]]);
    expect(metaRows.slice(3)).toEqual(items.map((i) => ['item', i.id, i.label]));
  });

  it('refuses a closed case, a case out of the meeting and an agency chosen twice, in Japanese', async () => {
    const t = await setUp();
    const create = (agencies: { agency: string; caseNos: string[] }[]) =>
      t.api.call('requests.create', { meetingId: t.meetingId, dueDate: '2026-12-08', agencies });
    await expect(create([{ agency: NURSERY, caseNos: ['R8-0003'] }])).rejects.toThrow(/R8-0003 はこの会議で依頼できる/);
    await expect(create([{ agency: NURSERY, caseNos: ['R8-0999'] }])).rejects.toThrow(/R8-0999/);
    await expect(
      create([
        { agency: SCHOOL, caseNos: ['R8-0002'] },
        { agency: `${SCHOOL} `, caseNos: ['R8-0010'] },
      ]),
    ).rejects.toThrow(/二度選ばれています/);
    expect((await t.api.call('requests.list', { meetingId: t.meetingId })).requests).toEqual([]);
  });

  it('edits and deletes a question, telling the windows; an unknown one is not_found', async () => {
    const t = await setUp();
    const { question } = await t.api.call('requests.saveQuestion', {
      meetingId: t.meetingId,
      agency: SCHOOL,
      caseNo: 'R8-0002',
      text: '最初の文',
    });
    t.events.length = 0;
    await t.api.call('requests.saveQuestion', {
      id: question.id,
      meetingId: t.meetingId,
      agency: SCHOOL,
      caseNo: 'R8-0002',
      text: '直した文',
    });
    expect((await t.api.call('requests.questions', { meetingId: t.meetingId })).questions.map((q) => q.text)).toEqual([
      '直した文',
    ]);
    await t.api.call('requests.deleteQuestion', { id: question.id });
    expect((await t.api.call('requests.questions', { meetingId: t.meetingId })).questions).toEqual([]);
    expect(t.events.filter((e) => e.name === 'assessments.changed')).toHaveLength(2);
    await expect(t.api.call('requests.deleteQuestion', { id: question.id })).rejects.toThrow(/見つかりません/);
    await expect(
      t.api.call('requests.saveQuestion', { meetingId: t.meetingId, agency: SCHOOL, caseNo: 'R8-0999', text: 'x' }),
    ).rejects.toThrow(/R8-0999 は台帳にありません/);
  });

  it('writes the 依頼文 with 御中, the due date, the meeting and the questions; locks both files with a password', async () => {
    const t = await setUp();
    await t.api.call('requests.saveQuestion', {
      meetingId: t.meetingId,
      agency: NURSERY,
      caseNo: 'R8-0002',
      text: '登園時の様子',
    });
    const { request } = await t.api.call('requests.create', {
      meetingId: t.meetingId,
      dueDate: '2026-12-08',
      agencies: [{ agency: NURSERY, caseNos: ['R8-0002'] }],
    });
    const letter = await t.api.call('requests.exportLetter', { requestId: request.id, agency: NURSERY });
    expect(letter.fileName).toBe(`${request.id}_${NURSERY}_依頼文.docx`);
    const { body, all } = await docxText(Buffer.from(letter.dataBase64, 'base64'));
    expect(body).toContain(`${NURSERY}　御中`);
    expect(body).toContain('要保護児童等の状況確認について（依頼）');
    expect(body).toContain('回答期限　令和8年12月8日');
    expect(body).toContain('令和8年12月15日　14:00〜　会議室A');
    expect(body).toContain('会議で説明をお願いしたいこと');
    expect(body).toContain('・登園時の様子');
    expect(body).toContain('架空　R8-0002');
    expect(all.replace(body, '')).toContain('取扱注意');

    const password = 'kakuu-pass-2026';
    for (const method of ['requests.exportWorkbook', 'requests.exportLetter'] as const) {
      const locked = await t.api.call(method, { requestId: request.id, agency: NURSERY, filePassword: password });
      const bytes = Buffer.from(locked.dataBase64, 'base64');
      expect(bytes.subarray(0, 2).toString('latin1')).not.toBe('PK');
      const plain = await decryptOffice(locked.fileName, bytes, 'ooxml', password);
      if (method === 'requests.exportWorkbook') {
        const workbook = await workbookOf(Buffer.from(plain).toString('base64'));
        expect(workbook.getWorksheet(ANSWER_SHEET)!.getCell('B2').text).toBe(NURSERY);
      } else {
        expect((await docxText(plain)).body).toContain('・登園時の様子');
      }
    }
  });

  it('the CLI writes a workbook and a 依頼文 per agency, creating the request from the plan', async () => {
    const dir = tempDir();
    const t = await setUp(dir);
    t.backend.close();
    const out = join(dir, 'out');
    const run = await cli([
      'requests',
      '--db',
      t.dbPath,
      '--meeting',
      String(t.meetingId),
      '--out',
      out,
      '--due',
      '2026-12-09',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('依頼番号 1 を作成しました（回答期限 2026-12-09、4機関）');
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(8);
    expect(files).toContain(`1_${SCHOOL}_アセスメントシート.xlsx`);
    expect(files).toContain(`1_${SCHOOL}_依頼文.docx`);
    const workbook = await workbookOf(
      readFileSync(join(out, `1_${NURSERY}_アセスメントシート.xlsx`)).toString('base64'),
    );
    expect(workbook.getWorksheet(ANSWER_SHEET)!.getCell(FIRST_CASE_ROW, 1).text).toBe('R8-0002');
    // A second run uses the request made by the first.
    const again = await cli(['requests', '--db', t.dbPath, '--meeting', String(t.meetingId), '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('会議の依頼番号 1 のファイルを書き出します');

    // Between meetings: a new request to the named agency about all its open cases.
    const between = join(dir, 'between');
    const made = await cli(['requests', '--db', t.dbPath, '--between', '--agency', NURSERY, '--out', between]);
    expect(made.stderr).toBe('');
    expect(made.stdout).toContain('依頼番号 2 を作成しました');
    expect(readdirSync(between).sort()).toEqual([`2_${NURSERY}_アセスメントシート.xlsx`, `2_${NURSERY}_依頼文.docx`]);
    const unknown = await cli(['requests', '--db', t.dbPath, '--between', '--agency', '架空の機関', '--out', between]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('「架空の機関」が所属・主担当機関・関係機関になっている');
  });
});
