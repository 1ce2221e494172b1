// Meetings, agencies, agency reports and the agenda with its triage (確認 / 協議 / 保留).
// Plain data shared by the backend, the UI and the CLI; the rules that fill it live beside this file.
import { z } from 'zod';
import { CLASSIFICATIONS, isoDate, isoDateOrMonth } from '../ledger/case';
import { caseNoSchema } from '../ledger/case-no';

export const MEETING_KINDS = [
  '代表者会議',
  '実務者会議',
  '進行管理会議',
  '個別ケース検討会議',
  '合同ケース会議',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['準備中', '確定', '進行中', '終了'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const AGENCY_KINDS = [
  '学校',
  '保育所等',
  '児童相談所',
  '保健',
  '教育委員会',
  '警察',
  '医療',
  '民生委員',
  '福祉',
  'その他',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

const name = z.string().trim().min(1).max(200);

export const agencySchema = z.object({ name, kind: z.enum(AGENCY_KINDS) });
export type AgencyInput = z.infer<typeof agencySchema>;
export interface Agency extends AgencyInput {
  id: number;
}

/**
 * Which cases a meeting covers. Every filter that is set must match (empty = no filter); ages are whole
 * years at the meeting date, both bounds inclusive (乳幼児部会: maxAge 5). Hand-picked cases are always in
 * scope, whatever the filters say. Closed cases are never in scope.
 */
export const meetingScopeSchema = z.object({
  classifications: z.array(z.enum(CLASSIFICATIONS)),
  minAge: z.number().int().min(0).max(100).nullable(),
  maxAge: z.number().int().min(0).max(100).nullable(),
  districts: z.array(name),
  leadAgencies: z.array(name),
  /** Hand-picked cases, by 登録番号 normalized like every caseNo input. */
  caseNos: z.array(caseNoSchema),
});
export type MeetingScope = z.infer<typeof meetingScopeSchema>;

export const EMPTY_SCOPE: MeetingScope = {
  classifications: [],
  minAge: null,
  maxAge: null,
  districts: [],
  leadAgencies: [],
  caseNos: [],
};

/** A saved 部会 scope (e.g. 乳幼児部会: under 6). */
export const scopeTemplateSchema = z.object({ name, scope: meetingScopeSchema });
export type ScopeTemplateInput = z.infer<typeof scopeTemplateSchema>;
export interface ScopeTemplate extends ScopeTemplateInput {
  id: number;
}

export const meetingSchema = z.object({
  kind: z.enum(MEETING_KINDS),
  /** 部会 name, for a 実務者会議 split into sub-committees. */
  subcommittee: z.string().trim().max(100).nullable(),
  title: name,
  date: isoDate,
  startTime: z.string().regex(/^\d{2}:\d{2}$/, '開始時刻は HH:MM で入力してください'),
  place: z.string().trim().max(200).nullable(),
  plannedMinutes: z.number().int().min(10).max(600),
  facilitator: z.string().trim().max(100).nullable(),
  invitedAgencies: z.array(name),
  invitedPeople: z.array(name),
  status: z.enum(MEETING_STATUSES),
  scope: meetingScopeSchema,
});
export type MeetingInput = z.infer<typeof meetingSchema>;
export interface Meeting extends MeetingInput {
  id: number;
  createdAt: string;
}

/** 関係機関からの報告: one agency's report on one case. */
export const agencyReportSchema = z.object({
  caseNo: caseNoSchema,
  reportDate: isoDate,
  agency: name,
  periodFrom: isoDate.nullable(),
  periodTo: isoDate.nullable(),
  daysAbsent: z.number().int().min(0).max(366).nullable(),
  unexplainedAbsence: z.boolean().nullable(),
  injury: z.boolean().nullable(),
  homeChange: z.string().max(2000).nullable(),
  safetyScale: z.number().int().min(0).max(10).nullable(),
  note: z.string().max(4000).nullable(),
});
export type AgencyReportInput = z.infer<typeof agencyReportSchema>;
export interface AgencyReport extends AgencyReportInput {
  id: number;
  createdAt: string;
}

/** Why a case is on the agenda; each code is shown with its Japanese label (REASON_LABELS). */
export const REASON_CODES = [
  'NEW',
  'RISK_HIGH',
  'RISK_UP',
  'REPORT_INJURY',
  'REPORT_ABSENCE_7D',
  'REPORT_UNEXPLAINED_ABSENCE',
  'SAFETY_LOW',
  'CLOSURE_PROPOSED',
  'CARRIED_OVER',
  'REVIEW_DUE',
  'PLAN_REVIEW_DUE',
  'REPORT',
  'JOINT_LIST',
  'ASSESSMENT_WORRY',
  'ALL_ACTIVE',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const REASON_LABELS: Readonly<Record<ReasonCode, string>> = {
  NEW: '新規登録',
  RISK_HIGH: '重症度が高い',
  RISK_UP: '重症度が上がった',
  REPORT_INJURY: '外傷の報告',
  REPORT_ABSENCE_7D: '7日以上の欠席',
  REPORT_UNEXPLAINED_ABSENCE: '連絡のない欠席',
  SAFETY_LOW: '安全スケールが低い',
  CLOSURE_PROPOSED: '終結の提案',
  CARRIED_OVER: '前回からの持ち越し',
  REVIEW_DUE: '次回確認時期の到来',
  PLAN_REVIEW_DUE: 'サポートプランの見直し時期',
  REPORT: '関係機関からの報告',
  JOINT_LIST: '名簿',
  ASSESSMENT_WORRY: 'アセスメントの気がかり',
  ALL_ACTIVE: '全件確認',
};

export const GROUPS = ['quick', 'deep', 'hold'] as const;
/** quick = 確認 (confirmed on the draft decision), deep = 協議, hold = 保留 (deferred to the next meeting). */
export type Group = (typeof GROUPS)[number];
export const GROUP_LABELS: Readonly<Record<Group, string>> = { quick: '確認', deep: '協議', hold: '保留' };

/** Municipality settings for the triage, stored in the database. */
export const triageSettingsSchema = z.object({
  /** Rules that are off neither suggest a case nor move it to 協議. */
  enabled: z.record(z.enum(REASON_CODES), z.boolean()),
  absenceDays: z.number().int().min(1).max(60),
  safetyLowAtMost: z.number().int().min(0).max(10),
  /** Which risk levels count as RISK_HIGH. */
  highRiskLevels: z.array(z.enum(['生命の危険', '重度', '中度', '軽度', '危惧'])),
  quickSeconds: z.number().int().min(10).max(600),
  deepMinutes: z.number().int().min(1).max(120),
  /** Reasons that count as a danger signal and put a 協議 case first (triage-order.ts). */
  dangerReasons: z.array(z.enum(REASON_CODES)),
  /** Assessment sheet items (ids) that, answered はい by an agency, put the case in 協議 (ASSESSMENT_WORRY). */
  worryItems: z.array(z.string().min(1).max(40)).max(200),
});
export type TriageSettings = z.infer<typeof triageSettingsSchema>;

export const DEFAULT_TRIAGE_SETTINGS: TriageSettings = {
  enabled: Object.fromEntries(REASON_CODES.map((code) => [code, true])) as Record<ReasonCode, boolean>,
  absenceDays: 7,
  safetyLowAtMost: 3,
  highRiskLevels: ['生命の危険', '重度'],
  quickSeconds: 60,
  deepMinutes: 10,
  dangerReasons: [
    'REPORT_INJURY',
    'REPORT_UNEXPLAINED_ABSENCE',
    'REPORT_ABSENCE_7D',
    'SAFETY_LOW',
    'RISK_UP',
    'RISK_HIGH',
  ],
  worryItems: ['child-home', 'child-fear', 'family-violence'],
};

/** 事務局案: the secretariat's proposed decision for a 確認 case. */
export const draftDecisionSchema = z.object({
  policy: z.string().trim().min(1).max(2000),
  nextReview: isoDateOrMonth,
  leadAgency: z.string().trim().max(200).nullable(),
  note: z.string().max(2000).nullable(),
});
export type DraftDecision = z.infer<typeof draftDecisionSchema>;

/** A move against the rules: who put which case where, when, and why (optional). */
export interface Override {
  by: string;
  at: string;
  from: Group;
  to: Group;
  reason: string | null;
}

export interface AgendaItem {
  caseNo: string;
  group: Group;
  /** What the rules said, before any override. */
  ruleGroup: Exclude<Group, 'hold'>;
  reasons: ReasonCode[];
  /** Position inside its group, from 0. */
  order: number;
  /** Minutes planned for a 協議 case; null = the setting's default. */
  deepMinutes: number | null;
  draft: DraftDecision | null;
  override: Override | null;
}

/** Inputs of the suggestion that are not in the ledger: what happened since the last meeting. */
export interface SuggestionContext {
  meetingDate: string;
  /** The last meeting of the same kind and scope (or --since): changes after this date count as new. */
  since: string | null;
  settings: TriageSettings;
  /** Reports per caseNo, any order. */
  reports: ReadonlyMap<string, readonly AgencyReport[]>;
  /** Risk level the case had at `since` (from the ledger history), where it differed from now. */
  riskAtSince: ReadonlyMap<string, string | null>;
  /** caseNos whose registration (history '*' row or registeredDate) is after `since`. */
  registeredSince: ReadonlySet<string>;
  /** caseNos the secretariat proposed to close. */
  closureProposed: ReadonlySet<string>;
  /** caseNos put on hold (保留) or not taken up at the last meeting, with the group they had. */
  carriedOver: ReadonlyMap<string, Exclude<Group, 'hold'>>;
  /** caseNos whose support plan (サポートプラン) review falls due by the meeting date. */
  planReviewDue: ReadonlySet<string>;
  /** Every active case in scope, whatever the reasons (many councils check all). */
  allActive: boolean;
  /** A 合同ケース会議's standing list (名簿): each case on it is taken up (JOINT_LIST). */
  onList?: ReadonlySet<string>;
  /** Per case, the worry items (TriageSettings.worryItems) an agency's current assessment answered はい. */
  assessmentWorries?: ReadonlyMap<string, readonly string[]>;
}
