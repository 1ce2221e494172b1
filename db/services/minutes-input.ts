// Everything buildMinutes (shared/) needs about one meeting, read in one place: every word of the minutes
// is decided from this, so the three layouts (DOCX, XLSX, HTML/PDF) never say different things.
import { DEFAULT_NOTATION } from '../../shared/board/notation';
import { parseBoard } from '../../shared/board/serialize';
import { boardToSvg } from '../../shared/board/svg';
import type { LedgerCase } from '../../shared/ledger/case';
import { makeMaskPolicy } from '../../shared/mask/policy';
import type { MinutesInput } from '../../shared/meeting/minutes';
import { casesNamedIn, programTexts } from '../../shared/meeting/minutes-program';
import type { Store } from '../repos/store';
import { maskBoards } from './mask-boards';
import { meetingReopenings } from './meeting-status';
import { programOf } from './agenda-program';

export function minutesInput(store: Store, meetingId: number, masked: boolean, now: Date): MinutesInput {
  const meeting = store.meetings.get(meetingId);
  const agenda = store.meetings.agenda(meetingId)?.items ?? [];
  const ledger = agenda.map((i) => store.cases.get(i.caseNo)).filter((c): c is LedgerCase => c !== null);
  const deep = new Set(agenda.filter((i) => i.group === 'deep').map((i) => i.caseNo));
  const boardDocs = masked
    ? maskBoards(
        store,
        meetingId,
        agenda.map((i) => i.caseNo),
      )
    : [];
  // The same policy buildMinutes applies to the text, so a board's notes hide what the minutes hide.
  const scrub = masked
    ? makeMaskPolicy({ cases: ledger, boards: boardDocs, staff: [meeting.facilitator] }).scrub
    : undefined;
  const settings = store.settings.read();
  const program = programOf(store, meetingId);
  // Only a masked file needs them, and only when the 次第 has text to look through (the whole ledger is read).
  const texts = masked ? programTexts(program).filter((t) => t.trim() !== '') : [];
  const onAgenda = new Set(agenda.map((i) => i.caseNo));
  const namedCases =
    texts.length > 0 ? casesNamedIn(texts, store.cases.all()).filter((c) => !onAgenda.has(c.caseNo)) : [];
  return {
    meeting,
    live: store.live.state(meetingId),
    agenda,
    decisions: store.live.decisions(meetingId),
    cases: ledger,
    agencyNames: store.agencies.list().map((a) => a.name),
    nextMeeting: store.meetings.next(meeting),
    reopenings: meetingReopenings(store, meetingId),
    boards: meetingBoards(store, meetingId, deep, masked, meeting.date, scrub),
    maskBoards: boardDocs,
    masked,
    program,
    namedCases,
    now,
    timeZone: settings.timeZone,
    dateStyle: settings.dateStyle,
  };
}

/** The newest snapshot this meeting took of each 協議 case's board, as SVG (role labels when masked). */
function meetingBoards(
  store: Store,
  meetingId: number,
  caseNos: ReadonlySet<string>,
  masked: boolean,
  meetingDate: string,
  scrub?: (text: string) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of store.boards.latestMeetingSnapshots(meetingId)) {
    if (!caseNos.has(row.caseNo)) continue;
    const doc = parseBoard(JSON.parse(row.doc) as unknown);
    out[row.caseNo] = boardToSvg(doc, { notation: DEFAULT_NOTATION, masked, meetingDate, ...(scrub ? { scrub } : {}) });
  }
  return out;
}
