// What a meeting decides about one case. A 確認 case is recorded as 事務局案どおり (the draft decision taken
// as it is); a 協議 case gets the full form. Fields left empty mean "no change": only what is filled in
// is written back to the ledger after the meeting.
import { z } from 'zod';
import { CLASSIFICATIONS, isoDate, isoDateOrMonth, RISK_LEVELS } from '../ledger/case';
import { PLAN_FUNCTIONS } from '../plan/support-plan';
import type { DraftDecision } from './types';

/** The family support services a decision may recommend (利用勧奨) or provide by 措置. */
export const FAMILY_SERVICES = [
  '子育て短期支援',
  '養育支援訪問',
  '一時預かり',
  '子育て世帯訪問支援',
  '児童育成支援拠点',
  '親子関係形成支援',
] as const;
export const SERVICE_MODES = ['利用勧奨', '措置'] as const;
export const PLAN_ACTIONS = ['作成', '見直し'] as const;
/** How the 児童相談所 is involved from now on. */
export const JISO_INVOLVEMENTS = ['情報共有', '助言を依頼', '共同で対応', '送致'] as const;

/**
 * 判定 at a 合同ケース会議: which 要対協 class the family falls in, or that it does not (非該当), or that the
 * centre supports it without a 要対協 registration (センター支援のみ).
 */
export const JUDGEMENTS = ['要保護児童', '要支援児童', '特定妊婦', '非該当', 'センター支援のみ'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];
/** What a 合同ケース会議 decides about the case's place on its standing list (名簿). */
export const LIST_ACTIONS = ['継続', '名簿から外す'] as const;

export const DECISION_OUTCOMES = ['confirmed', 'discussed'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = {
  confirmed: '事務局案どおり',
  discussed: '協議',
};

/** A decision is a draft while it is being typed, and recorded once the facilitator settles it. */
export const DECISION_STATES = ['draft', 'recorded'] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

const longText = z.string().max(8000).nullable();
const shortText = z.string().trim().max(200).nullable();

/**
 * 役割分担: one agency's task, with an optional due date or month. A draft may hold a row still being
 * typed (empty agency or task); recordProblems refuses such a row when the decision is recorded.
 */
export const roleAssignmentSchema = z.object({
  agency: z.string().trim().max(200),
  task: z.string().trim().max(1000),
  due: isoDateOrMonth.nullable(),
  /** The named staff member, when the meeting names one (the centre's two functions do). */
  staff: z.string().trim().max(100).nullable().optional(),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const serviceDecisionSchema = z.object({ service: z.enum(FAMILY_SERVICES), mode: z.enum(SERVICE_MODES) });
export type ServiceDecision = z.infer<typeof serviceDecisionSchema>;

export const decisionSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  /** 状況: the case's current state as reported in the meeting. */
  situation: longText,
  /** 協議内容. */
  discussion: longText,
  /** 支援方針. */
  policy: z.string().max(2000).nullable(),
  leadAgency: shortText,
  roles: z.array(roleAssignmentSchema).max(50),
  nextReview: isoDateOrMonth.nullable(),
  /** The new 重症度 when it changes; null = unchanged. */
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  /** The new 種別 when it changes; null = unchanged. */
  classification: z.enum(CLASSIFICATIONS).nullable(),
  /** 終結. */
  closure: z.object({ date: isoDate, reason: z.string().trim().max(500) }).nullable(),
  services: z.array(serviceDecisionSchema).max(FAMILY_SERVICES.length * SERVICE_MODES.length),
  /** サポートプラン: make or review, by whom, by when. */
  supportPlan: z.object({ action: z.enum(PLAN_ACTIONS), by: shortText, due: isoDateOrMonth.nullable() }).nullable(),
  /** 児童相談所の関与. */
  jiso: z.object({ involvement: z.enum(JISO_INVOLVEMENTS), note: shortText }).nullable(),
  // The 合同ケース会議's parts. Optional: decisions recorded before they existed have none.
  /** 判定, with its grounds. */
  judgement: z
    .object({ kind: z.enum(JUDGEMENTS), grounds: longText })
    .nullable()
    .optional(),
  /** Which of the centre's functions leads (主担当機能). */
  leadFunction: z.enum(PLAN_FUNCTIONS).nullable().optional(),
  /** 名簿: the case stays on the standing list or leaves it. */
  listAction: z.enum(LIST_ACTIONS).nullable().optional(),
  /** 要対協を終結し、母子保健で継続支援: the closure keeps the family as a センター支援 case. */
  handOverToMaternal: z.boolean().optional(),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

export interface Decision extends DecisionInput {
  meetingId: number;
  caseNo: string;
  state: DecisionState;
  /** When it was recorded (null while a draft). */
  recordedAt: string | null;
  updatedAt: string;
}

export const EMPTY_DECISION: DecisionInput = {
  outcome: 'discussed',
  situation: null,
  discussion: null,
  policy: null,
  leadAgency: null,
  roles: [],
  nextReview: null,
  riskLevel: null,
  classification: null,
  closure: null,
  services: [],
  supportPlan: null,
  jiso: null,
};

/**
 * 事務局案どおり: the draft's policy, next review and lead agency. Its note stays the 事務局案's (the minutes
 * print it under that heading): it is what the secretariat proposed, not the 状況 reported in the room.
 */
export function confirmedDecision(draft: DraftDecision): DecisionInput {
  return {
    ...EMPTY_DECISION,
    outcome: 'confirmed',
    policy: draft.policy,
    leadAgency: draft.leadAgency,
    nextReview: draft.nextReview,
  };
}

/**
 * Where the 協議 form starts: the draft decision when the secretariat wrote one, so the facilitator edits
 * rather than retypes.
 */
export function startingDecision(draft: DraftDecision | null): DecisionInput {
  if (!draft) return EMPTY_DECISION;
  return {
    ...EMPTY_DECISION,
    policy: draft.policy,
    leadAgency: draft.leadAgency,
    nextReview: draft.nextReview,
    situation: draft.note,
  };
}

/** Why a decision cannot be recorded yet (Japanese, for the form); empty when it can. Drafts may be incomplete. */
export function recordProblems(d: DecisionInput): string[] {
  const problems: string[] = [];
  d.roles.forEach((role, i) => {
    if (role.agency === '') problems.push(`役割分担${i + 1}行目：機関を選んでください。`);
    if (role.task === '') problems.push(`役割分担${i + 1}行目：役割を入力してください。`);
  });
  if (d.closure && d.closure.reason === '') problems.push('終結の理由を入力してください。');
  return problems;
}
