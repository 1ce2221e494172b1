// 議事録: what the minutes say, as display strings, before any file format. The DOCX, XLSX and HTML writers
// only lay this out, so every word a reader sees (and everything masking must hide) is decided here, once.
// Only RECORDED decisions count: a draft typed during the meeting was never agreed.
import type { BoardDoc } from '../board/types';
import type { LedgerCase } from '../ledger/case';
import { formatDate } from '../ledger/dates';
import { clockInZone, dateTimeInZone, dayInZone } from '../time/zone';
import type { Decision, RoleAssignment } from './decision';
import { NONE } from './handout';
import type { DateStyle } from '../time/date-style';
import { makeMaskPolicy } from '../mask/policy';
import type { LiveState } from './live';
import { maskedLabel } from './mask';
import type { MeetingReopening } from './status';
import { GROUP_LABELS, type AgendaItem, type Meeting, type MeetingInput } from './types';

export const MINUTES_TITLE = '議事録';
/** Printed on every page of every minutes file: the minutes name children and families. */
export const MINUTES_NOTICE = '取扱注意';
export const DRAFT_MARK = '（案）';

export interface MinutesLine {
  label: string;
  value: string;
}

export interface MinutesRole {
  agency: string;
  task: string;
  due: string;
}

/**
 * What happened to a case at the meeting, from the live record: decided after discussion, confirmed on the
 * 事務局案, taken up (its timer ran) without a recorded decision, not reached, or moved to 保留.
 */
export type CaseOutcome = 'decided' | 'confirmed' | 'noDecision' | 'notReached' | 'held';

/** How each outcome reads in the minutes; a meeting still running has not "failed" to reach anything yet. */
export function outcomeLabel(outcome: CaseOutcome, draft: boolean): string {
  switch (outcome) {
    case 'decided':
      return '協議のうえ決定';
    case 'confirmed':
      return '事務局案どおり確認';
    case 'noDecision':
      return draft ? '取り上げたが決定は未記録' : '取り上げたが決定に至らず';
    case 'notReached':
      return draft ? 'まだ取り上げていない' : '時間内に取り上げられなかった';
    case 'held':
      return '保留として次回へ';
  }
}

/** A case's timer under this is a case clicked past, not a case taken up. */
const TAKEN_UP_MS = 500;

export interface MinutesCase {
  /** Running number over 確認 then 協議, in the order the meeting took them. */
  no: number;
  caseNo: string;
  /** caseNo + name, or the masked label (caseNo + initials). */
  label: string;
  group: 'quick' | 'deep';
  outcome: Exclude<CaseOutcome, 'notReached' | 'held'>;
  /** The 結果 as printed: the outcome's words and the time spent (協議のうえ決定（所要 12分34秒）). */
  result: string;
  /** The 事務局案's note, under its own heading: it is the secretariat's proposal, not the 状況 reported. */
  draftNote: string | null;
  situation: string;
  discussion: string;
  /** 支援方針, 主担当機関, 次回確認時期 and every change the meeting decided, in a fixed order. */
  decisions: MinutesLine[];
  /** One line summing up the decision (the XLSX 決定一覧 row). */
  summary: string;
  /** Every labelled line of the case's table, in order: 区分, 結果, 事務局案, 状況, 協議内容, then the decisions. */
  lines: MinutesLine[];
  roles: MinutesRole[];
  /** Time the meeting spent on the case ('4分30秒'), or null when no timer ran. */
  time: string | null;
  /** The board as the meeting left it (standalone SVG), for 協議 cases that have a snapshot of this meeting. */
  boardSvg: string | null;
}

export interface MinutesGroup {
  group: 'quick' | 'deep';
  label: string;
  items: MinutesCase[];
}

export interface CarriedOverCase {
  caseNo: string;
  label: string;
  outcome: 'noDecision' | 'notReached' | 'held';
  reason: string;
}

export interface MinutesModel {
  /** 議事録, or 議事録（案） while the meeting has not ended. */
  title: string;
  draft: boolean;
  meetingTitle: string;
  notice: string;
  masked: boolean;
  meetingLines: MinutesLine[];
  /** 確認 then 協議, in the order the meeting took them; empty groups included so the reader sees 0件. */
  groups: MinutesGroup[];
  carriedOver: CarriedOverCase[];
  /** 次回の会議: the next meeting of the same kind and 部会, or a blank to fill in. */
  nextMeeting: string;
  createdOn: string;
  /** Without extension: 議事録_2025-06-10_実務者会議[_部会][_マスク]. */
  fileBase: string;
}

export interface MinutesInput {
  meeting: Meeting;
  live: LiveState;
  agenda: readonly AgendaItem[];
  /** Every decision of the meeting; drafts are ignored. */
  decisions: readonly Decision[];
  /** Ledger rows of (at least) the cases on the agenda. */
  cases: readonly LedgerCase[];
  /** Names of the agencies the municipality knows: an attendee with one of these names is an agency. */
  agencyNames: readonly string[];
  /** The next meeting of the same kind and 部会, if one is planned. */
  nextMeeting: Pick<MeetingInput, 'title' | 'date' | 'startTime' | 'place'> | null;
  /** Every reopening of the ended meeting: the minutes say it was reopened, when, by whom and why. */
  reopenings?: readonly MeetingReopening[];
  /** Standalone board SVG per caseNo (snapshots taken by this meeting), already masked as needed. */
  boards?: Readonly<Record<string, string>>;
  /** The whiteboards of the cases on the agenda, for masking: everyone on them is masked too. */
  maskBoards?: readonly BoardDoc[];
  masked: boolean;
  /** The instant the minutes are made: 作成日 is its day in `timeZone`. */
  now: Date;
  /** The council's time zone (the timeZone setting): clock times and 作成日 are in it, not the machine's. */
  timeZone: string;
  dateStyle?: DateStyle;
}

const BLANK_NEXT = '令和　　年　　月　　日（　）　　時　　分〜　場所：';

export function buildMinutes(input: MinutesInput): MinutesModel {
  const { meeting, live, masked } = input;
  const style = input.dateStyle ?? 'wareki';
  const byCaseNo = new Map(input.cases.map((c) => [c.caseNo, c]));
  const onAgenda = input.agenda.map((i) => byCaseNo.get(i.caseNo)).filter((c): c is LedgerCase => c !== undefined);
  const scrub = masked
    ? makeMaskPolicy({ cases: onAgenda, boards: input.maskBoards ?? [], staff: [meeting.facilitator] }).scrub
    : (text: string) => text;
  const label = (caseNo: string) => caseLabel(caseNo, byCaseNo.get(caseNo), masked);
  const recorded = new Map(input.decisions.filter((d) => d.state === 'recorded').map((d) => [d.caseNo, d]));
  const draft = live.endedAt === null;

  let running = 0;
  const groups = (['quick', 'deep'] as const).map((group): MinutesGroup => {
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

/** 役割分担 per agency (the list sent to each agency), agencies in name order, cases in meeting order. */
export function rolesByAgency(model: MinutesModel): AgencyRoles[] {
  const out = new Map<string, AgencyRoles['rows']>();
  for (const group of model.groups) {
    for (const item of group.items) {
      for (const role of item.roles) {
        const rows = out.get(role.agency) ?? [];
        rows.push({ caseLabel: item.label, task: role.task, due: role.due });
        out.set(role.agency, rows);
      }
    }
  }
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b, 'ja')).map(([agency, rows]) => ({ agency, rows }));
}

export const ROLE_COLUMNS = ['機関', '役割', '期限'] as const;

function caseLabel(caseNo: string, c: LedgerCase | undefined, masked: boolean): string {
  if (!c) return caseNo;
  if (masked) return maskedLabel(c);
  return c.name ? `${c.caseNo} ${c.name}` : c.caseNo;
}

function byOrder(a: AgendaItem, b: AgendaItem): number {
  return a.order - b.order || (a.caseNo < b.caseNo ? -1 : a.caseNo > b.caseNo ? 1 : 0);
}

/** Time counted on a case, with the running stretch when its timer is on now (draft minutes of a running meeting). */
function spentOn(live: LiveState, caseNo: string, now: Date): number {
  const counted = live.timer.spentMs[caseNo] ?? 0;
  const since = live.timer.runningSince;
  return since !== null && live.current === caseNo ? counted + Math.max(0, now.getTime() - Date.parse(since)) : counted;
}

function timeSpent(input: MinutesInput, caseNo: string): string | null {
  const ms = spentOn(input.live, caseNo, input.now);
  return ms >= TAKEN_UP_MS ? duration(ms) : null;
}

/**
 * A case the meeting took up: with its recorded decision, or (d = null) taken up without one, which the
 * minutes say as such with the time spent and no decision lines (a draft typed in the room was never agreed).
 */
function minutesCase(
  item: AgendaItem,
  no: number,
  d: Decision | null,
  label: string,
  input: MinutesInput,
  style: DateStyle,
  scrub: (text: string) => string,
): MinutesCase {
  const group = item.group === 'deep' ? 'deep' : 'quick';
  const draftMinutes = input.live.endedAt === null;
  const outcome = d === null ? 'noDecision' : d.outcome === 'confirmed' ? 'confirmed' : 'decided';
  const time = timeSpent(input, item.caseNo);
  const result = `${outcomeLabel(outcome, draftMinutes)}${time ? `（所要 ${time}）` : ''}`;
  const draftNote = item.draft?.note?.trim() ? scrub(item.draft.note) : null;
  // Decisions confirmed before the note had its own heading carry it as their 状況: it is not one.
  const ownSituation =
    d?.situation && !(outcome === 'confirmed' && d.situation === item.draft?.note) ? d.situation : null;
  const situation = ownSituation ? scrub(ownSituation) : NONE;
  const discussion = d?.discussion ? scrub(d.discussion) : NONE;
  const decisions = d === null ? [] : decisionLines(d, style, scrub);
  const lines: MinutesLine[] = [
    { label: '区分', value: GROUP_LABELS[group] },
    { label: '結果', value: result },
    ...(draftNote !== null ? [{ label: '事務局案', value: draftNote }] : []),
    ...(d === null ? [] : [{ label: '状況', value: situation }]),
    ...(d !== null && group === 'deep' ? [{ label: '協議内容', value: discussion }] : []),
    ...decisions,
  ];
  return {
    no,
    caseNo: item.caseNo,
    label,
    group,
    outcome,
    result,
    draftNote,
    situation,
    discussion,
    decisions,
    summary: [result, ...decisions.map((l) => `${l.label}：${l.value}`)].join('\n'),
    lines,
    roles: d === null ? [] : d.roles.map((r) => role(r, style, scrub)),
    time,
    boardSvg: group === 'deep' ? (input.boards?.[item.caseNo] ?? null) : null,
  };
}

/** Only what the meeting decided: an empty field means "no change" and is not listed, except the three basics. */
function decisionLines(d: Decision, style: DateStyle, scrub: (text: string) => string): MinutesLine[] {
  const lines: MinutesLine[] = [
    { label: '支援方針', value: d.policy ? scrub(d.policy) : NONE },
    { label: '主担当機関', value: d.leadAgency ?? NONE },
    { label: '次回確認時期', value: d.nextReview ? formatDate(d.nextReview, style) : NONE },
  ];
  if (d.riskLevel) lines.push({ label: '重症度の変更', value: d.riskLevel });
  if (d.classification) lines.push({ label: '種別の変更', value: d.classification });
  if (d.closure)
    lines.push({ label: '終結', value: `${formatDate(d.closure.date, style)}　${scrub(d.closure.reason)}` });
  if (d.services.length > 0)
    lines.push({ label: '支援サービス', value: d.services.map((s) => `${s.service}（${s.mode}）`).join('、') });
  if (d.supportPlan) {
    const plan = [`サポートプランの${d.supportPlan.action}`];
    if (d.supportPlan.by) plan.push(`担当：${d.supportPlan.by}`);
    if (d.supportPlan.due) plan.push(`期限：${formatDate(d.supportPlan.due, style)}`);
    lines.push({ label: 'サポートプラン', value: plan.join('　') });
  }
  if (d.jiso) {
    lines.push({
      label: '児童相談所',
      value: d.jiso.note ? `${d.jiso.involvement}（${scrub(d.jiso.note)}）` : d.jiso.involvement,
    });
  }
  return lines;
}

function role(r: RoleAssignment, style: DateStyle, scrub: (text: string) => string): MinutesRole {
  return { agency: r.agency, task: scrub(r.task), due: r.due ? formatDate(r.due, style) : NONE };
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest}秒`;
  return rest === 0 ? `${minutes}分` : `${minutes}分${rest}秒`;
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

/**
 * Every case without a recorded decision, with what happened to it: taken up without a decision (with the
 * time spent), not reached, or 保留. An ended meeting carries them to the next one (次回へ).
 */
function carriedOver(
  input: MinutesInput,
  recorded: ReadonlyMap<string, Decision>,
  label: (caseNo: string) => string,
  draft: boolean,
): CarriedOverCase[] {
  const out: CarriedOverCase[] = [];
  const seen = new Set<string>();
  const add = (caseNo: string, outcome: CarriedOverCase['outcome'], group: string) => {
    if (seen.has(caseNo)) return;
    seen.add(caseNo);
    const time = outcome === 'noDecision' ? timeSpent(input, caseNo) : null;
    const reason = `${outcomeLabel(outcome, draft)}（${time ? `${group}・所要 ${time}` : group}）`;
    out.push({ caseNo, label: label(caseNo), outcome, reason });
  };
  const open = (['quick', 'deep'] as const)
    .flatMap((group) => input.agenda.filter((i) => i.group === group).sort(byOrder))
    .filter((i) => !recorded.has(i.caseNo));
  const taken = (caseNo: string) => spentOn(input.live, caseNo, input.now) >= TAKEN_UP_MS;
  for (const item of open) add(item.caseNo, taken(item.caseNo) ? 'noDecision' : 'notReached', GROUP_LABELS[item.group]);
  for (const item of input.agenda.filter((i) => i.group === 'hold').sort(byOrder))
    add(item.caseNo, 'held', GROUP_LABELS[heldFrom(item)]);
  // Carried over when the meeting ended but no longer on the agenda.
  for (const caseNo of input.live.carriedOver) add(caseNo, taken(caseNo) ? 'noDecision' : 'notReached', '議題外');
  return out;
}

/** The group a 保留 card was in before it was held (the override's origin, else the rules'). */
function heldFrom(item: AgendaItem): 'quick' | 'deep' {
  const from = item.override?.from;
  return from === 'quick' || from === 'deep' ? from : item.ruleGroup;
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

export const MINUTES_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

/** One line of the export log: which minutes left the app, when, in which form, with or without names. */
export interface MinutesExportRecord {
  id: number;
  meetingId: number;
  format: MinutesFormat;
  masked: boolean;
  /** Made before the meeting ended (議事録（案）). */
  draft: boolean;
  fileName: string;
  operatorName: string;
  exportedAt: string;
}
