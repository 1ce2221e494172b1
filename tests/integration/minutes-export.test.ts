// 議事録 through the backend on a real encrypted file: a short meeting run to its end, then DOCX and XLSX read
// back (unzip + parse), the masked variant, the PDF hook and the export log.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { AppError, type Api } from '../../shared/contract';
import { emptyBoard } from '../../shared/board/types';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend, type TestBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

const NAMES = ['架空　M-01', '山野　太郎', 'やまの', '2018-05-05'];

/** Two 確認 cases and one 協議 case (重度, with a board), attendance taken; `end` decides whether it ends. */
async function heldMeeting(end = true): Promise<TestBackend & { meetingId: number }> {
  const t = await meetingBackend(tempDir(), '2025-06-10T05:00:00.000Z');
  open.push(t.backend);
  const { api } = t;
  for (const caseNo of ['M-01', 'M-02'])
    await api.call('ledger.create', { case: fakeCase(caseNo, { nextReview: '2025-06' }) });
  await api.call('ledger.create', {
    case: fakeCase('M-09', { riskLevel: '重度', kana: 'やまの たろう', name: '山野　太郎' }),
  });
  await api.call('board.save', { caseNo: 'M-09', doc: emptyBoard('M-09') });
  const meeting = await api.call('meetings.create', {
    meeting: fakeMeeting({ invitedAgencies: ['小学校', '保健センター'] }),
  });
  await api.call('meetings.create', {
    meeting: fakeMeeting({ title: '次回の実務者会議', date: '2025-07-08', place: '会議室B' }),
  });
  const meetingId = meeting.id;
  await api.call('agenda.suggest', { meetingId });
  await api.call('live.command', {
    meetingId,
    command: { type: 'attendees', attendees: ['小学校', '保健センター', '田中'] },
  });
  await api.call('live.command', { meetingId, command: { type: 'start' } });
  await api.call('decisions.confirm', { meetingId, caseNos: ['M-01'] });
  await api.call('decisions.save', {
    meetingId,
    caseNo: 'M-09',
    state: 'recorded',
    decision: {
      ...EMPTY_DECISION,
      situation: '山野太郎の欠席が続く',
      discussion: '家庭訪問の頻度を協議',
      policy: '週1回の家庭訪問',
      riskLevel: '中度',
      roles: [
        { agency: '小学校', task: '登校の見守り', due: '2025-07-01' },
        { agency: '保健センター', task: '家庭訪問', due: null },
      ],
    },
  });
  if (end) await api.call('live.command', { meetingId, command: { type: 'end' } });
  return { ...t, meetingId };
}

async function unzip(base64: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir)
      parts.set(
        path,
        /\.(xml|rels|svg)$/.test(path)
          ? await file.async('string')
          : (await file.async('nodebuffer')).toString('latin1'),
      );
  }
  return parts;
}

/** Throws unless `xml` is well-formed (a strict XML parser reads it to the end). */
function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw error;
}

const visibleText = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

async function workbook(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

function sheetText(sheet: ExcelJS.Worksheet): string {
  const out: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value))));
  return out.join('\n');
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('minutes export', () => {
  it('writes a DOCX whose parts are well-formed, with the cases, decisions, roles, board picture and 取扱注意', async () => {
    const { api, meetingId } = await heldMeeting();
    const file = await api.call('minutes.export', { meetingId, format: 'docx', masked: false });
    expect(file.fileName).toBe('議事録_2025-06-10_実務者会議.docx');
    const parts = await unzip(file.dataBase64);
    for (const [path, xml] of parts) if (/\.(xml|rels)$/.test(path)) wellFormed(xml);
    const text = visibleText(parts.get('word/document.xml')!);
    expect(text).toContain('議事録');
    expect(text).not.toContain('議事録（案）');
    expect(text).toContain('M-09 山野　太郎');
    expect(text).toContain('週1回の家庭訪問');
    expect(text).toContain('重症度の変更中度');
    expect(text).toContain('登校の見守り');
    expect(text).toContain('出席機関小学校、保健センター');
    expect(text).toContain('出席者田中');
    expect(text).toContain('M-02'); // not taken up: carried over
    expect(text).toContain('次回の実務者会議');
    const header = [...parts].find(([p]) => /^word\/header\d*\.xml$/.test(p))?.[1] ?? '';
    expect(visibleText(header)).toContain('取扱注意');
    // East Asian font named, so Japanese is never drawn in a Latin font's boxes.
    expect(parts.get('word/styles.xml')).toContain('w:eastAsia="Yu Gothic"');
    // The board of the 協議 case, as SVG with its PNG stand-in.
    const media = [...parts.keys()].filter((p) => p.startsWith('word/media/'));
    expect(media.some((p) => p.endsWith('.svg'))).toBe(true);
    expect(media.some((p) => p.endsWith('.png'))).toBe(true);
    const svg = [...parts].find(([p]) => p.endsWith('.svg'))![1];
    wellFormed(svg);
  });

  it('writes an XLSX with 決定一覧 and one sheet per agency, 取扱注意 in header, footer and properties', async () => {
    const { api, meetingId } = await heldMeeting();
    const file = await api.call('minutes.export', { meetingId, format: 'xlsx', masked: false });
    const wb = await workbook(file.dataBase64);
    expect(wb.worksheets[0]?.name).toBe('決定一覧');
    // The 実務者会議 template's 次第 (開会, 報告 …) gets its own sheet.
    expect(wb.worksheets.map((s) => s.name).sort()).toEqual(['保健センター', '小学校', '次第', '決定一覧'].sort());
    const decisions = wb.getWorksheet('決定一覧')!;
    expect(decisions.getRow(1).getCell(2).value).toBe('事例');
    const text = sheetText(decisions);
    expect(text).toContain('M-09 山野　太郎');
    expect(text).toContain('支援方針：週1回の家庭訪問');
    expect(text).toContain('M-01');
    expect(sheetText(wb.getWorksheet('小学校')!)).toContain('登校の見守り');
    expect(sheetText(wb.getWorksheet('小学校')!)).not.toContain('家庭訪問');
    for (const sheet of wb.worksheets) {
      expect(sheet.headerFooter.oddHeader).toContain('取扱注意');
      expect(sheet.headerFooter.oddFooter).toContain('取扱注意');
    }
    expect(wb.subject).toBe('取扱注意');
  });

  it('masked: no name, kana or birth date in the DOCX, the XLSX or the model', async () => {
    const { api, meetingId } = await heldMeeting();
    const docx = await api.call('minutes.export', { meetingId, format: 'docx', masked: true });
    const parts = await unzip(docx.dataBase64);
    const xlsx = await api.call('minutes.export', { meetingId, format: 'xlsx', masked: true });
    const xparts = await unzip(xlsx.dataBase64);
    const model = await api.call('minutes.model', { meetingId, masked: true });
    const all = [...parts.values(), ...xparts.values(), JSON.stringify(model)].join('\n');
    for (const secret of NAMES) expect(all, secret).not.toContain(secret);
    expect(visibleText(parts.get('word/document.xml')!)).toContain('M-09 Y.T.');
    expect(docx.fileName).toBe('議事録_2025-06-10_実務者会議_マスク.docx');
  });

  it('is a draft 議事録（案） before the meeting ends', async () => {
    const { api, meetingId } = await heldMeeting(false);
    const model = await api.call('minutes.model', { meetingId, masked: true });
    expect(model.title).toBe('議事録（案）');
    expect(model.carriedOver.map((c) => c.caseNo)).toEqual(['M-02']);
  });

  it('refuses PDF without a host printer and prints the HTML where there is one', async () => {
    const { api, meetingId, dbPath, backend } = await heldMeeting();
    const refused = await failure(api.call('minutes.export', { meetingId, format: 'pdf', masked: true }));
    // The print view's own button: 「印刷・PDF」 is the panel's, already pressed to get there.
    expect(refused.message).toContain('「印刷する」');
    expect(refused.message).not.toContain('印刷・PDF');
    backend.close();

    const printed: string[] = [];
    const withPdf = createBackend({
      dbPath,
      now: () => new Date('2025-06-10T07:00:00.000Z'),
      printToPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 fictional');
      },
    });
    open.push(withPdf);
    const api2: Api = createApi(withPdf);
    await api2.call('session.unlock', { passphrase: PASSPHRASE });
    const pdf = await api2.call('minutes.export', { meetingId, format: 'pdf', masked: true });
    expect(pdf.mimeType).toBe('application/pdf');
    expect(Buffer.from(pdf.dataBase64, 'base64').toString()).toBe('%PDF-1.7 fictional');
    expect(printed[0]).toContain('取扱注意');
    expect(printed[0]).not.toContain('山野');
  });

  it('logs every export with its form, masking and operator, newest first', async () => {
    const { api, meetingId, setNow } = await heldMeeting();
    await api.call('settings.update', { operatorName: '佐藤' });
    setNow('2025-06-10T08:00:00.000Z');
    await api.call('minutes.export', { meetingId, format: 'docx', masked: true });
    setNow('2025-06-10T08:05:00.000Z');
    await api.call('minutes.export', { meetingId, format: 'xlsx', masked: false });
    await failure(api.call('minutes.export', { meetingId, format: 'pdf', masked: false }));
    const { exports } = await api.call('minutes.exports', { meetingId });
    expect(
      exports.map(({ format, masked, draft, operatorName, exportedAt, fileName }) => ({
        format,
        masked,
        draft,
        operatorName,
        exportedAt,
        fileName,
      })),
    ).toEqual([
      {
        format: 'xlsx',
        masked: false,
        draft: false,
        operatorName: '佐藤',
        exportedAt: '2025-06-10T08:05:00.000Z',
        fileName: '議事録_2025-06-10_実務者会議.xlsx',
      },
      {
        format: 'docx',
        masked: true,
        draft: false,
        operatorName: '佐藤',
        exportedAt: '2025-06-10T08:00:00.000Z',
        fileName: '議事録_2025-06-10_実務者会議_マスク.docx',
      },
    ]);
    expect((await failure(api.call('minutes.exports', { meetingId: 999 }))).code).toBe('not_found');
  });
});
