// The 次第 in the exported minutes, through the backend on a real encrypted file: records written with
// agenda.updateEntry during the meeting come out in the DOCX sections and the XLSX 次第 sheet; a 代表者会議 with
// no case gets no case parts; masked files hide a family a record names even when it is not on the agenda.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import type { Api } from '../../shared/contract';
import { isBlock, type ProgramItem } from '../../shared/meeting/program';
import { useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

const TRAINING_RECORD = '講義：要保護児童の早期発見。\n演習：高木さくらの事例でアセスメントを行った。';

async function documentText(api: Api, meetingId: number, masked: boolean): Promise<string> {
  const file = await api.call('minutes.export', { meetingId, format: 'docx', masked });
  const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

async function sheets(api: Api, meetingId: number, masked: boolean): Promise<Map<string, string[][]>> {
  const file = await api.call('minutes.export', { meetingId, format: 'xlsx', masked });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
  return new Map(
    wb.worksheets.map((sheet) => {
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      return [sheet.name, rows];
    }),
  );
}

async function programItems(api: Api, meetingId: number): Promise<ProgramItem[]> {
  const agenda = await api.call('agenda.get', { meetingId });
  return agenda.program.filter((e): e is ProgramItem => !isBlock(e));
}

describe('the 次第 in the exported minutes', () => {
  it('a 代表者会議 of 報告 and 協議事項: sections with their records, no case parts, the workbook is the 次第', async () => {
    const { api, backend } = await meetingBackend(tempDir(), '2026-06-20T01:00:00.000Z');
    open.push(backend);
    const meeting = await api.call('meetings.create', {
      meeting: fakeMeeting({ kind: '代表者会議', title: '令和8年度 第1回代表者会議', date: '2026-06-20' }),
    });
    const meetingId = meeting.id;
    await api.call('live.command', { meetingId, command: { type: 'start' } });
    const items = await programItems(api, meetingId);
    const figures = items.find((i) => i.title === '前年度実績')!;
    const topic = items.find((i) => i.kind === '協議事項')!;
    await api.call('agenda.updateEntry', {
      meetingId,
      id: figures.id,
      changes: { presenter: '事務局', record: '新規登録 42件、終結 30件を報告。' },
    });
    await api.call('agenda.updateEntry', {
      meetingId,
      id: topic.id,
      changes: { title: '死亡事例検証報告を受けて', record: '夜間の連絡体制を見直すことで合意。' },
    });
    await api.call('live.command', { meetingId, command: { type: 'end' } });

    const text = await documentText(api, meetingId, false);
    expect(text).toContain('次第');
    expect(text).toContain('報告事項（1）前年度実績報告者事務局記録新規登録 42件、終結 30件を報告。');
    expect(text).toContain('協議事項（1）死亡事例検証報告を受けて記録夜間の連絡体制を見直すことで合意。');
    expect(text).toContain('連絡事項（1）連絡事項記録（記録なし）');
    for (const absent of ['確認（', '協議（', '次回へ持ち越すケース', '機関別の役割分担', '該当なし'])
      expect(text).not.toContain(absent);

    const book = await sheets(api, meetingId, false);
    expect([...book.keys()]).toEqual(['次第']);
    expect(book.get('次第')).toEqual([
      ['番号', '種類', '項目', '発表者', '所要', '記録'],
      ['1', '開会', '開会', '', '—', ''],
      ['2', '報告', '前年度実績', '事務局', '—', '新規登録 42件、終結 30件を報告。'],
      ['3', '協議事項', '死亡事例検証報告を受けて', '', '—', '夜間の連絡体制を見直すことで合意。'],
      ['4', '連絡', '連絡事項', '', '—', '（記録なし）'],
      ['5', '閉会', '閉会', '', '—', ''],
    ]);
  });

  it('a 実務者会議 with a 研修: its record in place after the cases; masked, a family the record names is hidden', async () => {
    const { api, backend } = await meetingBackend(tempDir(), '2025-06-10T05:00:00.000Z');
    open.push(backend);
    await api.call('ledger.create', { case: fakeCase('S-1', { nextReview: '2025-06' }) });
    // Named in the 研修's record but not on this meeting's agenda.
    await api.call('ledger.create', {
      case: fakeCase('S-7', { name: '高木　さくら', kana: 'たかぎ さくら', status: 'closed' }),
    });
    const meeting = await api.call('meetings.create', { meeting: fakeMeeting() });
    const meetingId = meeting.id;
    await api.call('agenda.suggest', { meetingId });
    expect((await api.call('agenda.get', { meetingId })).items.map((i) => i.caseNo)).toEqual(['S-1']);
    await api.call('live.command', { meetingId, command: { type: 'start' } });
    await api.call('decisions.confirm', { meetingId, caseNos: ['S-1'] });
    const training = (await programItems(api, meetingId)).find((i) => i.kind === '研修')!;
    await api.call('agenda.updateEntry', {
      meetingId,
      id: training.id,
      changes: { presenter: '県中央児童相談所', minutes: 60, record: TRAINING_RECORD },
    });
    await api.call('live.command', { meetingId, command: { type: 'end' } });

    const text = await documentText(api, meetingId, false);
    expect(text).toContain('研修（1）実務研修講師県中央児童相談所記録講義：要保護児童の早期発見。');
    expect(text).toContain('高木さくらの事例');
    // The 次第's order: 報告事項, the cases, then 研修 and 連絡事項.
    const at = (s: string) => text.indexOf(s);
    expect(at('報告事項（1）前回の振り返り')).toBeGreaterThan(-1);
    expect(at('報告事項（1）前回の振り返り')).toBeLessThan(at('確認（1件）'));
    expect(at('協議（0件）')).toBeLessThan(at('研修（1）実務研修'));
    expect(at('研修（1）実務研修')).toBeLessThan(at('連絡事項（1）'));
    expect(at('連絡事項（1）')).toBeLessThan(at('次回へ持ち越すケース'));

    const masked = await documentText(api, meetingId, true);
    expect(masked).toContain('演習：〇〇の事例でアセスメントを行った。');
    expect(masked).not.toContain('高木');
    expect(masked).not.toContain('さくら');
    const book = await sheets(api, meetingId, true);
    expect([...book.keys()].slice(0, 2)).toEqual(['決定一覧', '次第']);
    const row = book.get('次第')!.find((r) => r[1] === '研修')!;
    expect(row.slice(2, 4)).toEqual(['実務研修', '県中央児童相談所']);
    expect(row[5]).toBe('講義：要保護児童の早期発見。\n演習：〇〇の事例でアセスメントを行った。');
  });
});
