// 議事録 as a workbook: sheet 決定一覧 (one row per case with its decision), sheet 次第 when the meeting had
// items besides its cases (each entry with its time and record), then one sheet per agency listing its cases,
// tasks and due dates, to send to that agency. 取扱注意 goes in every page's header and footer and in
// the workbook properties, as in the ledger export (db/files/write-xlsx.ts). The words come from buildMinutes.
import ExcelJS from 'exceljs';
import { rolesByAgency, type MinutesModel } from '../../shared/meeting/minutes';
import { applyPrintLayout, landscapeFor, wrappedLineCount } from './xlsx-print';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DECISIONS_SHEET = '決定一覧';
export const PROGRAM_SHEET = '次第';

// Widths in '0's. Together about what landscape A4 holds at a legible size (fitted one page wide, a wider sheet
// printed too small to read); long text wraps into taller rows instead.
const DECISION_COLUMNS = [
  { header: '番号', width: 5 },
  { header: '事例', width: 16 },
  { header: '区分', width: 6 },
  { header: '結果', width: 14 },
  { header: '事務局案', width: 20 },
  { header: '状況', width: 30 },
  { header: '協議内容', width: 30 },
  { header: '決定', width: 30 },
  { header: '役割分担', width: 30 },
] as const;
// The 次第 with what was noted: the record gets the width, wrapping into tall rows.
const PROGRAM_COLUMNS = [
  { header: '番号', width: 5 },
  { header: '種類', width: 8 },
  { header: '項目', width: 24 },
  { header: '発表者', width: 16 },
  { header: '所要', width: 10 },
  { header: '記録', width: 60 },
] as const;
const RECORD_WIDTH = PROGRAM_COLUMNS[PROGRAM_COLUMNS.length - 1]!.width;
const AGENCY_COLUMNS = [
  { header: '事例', width: 26 },
  { header: '役割', width: 60 },
  { header: '期限', width: 16 },
] as const;

export async function writeMinutesXlsx(model: MinutesModel, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsunagu';
  workbook.title = `${model.title} ${model.meetingTitle}（${model.notice}）`;
  workbook.subject = model.notice;
  workbook.keywords = model.notice;
  workbook.category = model.notice;
  workbook.description = '要保護児童対策地域協議会の議事録（決定と役割分担）です。関係者以外に渡さないでください。';
  workbook.created = now;
  workbook.modified = now;

  // A meeting without cases has no decisions to list: its workbook is the 次第 alone.
  const decisions = model.caseless ? null : addSheet(workbook, DECISIONS_SHEET, model, DECISION_COLUMNS);
  for (const group of model.groups) {
    for (const item of group.items) {
      decisions?.addRow([
        item.no,
        item.label,
        group.label,
        item.result,
        item.draftNote ?? '',
        item.outcome === 'noDecision' ? '' : item.situation,
        item.group === 'deep' && item.outcome !== 'noDecision' ? item.discussion : '',
        item.decisions.map((l) => `${l.label}：${l.value}`).join('\n'),
        item.roles.map((r) => `${r.agency}：${r.task}（期限 ${r.due}）`).join('\n'),
      ]);
    }
  }

  if (model.program.length > 0) {
    const program = addSheet(workbook, PROGRAM_SHEET, model, PROGRAM_COLUMNS);
    for (const r of model.program) {
      const [first = '', ...rest] = recordChunks(r.record, RECORD_WIDTH);
      program.addRow([r.no, r.kind, r.title, r.presenter, r.time, first]);
      for (const more of rest) program.addRow(['', '', '', '', '', more]);
    }
  }

  const used = new Set([DECISIONS_SHEET.toLowerCase(), PROGRAM_SHEET.toLowerCase()]);
  for (const agency of rolesByAgency(model)) {
    const sheet = addSheet(workbook, agencySheetName(agency.agency, used), model, AGENCY_COLUMNS, agency.agency);
    for (const row of agency.rows) sheet.addRow([row.caseLabel, row.task, row.due]);
  }
  const ownSheets = new Set([DECISIONS_SHEET, PROGRAM_SHEET]);
  // Sized after the rows are in: each row's height comes from its text.
  for (const sheet of workbook.worksheets)
    applyPrintLayout(sheet, {
      landscape: landscapeFor(sheet.columns.map((c) => c.width ?? 10)),
      headerFooter: headerFooter(model, ownSheets.has(sheet.name) ? undefined : sheet.name),
    });
  const programSheet = workbook.getWorksheet(PROGRAM_SHEET);
  programSheet?.eachRow((row, n) => {
    if (n === 1) return;
    const lines = wrappedLineCount(String(row.getCell(PROGRAM_COLUMNS.length).value ?? ''), RECORD_WIDTH);
    row.height = Math.max(row.height, Math.ceil(lines * RECORD_LINE_PT + 6));
  });
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/** Lines of a record one row holds: a row is at most 409 pt high (taller text is cut off), and short rows fill pages. */
const ROW_LINES = 10;
/**
 * The 次第 rows' height a line: xlsx-print.ts counts 15 pt + 5 pt a row, but LibreOffice draws a Japanese
 * line about 5 % taller, which the 5 pt absorbs only for a few lines: a 9-line record lost its last line.
 */
const RECORD_LINE_PT = 16.5;

/**
 * A record in pieces that each fit one row (an hour's 研修 can run to pages): split between its own lines, and
 * a single line longer than a row split between characters. The pieces follow in rows of their own.
 */
export function recordChunks(text: string, width: number, rowLines = ROW_LINES): string[] {
  const fits = (t: string) => wrappedLineCount(t, width) <= rowLines;
  const pieces: string[] = [];
  for (const line of text.split('\n')) {
    if (fits(line)) {
      pieces.push(line);
      continue;
    }
    let part = '';
    for (const ch of line) {
      if (!fits(part + ch)) {
        pieces.push(part);
        part = '';
      }
      part += ch;
    }
    pieces.push(part);
  }
  const chunks: string[] = [];
  for (const piece of pieces) {
    const last = chunks[chunks.length - 1];
    if (last !== undefined && fits(`${last}\n${piece}`)) chunks[chunks.length - 1] = `${last}\n${piece}`;
    else chunks.push(piece);
  }
  return chunks;
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  model: MinutesModel,
  columns: readonly { header: string; width: number }[],
  agency?: string,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    headerFooter: headerFooter(model, agency),
  });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });
  return sheet;
}

function headerFooter(model: MinutesModel, agency?: string): { oddHeader: string; oddFooter: string } {
  const title = agency ? `${model.meetingTitle}　${agency}の役割分担` : `${model.title}　${model.meetingTitle}`;
  return {
    oddHeader: `&L&"-,Bold"${headerText(model.notice)}&R${headerText(title)}`,
    oddFooter: `&L${headerText(model.notice)}&C&P / &N`,
  };
}

/** In a page header & starts a code: a literal one is written twice. */
function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, not starting or ending with an
 * apostrophe, unique regardless of case. Two agencies that shorten to the same name get (2), (3) ….
 */
export function agencySheetName(agency: string, used: Set<string>): string {
  const base =
    agency
      .replace(/[[\]:*?/\\\u0000-\u001f]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim() || '機関';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `(${n})`;
    const name = fit(base, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase()) && name.toLowerCase() !== 'history') {
      used.add(name.toLowerCase());
      return name;
    }
  }
}

/** The longest prefix of whole characters within `max` UTF-16 units (what Excel counts), never half a surrogate pair. */
function fit(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
