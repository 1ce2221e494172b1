// The workbooks print as they look: read back with exceljs, every multi-line cell wraps in a row tall enough for
// it, and every sheet prints on A4, one page wide, the header row repeated, 取扱注意 in the header and footer.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportAuditLog } from '../../db/documents/audit-export';
import { writeMinutesXlsx } from '../../db/documents/minutes-xlsx';
import type { AuditEntry } from '../../shared/audit/actions';
import { buildMinutes } from '../../shared/meeting/minutes';
import { minutesBenchInput } from '../bench/minutes-bench';

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function expectPrintable(sheet: ExcelJS.Worksheet): void {
  expect(sheet.pageSetup.paperSize).toBe(9);
  expect(sheet.pageSetup.fitToPage).toBe(true);
  expect(sheet.pageSetup.fitToWidth).toBe(1);
  expect(sheet.pageSetup.fitToHeight).toBe(0);
  expect(sheet.pageSetup.printTitlesRow).toBe('1:1'); // read back from the workbook's _xlnm.Print_Titles;
  expect(sheet.headerFooter.oddHeader).toContain('取扱注意');
  expect(sheet.headerFooter.oddFooter).toContain('取扱注意');
}

/** Every cell holding more than one line (its own or wrapped) wraps, top-aligned, in a row taller than one line. */
function expectTallRows(sheet: ExcelJS.Worksheet): number {
  let multiLine = 0;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell((cell) => {
      expect(cell.alignment?.wrapText, `${sheet.name}!${cell.address}`).toBe(true);
      expect(cell.alignment?.vertical).toBe('top');
      if (cell.text.includes('\n') || cell.text.length > (sheet.getColumn(cell.col).width ?? 10)) {
        multiLine += 1;
        const lines = cell.text.split('\n').length;
        expect(row.height, `${sheet.name} row ${n}`).toBeGreaterThanOrEqual(lines * 15);
        expect(row.height).toBeGreaterThan(20);
      }
    });
  });
  return multiLine;
}

describe('workbooks that print as they look', () => {
  it('the minutes: 決定一覧 and every agency sheet', async () => {
    const wb = await read(await writeMinutesXlsx(buildMinutes(minutesBenchInput(12, 4)), new Date()));
    expect(wb.worksheets.length).toBeGreaterThan(1);
    const decisions = wb.getWorksheet('決定一覧')!;
    expect(expectTallRows(decisions)).toBeGreaterThan(12);
    expect(decisions.pageSetup.orientation).toBe('landscape');
    for (const sheet of wb.worksheets) {
      expectPrintable(sheet);
      expectTallRows(sheet);
    }
  });

  it('the 操作ログ', async () => {
    const entry: AuditEntry = {
      id: 1,
      at: '2026-12-01T01:00:00.000Z',
      lastAt: '2026-12-01T01:00:00.000Z',
      count: 1,
      actor: '田中',
      kind: 'export',
      action: 'minutes.export',
      summary: '議事録を書き出した（Word）。ファイル名：議事録_2026-12-01_実務者会議.docx、氏名を伏せる：いいえ',
      target: 'meeting:1',
      ok: true,
    };
    const file = await exportAuditLog([entry, entry], 'xlsx', new Date(), 'Asia/Tokyo');
    const sheet = (await read(Buffer.from(file.dataBase64, 'base64'))).worksheets[0]!;
    expectPrintable(sheet);
    expect(expectTallRows(sheet)).toBe(2);
  });
});
