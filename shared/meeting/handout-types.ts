// The shapes of the handout (事前配布資料) and the words every part of it shares (title, notice, NONE).
import type { BoardDoc } from '../board/types';
import type { LedgerCase } from '../ledger/case';
import { REDACTED } from '../mask/policy';
import type { DateStyle } from '../time/date-style';
import type { MergedSheet } from '../assessment/merge';
import type { HandoutSheet } from './handout-sheets';
import type { ProgramEntry } from './program';
import type { AgencyReport, AgendaItem, Group, MeetingInput, TriageSettings } from './types';

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
  /** The 次第 and the case timing its start times need; without them the handout has no 次第 table. */
  program?: readonly ProgramEntry[];
  timing?: Pick<TriageSettings, 'quickSeconds' | 'deepMinutes'>;
  /** The merged assessment sheets (unmasked) of the cases on the agenda: a page each for those with answers. */
  caseSheets?: readonly MergedSheet[];
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
  /** The 次第 rows (handout-program.ts PROGRAM_COLUMNS), first page; empty when no 次第 was given. */
  program: string[][];
  /** 協議, 確認, 保留, in that order; empty groups included so the reader sees "0件". */
  groups: HandoutGroup[];
  /** アセスメントシートの集約: a page per case on the agenda with answers, in the agenda's order. */
  sheets: HandoutSheet[];
  fileName: string;
}
