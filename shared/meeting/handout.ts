// 事前配布資料: what the handout says, as plain display strings, before any file format. The DOCX writer in
// db/ only lays this out, so everything a reader sees (and everything masking must hide) is decided here.
import type { BoardDoc } from '../board/types';
import type { LedgerCase } from '../ledger/case';
import { ageAt, displayDate, formatDate } from '../ledger/dates';
import { maskedLabel } from './mask';
import { makeMaskPolicy, REDACTED } from '../mask/policy';
import {
  GROUP_LABELS,
  REASON_LABELS,
  type AgencyReport,
  type AgendaItem,
  type Group,
  type MeetingInput,
} from './types';
import type { DateStyle } from '../time/date-style';

export const HANDOUT_TITLE = '事前配布資料';
/** Printed in the header of every page: members are bound by confidentiality and the copies are collected. */
export const HANDOUT_NOTICE = '取扱注意・会議終了後回収';
export { REDACTED };
export const NONE = '—';
/** More than this per case crowds the page; the count of the rest is still given. */
export const MAX_REPORTS_PER_CASE = 3;

export interface HandoutInput {
  meeting: MeetingInput;
  agenda: readonly AgendaItem[];
  /** Ledger rows of (at least) the cases on the agenda. */
  cases: readonly LedgerCase[];
  /** Agencies' reports on (at least) the cases on the agenda, any order. */
  reports: readonly AgencyReport[];
  masked: boolean;
  copies: number;
  /** ISO day the handout is made (作成日). */
  today: string;
  /** 和暦 unless the municipality set 西暦. */
  dateStyle?: DateStyle;
  /** The whiteboards of the cases on the agenda: everyone on them is masked too. */
  boards?: readonly BoardDoc[];
}

export interface HandoutLine {
  label: string;
  value: string;
}

export interface HandoutReport {
  date: string;
  /** The period the report covers, or null. */
  period: string | null;
  agency: string;
  absences: string;
  injury: string;
  safety: string;
  /** 家庭状況の変化 and 所見, one per line. */
  note: string;
}

export interface HandoutDraft {
  policy: string;
  nextReview: string;
  leadAgency: string;
  note: string | null;
}

export interface HandoutCase {
  /** Running number over 協議 then 確認, as in the agenda tables; null for 保留. */
  no: number | null;
  caseNo: string;
  /** caseNo + name, or the masked label. */
  label: string;
  group: Group;
  /** False when the case is on the agenda but no longer in the ledger. */
  found: boolean;
  classification: string;
  age: string;
  /** 出産予定日 of a 特定妊婦, else null. */
  dueDate: string | null;
  risk: string;
  abuseTypes: string;
  leadAgency: string;
  reasons: string[];
  policy: string;
  nextReview: string;
  /** 事務局案, for 確認 cases only. */
  draft: HandoutDraft | null;
  /** Newest first, at most MAX_REPORTS_PER_CASE. */
  reports: HandoutReport[];
  /** Reports not shown because of the limit. */
  olderReports: number;
}

export interface HandoutGroup {
  group: Group;
  label: string;
  items: HandoutCase[];
}

export interface HandoutModel {
  title: string;
  meetingTitle: string;
  notice: string;
  masked: boolean;
  copies: number;
  meetingLines: HandoutLine[];
  createdOn: string;
  /** 協議, 確認, 保留, in that order; empty groups included so the reader sees "0件". */
  groups: HandoutGroup[];
  fileName: string;
}

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
    groups,
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

function handoutCase(
  item: AgendaItem,
  no: number | null,
  c: LedgerCase | undefined,
  reports: readonly AgencyReport[],
  meetingDate: string,
  masked: boolean,
  style: DateStyle,
  scrub: (text: string) => string,
): HandoutCase {
  const sorted = [...reports].sort(newestFirst);
  const shown = sorted.slice(0, MAX_REPORTS_PER_CASE).map((r) => handoutReport(r, style, scrub));
  const reasons = item.reasons.map((code) => REASON_LABELS[code]);
  const draft =
    item.group === 'quick' && item.draft
      ? {
          policy: scrub(item.draft.policy),
          nextReview: formatDate(item.draft.nextReview, style),
          leadAgency: item.draft.leadAgency ?? NONE,
          note: item.draft.note ? scrub(item.draft.note) : null,
        }
      : null;
  const base = {
    no,
    caseNo: item.caseNo,
    group: item.group,
    reasons,
    draft,
    reports: shown,
    olderReports: sorted.length - shown.length,
  };
  if (!c) {
    return {
      ...base,
      label: item.caseNo,
      found: false,
      classification: NONE,
      age: NONE,
      dueDate: null,
      risk: NONE,
      abuseTypes: NONE,
      leadAgency: NONE,
      policy: '（台帳にありません）',
      nextReview: NONE,
    };
  }
  const age = ageAt(c.birthDate, meetingDate);
  return {
    ...base,
    label: masked ? maskedLabel(c) : c.name ? `${c.caseNo} ${c.name}` : c.caseNo,
    found: true,
    classification: c.classification ?? NONE,
    age: age === null ? NONE : `${age}歳`,
    dueDate: c.classification === '特定妊婦' && c.dueDate ? displayDate(c.dueDate, style) : null,
    risk: c.riskLevel ?? NONE,
    abuseTypes: c.abuseTypes.length > 0 ? c.abuseTypes.join('・') : NONE,
    leadAgency: c.leadAgency ?? NONE,
    policy: c.policy ? scrub(c.policy) : NONE,
    nextReview: c.nextReview ? displayDate(c.nextReview, style) : NONE,
  };
}

function handoutReport(r: AgencyReport, style: DateStyle, scrub: (text: string) => string): HandoutReport {
  const period =
    r.periodFrom || r.periodTo
      ? `${periodDay(r.periodFrom, r.reportDate, style)}〜${periodDay(r.periodTo, r.reportDate, style)}`
      : null;
  const absences = [
    r.daysAbsent === null ? null : `${r.daysAbsent}日`,
    r.unexplainedAbsence === true
      ? '連絡のない欠席あり'
      : r.unexplainedAbsence === false && r.daysAbsent === null
        ? '連絡のない欠席なし'
        : null,
  ].filter((s): s is string => s !== null);
  const note = [r.homeChange ? `家庭状況の変化：${scrub(r.homeChange)}` : null, r.note ? scrub(r.note) : null].filter(
    (s): s is string => s !== null,
  );
  return {
    date: formatDate(r.reportDate, style),
    period,
    agency: r.agency,
    absences: absences.length > 0 ? absences.join('・') : NONE,
    injury: r.injury === null ? NONE : r.injury ? 'あり' : 'なし',
    safety: r.safetyScale === null ? NONE : String(r.safetyScale),
    note: note.length > 0 ? note.join('\n') : NONE,
  };
}

/** A period's day without its year when it is the report's year: the date column stays narrow. */
function periodDay(iso: string | null, reportDate: string, style: DateStyle): string {
  if (iso === null) return '';
  if (iso.slice(0, 4) !== reportDate.slice(0, 4)) return formatDate(iso, style);
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

function groupReports(reports: readonly AgencyReport[]): Map<string, AgencyReport[]> {
  const out = new Map<string, AgencyReport[]>();
  for (const r of reports) {
    const list = out.get(r.caseNo);
    if (list) list.push(r);
    else out.set(r.caseNo, [r]);
  }
  return out;
}

function newestFirst(a: AgencyReport, b: AgencyReport): number {
  if (a.reportDate !== b.reportDate) return a.reportDate < b.reportDate ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return b.id - a.id;
}

// The handout's tables, cell by cell: the DOCX writer and the print view lay out the same rows, so what
// each says is decided once, here.
export const AGENDA_COLUMNS = ['番号', '事例', '区分', '年齢', '重症度', '主担当機関', '取り上げる理由'] as const;
export const HOLD_COLUMNS = ['事例', '取り上げる理由'] as const;
export const REPORT_COLUMNS = ['報告日', '報告機関', '欠席', '外傷', '安全スケール', '家庭状況・所見'] as const;

export function reasonsText(item: HandoutCase): string {
  return item.reasons.join('、') || NONE;
}

/** The rows of a group's agenda table (保留 has its own, shorter columns). */
export function agendaRows(group: HandoutGroup): string[][] {
  return group.group === 'hold'
    ? group.items.map((item) => [item.label, reasonsText(item)])
    : group.items.map((item) => [
        String(item.no ?? ''),
        item.label,
        item.classification,
        item.age,
        item.risk,
        item.leadAgency,
        reasonsText(item),
      ]);
}

/** The label/value lines of a case's detail table, with the 事務局案 last for 確認 cases. */
export function caseDetailLines(item: HandoutCase): HandoutLine[] {
  const lines: HandoutLine[] = [
    { label: '区分', value: item.classification },
    { label: '年齢（会議日時点）', value: item.age },
    ...(item.dueDate ? [{ label: '出産予定日', value: item.dueDate }] : []),
    { label: '重症度', value: item.risk },
    { label: '虐待の種類', value: item.abuseTypes },
    { label: '主担当機関', value: item.leadAgency },
    { label: '取り上げる理由', value: reasonsText(item) },
    { label: '支援方針', value: item.policy },
    { label: '次回確認時期', value: item.nextReview },
  ];
  if (item.draft) {
    const draft = [
      `方針：${item.draft.policy}`,
      `次回確認時期：${item.draft.nextReview}`,
      `主担当機関：${item.draft.leadAgency}`,
    ];
    if (item.draft.note) draft.push(`備考：${item.draft.note}`);
    lines.push({ label: '事務局案', value: draft.join('\n') });
  }
  return lines;
}

export function reportRows(item: HandoutCase): string[][] {
  return item.reports.map((r) => [
    r.period ? `${r.date}\n（${r.period}）` : r.date,
    r.agency,
    r.absences,
    r.injury,
    r.safety,
    r.note,
  ]);
}
