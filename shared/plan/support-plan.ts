// The サポートプラン: the plan the こども家庭センター writes WITH the family and hands to them (手交), with the
// fields of the national 様式例. It is not the 支援計画 (the centre's internal plan), and nothing internal
// (risk words, staff notes) belongs in it: every field here is printed for the family.
// A plan has versions; a handed-over version is kept as it was handed over, and a 見直し starts a new one.
import { z } from 'zod';
import { optionalText as text } from '../text/optional-text';
import { isoDate, isoDateOrMonth } from '../ledger/case';

/** The two functions of the centre; 両機能 when both carry the plan. */
export const PLAN_FUNCTIONS = ['母子保健', '児童福祉', '両機能'] as const;
export type PlanFunction = (typeof PLAN_FUNCTIONS)[number];

export const PLAN_STATUSES = ['drafting', 'handedOver', 'monitoring', 'reviewing', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  drafting: '作成中',
  handedOver: '手交済み',
  monitoring: 'モニタリング中',
  reviewing: '見直し中',
  closed: '終了',
};

/** 休業 / 退職 as the 様式例 asks about a guardian's work; 就労中 and なし complete the choice. */
export const WORK_STATES = ['就労中', '休業中', '退職', 'なし'] as const;

export const planPersonSchema = z.object({
  name: z.string().trim().min(1, '氏名を入力してください').max(100),
  birthDate: isoDate.nullable(),
  /** The child's 所属 (nursery, school) or the guardian's relation (母, 父 …). */
  affiliation: text(200),
});
export const planGuardianSchema = planPersonSchema.extend({ work: z.enum(WORK_STATES).nullable() });

export const supportRowSchema = z.object({
  /** サービス・支援 */
  service: z.string().trim().min(1, 'サービス・支援の内容を入力してください').max(500),
  /** Who provides it (an agency, a person, the family itself). */
  who: text(200),
  role: text(500),
  /** モニタリング時期 */
  monitoring: text(200),
  /** 達成状況 */
  progress: text(500),
});

export type SupportRow = z.output<typeof supportRowSchema>;

export const planContactSchema = z.object({ name: text(100), phone: text(50) });

/** What the family's plan says (one version). */
export const planContentSchema = z.object({
  /** 作成日 */
  createdOn: isoDate.nullable(),
  children: z.array(planPersonSchema).max(10),
  guardians: z.array(planGuardianSchema).max(6),
  /** For a pregnancy: 出産予定日, 出産予定の医療機関, 里帰り出産. */
  pregnancy: z.object({ dueDate: isoDate.nullable(), hospital: text(200), homecoming: text(200) }).nullable(),
  /** 今後の予定 */
  plans: text(2000),
  /** こどもの気になること・希望すること, in the child's words. */
  childWishes: text(2000),
  /** 保護者の気になること・希望すること, in the guardians' words. */
  guardianWishes: text(2000),
  /** 一緒に解決を目指していくこと */
  goals: text(2000),
  /** 対象時期 */
  period: z.object({ from: isoDateOrMonth.nullable(), to: isoDateOrMonth.nullable() }),
  supports: z.array(supportRowSchema).max(30),
  /** 次回相談時期 */
  nextConsultation: text(200),
  contacts: z.object({ maternal: planContactSchema, welfare: planContactSchema }),
  /** 同意: the date the family agreed; the signature itself is a line on paper. */
  consentDate: isoDate.nullable(),
});
export type PlanContent = z.output<typeof planContentSchema>;
export type PlanContentInput = z.input<typeof planContentSchema>;

export const EMPTY_PLAN_CONTENT: PlanContent = {
  createdOn: null,
  children: [],
  guardians: [],
  pregnancy: null,
  plans: null,
  childWishes: null,
  guardianWishes: null,
  goals: null,
  period: { from: null, to: null },
  supports: [],
  nextConsultation: null,
  contacts: { maternal: { name: null, phone: null }, welfare: { name: null, phone: null } },
  consentDate: null,
};

export interface PlanVersion {
  version: number;
  content: PlanContent;
  createdAt: string;
  createdBy: string;
  /** The day it was handed to the family; from then on this version never changes. */
  handedOverOn: string | null;
}

export interface SupportPlan {
  id: number;
  /** The ledger case, or null for a family the centre supports outside the ledger. */
  caseNo: string | null;
  /** How lists name the family (masked like any name on a projector). */
  familyLabel: string;
  leadFunction: PlanFunction;
  /** 担当 */
  owner: string | null;
  status: PlanStatus;
  /** The next 見直し (review) day. */
  reviewDue: string | null;
  closedOn: string | null;
  closedReason: string | null;
  /** Oldest first; the last is the current one. */
  versions: PlanVersion[];
  updatedAt: string;
}

export const newPlanSchema = z.object({
  caseNo: z.string().trim().min(1).max(100).nullable(),
  familyLabel: z.string().trim().min(1, '世帯の呼び名を入力してください').max(100),
  leadFunction: z.enum(PLAN_FUNCTIONS),
  owner: text(100),
  reviewDue: isoDate.nullable(),
});
export type NewPlanInput = z.input<typeof newPlanSchema>;
