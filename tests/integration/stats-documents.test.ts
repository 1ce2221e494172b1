// The year's figures written as files from a hand-built YearComparison and read back: the workbook (one sheet per
// breakdown, this year / previous year / difference, 取扱注意, A4) and the 報告資料 (title in 和暦, a print-size
// chart picture per breakdown, the tables), small counts hidden when asked, and nothing that names a case.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PRINT_DPI } from '../../db/documents/board-png';
import { CHART_PAGE_PX, CHART_UNITS, writeStatsDocx } from '../../db/documents/stats-docx';
import { barChartHeight } from '../../shared/stats/chart-svg';
import { statsReport } from '../../shared/stats/chart-tables';
import { shownTables } from '../../shared/stats/small-counts';
import { statsFile } from '../../db/documents/stats-file';
import { writeStatsXlsx } from '../../db/documents/stats-xlsx';
import { jobs } from '../../db/workers/jobs';
import { comparison } from '../unit/stats-comparison';
import { darkPixels, pngSize, readPng } from './png-read';

const NOW = new Date('2025-05-20T01:00:00Z');
const SHEETS = [
  '新規登録（種別）',
  '新規登録（虐待種別）',
  '新規登録（年齢）',
  '終結（理由）',
  '年度末の登録',
  '会議',
  '家庭支援事業',
  '月別',
  'センター支援',
];
/** 登録番号 as ledgers write them (R7-0001, 2024-015, H30-12). */
const CASE_NO = /\b(?:[A-Z]{1,2}\d{1,2}|\d{4})-\d{2,}\b/;

async function workbook(threshold: number | null): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeStatsXlsx(comparison(), { threshold }, NOW)) as unknown as ArrayBuffer);
  return wb;
}

function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  return (sheet.getRow(n).values as unknown[]).slice(1);
}

function findRow(sheet: ExcelJS.Worksheet, first: string, after = 0): number {
  for (let n = after + 1; n <= sheet.rowCount; n++) if (sheet.getRow(n).getCell(1).text === first) return n;
  throw new Error(`no row ${first} in ${sheet.name}`);
}

describe('年度実績 XLSX', () => {
  it('has one sheet per breakdown with both years and the difference, 取扱注意 and A4', async () => {
    const wb = await workbook(null);
    expect(wb.worksheets.map((s) => s.name)).toEqual(SHEETS);
    expect(wb.title).toBe('令和6年度 要保護児童対策地域協議会 実績報告');

    const cls = wb.getWorksheet('新規登録（種別）')!;
    expect(cls.getRow(1).getCell(1).text).toBe('新規登録（種別）');
    expect(rowValues(cls, 2)).toEqual(['種別', '令和6年度（件）', '令和5年度（件）', '増減']);
    expect(rowValues(cls, 3)).toEqual(['要保護児童', 25, 20, 5]);
    expect(rowValues(cls, 5)).toEqual(['特定妊婦', 2, 3, -1]);
    expect(rowValues(cls, 6)).toEqual(['合計', 42, 36, 6]);

    const ages = wb.getWorksheet('新規登録（年齢）')!;
    expect(rowValues(ages, findRow(ages, '18歳以上'))).toEqual(['18歳以上', 0, 0, 0]);
    const meetings = wb.getWorksheet('会議')!;
    expect(rowValues(meetings, findRow(meetings, '確認'))).toEqual(['確認', 310, 280, 30]);
    expect(rowValues(meetings, findRow(meetings, '実務者会議'))).toEqual(['実務者会議', 12, 12, 0]);
    const months = wb.getWorksheet('月別')!;
    const closedHead = findRow(months, '月別の終結');
    expect(rowValues(months, closedHead + 2)).toEqual(['4月', 2, 3, -1]);
    // The centre's own families apart from the 要対協's figures.
    const centre = wb.getWorksheet('センター支援')!;
    expect(rowValues(centre, findRow(centre, '新規'))).toEqual(['新規', 14, 9, 5]);
    expect(rowValues(centre, findRow(centre, '年度末に支援中'))).toEqual(['年度末に支援中', 31, 23, 8]);
    const family = wb.getWorksheet('家庭支援事業')!;
    expect(rowValues(family, findRow(family, '子育て世帯訪問支援'))).toEqual(['子育て世帯訪問支援', 0, 0, 0]);

    for (const sheet of wb.worksheets) {
      expect(sheet.headerFooter.oddHeader).toContain('取扱注意');
      expect(sheet.headerFooter.oddFooter).toContain('取扱注意');
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.orientation).toBe('portrait');
    }
  });

  it('writes small counts as 「3件未満」 and the count that would give one back as 「非表示」', async () => {
    const wb = await workbook(3);
    const cls = wb.getWorksheet('新規登録（種別）')!;
    expect(rowValues(cls, 4)).toEqual(['要支援児童', '非表示', 13, '－']);
    expect(rowValues(cls, 5)).toEqual(['特定妊婦', '3件未満', 3, '－']);
    expect(rowValues(cls, 6)).toEqual(['合計', 42, 36, 6]);
    const last = cls.getRow(cls.rowCount).getCell(1).text;
    expect(last).toContain('「3件未満」');
    // Meetings held are not about a child: the one 代表者会議 stays 1.
    const meetings = wb.getWorksheet('会議')!;
    expect(rowValues(meetings, findRow(meetings, '代表者会議'))).toEqual(['代表者会議', 1, 1, 0]);
  });
});

async function docxParts(docx: Buffer): Promise<{ xml: string; header: string; pngs: Buffer[] }> {
  const zip = await JSZip.loadAsync(docx);
  const pngs: Buffer[] = [];
  let header = '';
  for (const [path, file] of Object.entries(zip.files)) {
    if (path.startsWith('word/media/') && path.endsWith('.png'))
      pngs[Number(/(\d+)\.png$/.exec(path)![1]) - 1] = await file.async('nodebuffer');
    if (/^word\/header\d*\.xml$/.test(path)) header += await file.async('string');
  }
  return { xml: await zip.file('word/document.xml')!.async('string'), header, pngs };
}

const words = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');

describe('年度実績 DOCX (報告資料)', () => {
  it('has the title in 和暦, a print-size chart per breakdown, the tables, and 取扱注意 on every page', async () => {
    const { xml, header, pngs } = await docxParts(await writeStatsDocx(comparison(), { threshold: null }));
    const text = words(xml);
    expect(text).toContain('令和6年度 要保護児童対策地域協議会 実績報告');
    expect(text).toContain('対象期間 令和6年4月1日〜令和7年3月31日');
    for (const heading of [
      '新規登録（種別）',
      '新規登録（虐待種別）',
      '新規登録（登録時の年齢）',
      '終結（理由）',
      '年度末の登録ケース（重症度）',
      '会議の開催（種類別）',
      '家庭支援事業（措置）',
      '月別の新規登録と終結',
      '月別の終結',
      'センター支援の家庭',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('要保護児童|25|20|+5');
    expect(words(header)).toContain('取扱注意');

    // 11 bar charts (the last the センター支援 families) and one line chart for the months (new and closed on one chart).
    expect(pngs).toHaveLength(12);
    const expectedWidth = Math.round((CHART_PAGE_PX * PRINT_DPI) / 96);
    // Each chart 1280 units wide, as tall as its rows ask (the months 720), scaled to the picture's width.
    const heights = shownTables(statsReport(comparison()), null)
      .filter((t) => t.id !== 'monthsClosed')
      .map((t) => (t.id === 'monthsNew' ? 720 : barChartHeight(t, CHART_UNITS, { showTitle: false })));
    pngs.forEach((png, i) => {
      const size = pngSize(png);
      expect(size.width).toBe(expectedWidth);
      expect(size.height).toBeCloseTo((heights[i]! * expectedWidth) / CHART_UNITS, -1);
      expect(png.length).toBeGreaterThan(20_000);
      // Words and bars drawn with the bundled font, not a blank picture (read for two: reading is slow).
      if (i === 0 || i === pngs.length - 1) {
        const img = readPng(png);
        expect(darkPixels(img, { x0: 0, y0: 0, x1: img.width, y1: img.height })).toBeGreaterThan(5000);
      }
    });
    expect(`${text}${words(header)}`).not.toMatch(CASE_NO);
    expect(text).not.toContain('登録番号');
  });

  it('hides small counts when asked and says so', async () => {
    const { xml } = await docxParts(await writeStatsDocx(comparison(), { threshold: 3 }));
    const text = words(xml);
    expect(text).toContain('要支援児童|非表示|13|－');
    expect(text).toContain('特定妊婦|3件未満|3|－');
    expect(text).toContain('3件未満の件数は「3件未満」と書き');
  });
});

describe('the file worker job and the backend entry', () => {
  it('writes both forms through writeDocument, named by the fiscal year', async () => {
    const out = await jobs.writeDocument(
      {
        document: { kind: 'stats', comparison: comparison(), format: 'xlsx', threshold: 3, now: NOW },
        filePassword: undefined,
      },
      { chunks: (async function* () {})(), send: () => {} },
    );
    expect(out.fileName).toBe('年度実績_2024年度_少数秘匿.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(SHEETS.length);
    const plain = await statsFile(comparison(), 'xlsx', { threshold: null }, NOW);
    expect(plain.fileName).toBe('年度実績_2024年度.xlsx');
    expect(plain.mimeType).toContain('spreadsheetml');
  });
});
