// 事前配布資料: what the handout says, as plain display strings, before any file format. The DOCX writer in
// db/ only lays this out, so everything a reader sees (and everything masking must hide) is decided here.
import type { LedgerCase } from '../ledger/case';
import { formatDate } from '../ledger/dates';
import { makeMaskPolicy } from '../mask/policy';
import type { DateStyle } from '../time/date-style';
import { groupReports, handoutCase } from './handout-case';
import { handoutProgramRows } from './handout-program';
import { handoutSheets } from './handout-sheets';
import {
  HANDOUT_NOTICE,
  HANDOUT_TITLE,
  type HandoutGroup,
  type HandoutInput,
  type HandoutLine,
  type HandoutModel,
} from './handout-types';
import { GROUP_LABELS, type Group, type MeetingInput } from './types';

export * from './handout-types';
export * from './handout-tables';
export * from './handout-sheets';
export { PROGRAM_COLUMNS } from './handout-program';

const GROUP_ORDER: readonly Group[] = ['deep', 'quick', 'hold'];

export function buildHandout(input: HandoutInput): HandoutModel {
  const { meeting, masked, copies } = input;
  if (!Number.isInteger(copies) || copies < 1) throw new RangeError('配布部数は1以上の整数で指定してください。');
  const style = input.dateStyle ?? 'wareki';
  const byCaseNo = new Map(input.cases.map((c) => [c.caseNo, c]));
  const onAgenda = input.agenda
    .map((item) => byCaseNo.get(item.caseNo))
    .filter((c): c is LedgerCase => c !== undefined);
  const scrub = masked
    ? makeMaskPolicy({ cases: onAgenda, boards: input.boards ?? [], staff: [meeting.facilitator] }).scrub
    : (text: string) => text;
  const reportsByCase = groupReports(input.reports);

  let running = 0;
  const groups = GROUP_ORDER.map((group): HandoutGroup => {
    const items = input.agenda
      .filter((item) => item.group === group)
      .sort((a, b) => a.order - b.order || (a.caseNo < b.caseNo ? -1 : a.caseNo > b.caseNo ? 1 : 0))
      .map((item) => {
        const no = group === 'hold' ? null : ++running;
        return handoutCase(
          item,
          no,
          byCaseNo.get(item.caseNo),
          reportsByCase.get(item.caseNo) ?? [],
          meeting.date,
          masked,
          style,
          scrub,
        );
      });
    return { group, label: GROUP_LABELS[group], items };
  });

  return {
    title: HANDOUT_TITLE,
    meetingTitle: scrub(meeting.title),
    notice: HANDOUT_NOTICE,
    masked,
    copies,
    meetingLines: meetingLines(meeting, style, scrub),
    createdOn: formatDate(input.today, style),
    program:
      input.program && input.timing
        ? handoutProgramRows(input.program, meeting, input.agenda, input.timing, scrub)
        : [],
    groups,
    sheets: handoutSheets(
      groups.flatMap((g) => g.items),
      input.caseSheets ?? [],
      style,
      scrub,
    ),
    fileName: handoutFileName(meeting, masked),
  };
}

/** 配布番号 3 / 10 */
export function copyLabel(copy: number, copies: number): string {
  return `配布番号 ${copy} / ${copies}`;
}

/** 事前配布資料_2026-12-01_実務者会議[_乳幼児部会][_マスク].docx — safe as a file name on Windows too. */
export function handoutFileName(
  meeting: Pick<MeetingInput, 'date' | 'kind' | 'subcommittee'>,
  masked: boolean,
): string {
  const parts = [HANDOUT_TITLE, meeting.date, meeting.kind];
  if (meeting.subcommittee) parts.push(meeting.subcommittee);
  if (masked) parts.push('マスク');
  return `${parts.join('_').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}.docx`;
}

function meetingLines(meeting: MeetingInput, style: DateStyle, scrub: (text: string) => string): HandoutLine[] {
  const kind = meeting.subcommittee ? `${meeting.kind}（${meeting.subcommittee}）` : meeting.kind;
  const end = addMinutes(meeting.startTime, meeting.plannedMinutes);
  const lines: HandoutLine[] = [
    { label: '会議', value: kind },
    {
      label: '日時',
      value: `${formatDate(meeting.date, style)}　${meeting.startTime}〜${end}（予定${meeting.plannedMinutes}分）`,
    },
    { label: '場所', value: meeting.place ? scrub(meeting.place) : '未定' },
    { label: '進行', value: meeting.facilitator ? scrub(meeting.facilitator) : '未定' },
  ];
  if (meeting.invitedAgencies.length > 0)
    lines.push({ label: '出席予定機関', value: meeting.invitedAgencies.join('、') });
  return lines;
}

/** HH:MM + minutes, past midnight wrapping round (a meeting never runs that late, but the text must not break). */
function addMinutes(hhmm: string, minutes: number): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
