// The shapes of the minutes (議事録) and their export log: what buildMinutes returns and what it is given.
// Kept apart from the rules that fill them so the writers and the contract import only the shapes.
import type { BoardDoc } from '../board/types';
import type { LedgerCase } from '../ledger/case';
import type { DateStyle } from '../time/date-style';
import type { Decision } from './decision';
import type { LiveState } from './live';
import type { ProgramEntry, ProgramKind } from './program';
import type { MeetingReopening } from './status';
import type { AgendaItem, Meeting, MeetingInput } from './types';

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

/** One row of the short 次第 list at the top of the minutes: every entry, 開会 and 閉会 included. */
export interface MinutesProgramRow {
  no: number;
  /** 開会, 報告 … or ケース for a case block. */
  kind: string;
  title: string;
  presenter: string;
  /** Time the meeting spent on it ('12分30秒'), or NONE when its timer never ran. */
  time: string;
  /** The item's record as its section prints it; '' for a case block and for 開会 / 閉会 / 休憩. */
  record: string;
}

/** A 報告 / 協議事項 / 研修 / 連絡 item under its section, with what was noted during the meeting. */
export interface MinutesItem {
  id: string;
  kind: ProgramKind;
  /** Numbered within its section: (1), (2) …. */
  no: number;
  title: string;
  /** 報告者 / 講師 / 発表者 and the person or agency; 所要; 記録 — in that order, as every layout prints them. */
  lines: MinutesLine[];
  /** The record as printed (「（記録なし）」 when nothing was noted). */
  record: string;
  time: string | null;
}

/** The minutes' body in the 次第's order: a section per item kind (報告事項 …) and the two case groups. */
export type MinutesSection =
  { type: 'items'; kind: ProgramKind; heading: string; items: MinutesItem[] } | { type: 'cases'; group: MinutesGroup };

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
  /**
   * 確認 and 協議 in the 次第's order (確認 first when it has none), numbered in that order; empty groups
   * included so the reader sees 0件.
   */
  groups: MinutesGroup[];
  /** The short 次第 list; empty for a program of the case blocks only (the minutes read as before programs). */
  program: MinutesProgramRow[];
  /** What the body prints, in order: the item sections and the case groups (these left out when caseless). */
  sections: MinutesSection[];
  /** No case on the agenda at all (a 代表者会議 of reports and topics): no case groups, 持ち越し or 役割分担. */
  caseless: boolean;
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
  /** The meeting's 次第; absent = the case blocks only (a meeting made before programs existed). */
  program?: readonly ProgramEntry[];
  /**
   * Ledger rows of cases named in the 次第's titles, presenters or records (a report may name a family not on
   * the agenda): masked minutes hide their names too. Only for masking; they are not on the agenda.
   */
  namedCases?: readonly LedgerCase[];
  /** The instant the minutes are made: 作成日 is its day in `timeZone`. */
  now: Date;
  /** The council's time zone (the timeZone setting): clock times and 作成日 are in it, not the machine's. */
  timeZone: string;
  dateStyle?: DateStyle;
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
