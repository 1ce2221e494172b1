// 議事録: what the minutes say, as display strings, before any file format. The DOCX, XLSX and HTML writers
// only lay this out, so every word a reader sees (and everything masking must hide) is decided here, once.
// Only RECORDED decisions count: a draft typed during the meeting was never agreed.
import type { LedgerCase } from '../ledger/case';
import { formatDate } from '../ledger/dates';
import { clockInZone, dateTimeInZone, dayInZone } from '../time/zone';
import { NONE } from './handout-types';
import type { DateStyle } from '../time/date-style';
import { makeMaskPolicy } from '../mask/policy';
import { maskedLabel } from './mask';
import { byOrder, carriedOver, minutesCase, spentOn, TAKEN_UP_MS } from './minutes-cases';
import { blockOrder, isCaseless, minutesProgram, programRows, programSections } from './minutes-program';
import {
  DRAFT_MARK,
  MINUTES_NOTICE,
  MINUTES_TITLE,
  type MinutesGroup,
  type MinutesInput,
  type MinutesLine,
  type MinutesModel,
} from './minutes-types';
import { GROUP_LABELS, type MeetingInput } from './types';

export * from './minutes-types';
export { NO_RECORD } from './minutes-program';
export { outcomeLabel } from './minutes-cases';

const BLANK_NEXT = '令和　　年　　月　　日（　）　　時　　分〜　場所：';

export function buildMinutes(input: MinutesInput): MinutesModel {
  const { meeting, live, masked } = input;
  const style = input.dateStyle ?? 'wareki';
  const byCaseNo = new Map(input.cases.map((c) => [c.caseNo, c]));
  const onAgenda = input.agenda.map((i) => byCaseNo.get(i.caseNo)).filter((c): c is LedgerCase => c !== undefined);
  const scrub = masked
    ? makeMaskPolicy({
        cases: [...onAgenda, ...(input.namedCases ?? [])],
        boards: input.maskBoards ?? [],
        staff: [meeting.facilitator],
      }).scrub
    : (text: string) => text;
  const label = (caseNo: string) => caseLabel(caseNo, byCaseNo.get(caseNo), masked);
  const recorded = new Map(input.decisions.filter((d) => d.state === 'recorded').map((d) => [d.caseNo, d]));
  const draft = live.endedAt === null;

  const program = minutesProgram(input);
  const caseless = isCaseless(input, program);
  // Numbered in the order the 次第 takes the blocks: 確認 then 協議 unless the program puts 協議 first.
  let running = 0;
  const groups = blockOrder(program).map((group): MinutesGroup => {
    const items = input.agenda
      .filter(
        (item) =>
          item.group === group && (recorded.has(item.caseNo) || spentOn(live, item.caseNo, input.now) >= TAKEN_UP_MS),
      )
      .sort(byOrder)
      .map((item) =>
        minutesCase(item, ++running, recorded.get(item.caseNo) ?? null, label(item.caseNo), input, style, scrub),
      );
    return { group, label: GROUP_LABELS[group], items };
  });

  return {
    title: draft ? `${MINUTES_TITLE}${DRAFT_MARK}` : MINUTES_TITLE,
    draft,
    meetingTitle: scrub(meeting.title),
    notice: MINUTES_NOTICE,
    masked,
    meetingLines: meetingLines(input, style, scrub),
    groups,
    program: programRows(input, program, groups, caseless, scrub),
    sections: programSections(input, program, groups, caseless, scrub),
    caseless,
    carriedOver: carriedOver(input, recorded, label, draft),
    nextMeeting: input.nextMeeting ? nextMeetingText(input.nextMeeting, style, scrub) : BLANK_NEXT,
    createdOn: formatDate(dayInZone(input.now, input.timeZone), style),
    fileBase: minutesFileBase(meeting, masked),
  };
}

/** 議事録_2025-06-10_実務者会議[_乳幼児部会][_マスク] — safe as a file name on Windows too. */
export function minutesFileBase(
  meeting: Pick<MeetingInput, 'date' | 'kind' | 'subcommittee'>,
  masked: boolean,
): string {
  const parts = [MINUTES_TITLE, meeting.date, meeting.kind];
  if (meeting.subcommittee) parts.push(meeting.subcommittee);
  if (masked) parts.push('マスク');
  return parts.join('_').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}

export interface AgencyRoles {
  agency: string;
  rows: { caseLabel: string; task: string; due: string }[];
}

/**
 * 役割分担 per agency (the list sent to each agency), agencies in name order, cases in meeting order. A task
 * the centre's two functions share (両機能) is on both functions' lists.
 */
export function rolesByAgency(model: MinutesModel): AgencyRoles[] {
  const out = new Map<string, AgencyRoles['rows']>();
  for (const group of model.groups) {
    for (const item of group.items) {
      for (const role of item.roles) {
        const shared = role.agency === '両機能';
        for (const agency of shared ? ['母子保健', '児童福祉'] : [role.agency]) {
          const rows = out.get(agency) ?? [];
          rows.push({ caseLabel: item.label, task: shared ? `${role.task}（両機能で）` : role.task, due: role.due });
          out.set(agency, rows);
        }
      }
    }
  }
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b, 'ja')).map(([agency, rows]) => ({ agency, rows }));
}

export const ROLE_COLUMNS = ['機関', '役割', '期限'] as const;
/** The short 次第 list's columns, in every layout. */
export const PROGRAM_LIST_COLUMNS = ['番号', '種類', '項目', '発表者', '所要'] as const;

function caseLabel(caseNo: string, c: LedgerCase | undefined, masked: boolean): string {
  if (!c) return caseNo;
  if (masked) return maskedLabel(c);
  return c.name ? `${c.caseNo} ${c.name}` : c.caseNo;
}

function meetingLines(input: MinutesInput, style: DateStyle, scrub: (text: string) => string): MinutesLine[] {
  const { meeting, live } = input;
  const kind = meeting.subcommittee ? `${meeting.kind}（${meeting.subcommittee}）` : meeting.kind;
  // The clock in the council's zone, whatever the machine's: the time on the meeting room's wall.
  const start = live.startedAt ? clockInZone(live.startedAt, input.timeZone) : meeting.startTime;
  const end = live.endedAt ? clockInZone(live.endedAt, input.timeZone) : '（進行中）';
  const known = new Set([...input.agencyNames, ...meeting.invitedAgencies]);
  const agencies = live.attendees.filter((a) => known.has(a));
  const people = live.attendees.filter((a) => !known.has(a));
  const lines: MinutesLine[] = [
    { label: '会議', value: kind },
    { label: '日時', value: `${formatDate(meeting.date, style)}　${start}〜${end}` },
    { label: '場所', value: meeting.place ? scrub(meeting.place) : NONE },
    {
      label: '出席機関',
      value:
        agencies.length > 0
          ? agencies.join('、')
          : live.attendees.length === 0 && meeting.invitedAgencies.length > 0
            ? `${meeting.invitedAgencies.join('、')}（出席の記録なし・招集機関）`
            : NONE,
    },
    // A family invited to a 個別ケース検討会議 is an attendee too.
    { label: '出席者', value: people.length > 0 ? scrub(people.join('、')) : NONE },
    { label: '進行', value: meeting.facilitator ? scrub(meeting.facilitator) : NONE },
  ];
  const reopenings = input.reopenings ?? [];
  if (reopenings.length > 0) {
    lines.push({
      label: '再開の記録',
      value: reopenings
        .map((r) => `${dateTimeInZone(r.reopenedAt, input.timeZone)}　${r.operatorName}：${scrub(r.reason)}`)
        .join('\n'),
    });
  }
  return lines;
}

function nextMeetingText(
  next: Pick<MeetingInput, 'title' | 'date' | 'startTime' | 'place'>,
  style: DateStyle,
  scrub: (text: string) => string,
): string {
  const parts = [`${formatDate(next.date, style)}　${next.startTime}〜`];
  if (next.place) parts.push(`場所：${scrub(next.place)}`);
  parts.push(`（${scrub(next.title)}）`);
  return parts.join('　');
}
