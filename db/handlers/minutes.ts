// The contract's 議事録 methods: the minutes model (print view), the exported files and their log. Everything a
// file says comes from buildMinutes (shared/) over data gathered here in one place (minutesInput); every file
// that leaves the app is logged with its form, masking and the operator's name.
import type { z } from 'zod';
import { AppError, type BackendEvent, type ExportedFile, type MethodName, type MethodResults, type methods } from '../../shared/contract';
import { DEFAULT_NOTATION } from '../../shared/board/notation';
import { parseBoard } from '../../shared/board/serialize';
import { boardToSvg } from '../../shared/board/svg';
import type { LedgerCase } from '../../shared/ledger/case';
import {
  buildMinutes, type MinutesExportRecord, type MinutesFormat, type MinutesInput, type MinutesModel,
} from '../../shared/meeting/minutes';
import { minutesHtml } from '../../shared/meeting/minutes-html';
import { makeMaskPolicy } from '../../shared/mask/policy';
import type { MeetingInput } from '../../shared/meeting/types';
import type { CasesRepo } from '../ledger/cases-repo';
import { readSettings } from '../ledger/settings-repo';
import type { Db } from '../open';
import { DOCX_MIME } from './docx-parts';
import { maskBoards } from './mask-boards';
import { meetingReopenings } from './meeting-status';
import { writeMinutesDocx } from './minutes-docx';
import { writeMinutesXlsx, XLSX_MIME } from './minutes-xlsx';
import { meetingStore } from './store';

type MinutesMethod = Extract<MethodName, `minutes.${string}`>;

export type MinutesHandlers = {
  [M in MinutesMethod]: (input: z.output<(typeof methods)[M]>) => MethodResults[M] | Promise<MethodResults[M]>;
};

/** The host's PDF printer (Electron: webContents.printToPDF of the HTML; the CLI: headless Chromium). */
export type PrintToPdf = (html: string) => Promise<Uint8Array>;

export interface MinutesDeps {
  now: () => Date;
  emit: (event: BackendEvent) => void;
  open: () => { db: Db; cases: CasesRepo };
  printToPdf?: PrintToPdf;
}

export const PDF_MIME = 'application/pdf';
const NO_PDF_MESSAGE = 'この環境では PDF を直接作れません。「印刷・PDF」を押し、印刷画面の送信先で「PDF に保存」を選んでください。';

export function minutesHandlers({ now, open, printToPdf }: MinutesDeps): MinutesHandlers {
  const model = (meetingId: number, masked: boolean) => buildMinutes(minutesInput(open(), meetingId, masked, now()));

  return {
    'minutes.model': ({ meetingId, masked }) => model(meetingId, masked),
    'minutes.export': async ({ meetingId, masked, format }) => {
      if (format === 'pdf' && !printToPdf) throw new AppError('invalid_input', NO_PDF_MESSAGE);
      const built = model(meetingId, masked);
      const file = await minutesFile(built, format, now(), printToPdf);
      const { db } = open();
      db.prepare(`
        INSERT INTO minutes_exports (meeting_id, format, masked, draft, file_name, operator_name, exported_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
        meetingId, format, masked ? 1 : 0, built.draft ? 1 : 0, file.fileName, readSettings(db).operatorName, now().toISOString(),
      );
      return file;
    },
    'minutes.exports': ({ meetingId }) => {
      const { db } = open();
      meetingStore(db).meetings.get(meetingId);
      const rows = db.prepare('SELECT * FROM minutes_exports WHERE meeting_id = ? ORDER BY id DESC').all(meetingId) as ExportRow[];
      return { exports: rows.map(toRecord) };
    },
  };
}

/** The file of one form. PDF needs the host's printer; the caller checks there is one. */
export async function minutesFile(model: MinutesModel, format: MinutesFormat, now: Date, printToPdf?: PrintToPdf): Promise<ExportedFile> {
  switch (format) {
    case 'docx':
      return file(`${model.fileBase}.docx`, DOCX_MIME, await writeMinutesDocx(model));
    case 'xlsx':
      return file(`${model.fileBase}.xlsx`, XLSX_MIME, await writeMinutesXlsx(model, now));
    case 'pdf': {
      if (!printToPdf) throw new AppError('invalid_input', NO_PDF_MESSAGE);
      let bytes: Uint8Array;
      try {
        bytes = await printToPdf(minutesHtml(model));
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError('internal', 'PDF を作れませんでした。「印刷・PDF」から印刷画面の「PDF に保存」をお使いください。');
      }
      return file(`${model.fileBase}.pdf`, PDF_MIME, Buffer.from(bytes));
    }
  }
}

function file(fileName: string, mimeType: string, bytes: Buffer): ExportedFile {
  return { fileName, mimeType, dataBase64: bytes.toString('base64') };
}

/** Everything buildMinutes needs about one meeting, read from the database. */
export function minutesInput(session: { db: Db; cases: CasesRepo }, meetingId: number, masked: boolean, now: Date): MinutesInput {
  const { db, cases } = session;
  const store = meetingStore(db);
  const meeting = store.meetings.get(meetingId);
  const agenda = store.meetings.agenda(meetingId)?.items ?? [];
  const ledger = agenda.map((i) => cases.get(i.caseNo)).filter((c): c is LedgerCase => c !== null);
  const deep = new Set(agenda.filter((i) => i.group === 'deep').map((i) => i.caseNo));
  const boardDocs = masked ? maskBoards(db, meetingId, agenda.map((i) => i.caseNo)) : [];
  // The same policy buildMinutes applies to the text, so a board's notes hide what the minutes hide.
  const scrub = masked ? makeMaskPolicy({ cases: ledger, boards: boardDocs, staff: [meeting.facilitator] }).scrub : undefined;
  const settings = readSettings(db);
  return {
    meeting,
    live: store.live.state(meetingId),
    agenda,
    decisions: store.live.decisions(meetingId),
    cases: ledger,
    agencyNames: store.agencies.list().map((a) => a.name),
    nextMeeting: nextMeeting(db, meeting),
    reopenings: meetingReopenings(db, meetingId),
    boards: meetingBoards(db, meetingId, deep, masked, meeting.date, scrub),
    maskBoards: boardDocs,
    masked,
    now,
    timeZone: settings.timeZone,
    dateStyle: settings.dateStyle,
  };
}

/** The next meeting of the same kind and 部会: later by date, or later-created on the same day. */
function nextMeeting(db: Db, meeting: MeetingInput & { id: number }): MinutesInput['nextMeeting'] {
  const data = db.prepare(`
    SELECT data FROM meetings
    WHERE kind = ? AND subcommittee IS ? AND (date > ? OR (date = ? AND id > ?))
    ORDER BY date, id LIMIT 1`).pluck().get(meeting.kind, meeting.subcommittee, meeting.date, meeting.date, meeting.id) as string | undefined;
  return data === undefined ? null : (JSON.parse(data) as MeetingInput);
}

/** The newest snapshot this meeting took of each 協議 case's board, as SVG (role labels when masked). */
function meetingBoards(
  db: Db, meetingId: number, caseNos: ReadonlySet<string>, masked: boolean, meetingDate: string, scrub?: (text: string) => string,
): Record<string, string> {
  const rows = db.prepare(`
    SELECT case_no, doc FROM board_snapshots
    WHERE meeting_id = ? AND id IN (SELECT max(id) FROM board_snapshots WHERE meeting_id = ? GROUP BY case_no)`)
    .all(meetingId, meetingId) as { case_no: string; doc: string }[];
  const out: Record<string, string> = {};
  for (const row of rows) {
    if (!caseNos.has(row.case_no)) continue;
    const doc = parseBoard(JSON.parse(row.doc) as unknown);
    out[row.case_no] = boardToSvg(doc, { notation: DEFAULT_NOTATION, masked, meetingDate, ...(scrub ? { scrub } : {}) });
  }
  return out;
}

interface ExportRow {
  id: number;
  meeting_id: number;
  format: MinutesFormat;
  masked: number;
  draft: number;
  file_name: string;
  operator_name: string;
  exported_at: string;
}

function toRecord(row: ExportRow): MinutesExportRecord {
  return {
    id: row.id, meetingId: row.meeting_id, format: row.format, masked: row.masked === 1, draft: row.draft === 1,
    fileName: row.file_name, operatorName: row.operator_name, exportedAt: row.exported_at,
  };
}
