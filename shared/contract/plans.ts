// plans.*: サポートプラン records (shared/plan/): made, written with the family, handed over, monitored,
// reviewed as a new version, closed; and the 統括支援員's list of reviews due. Every step's rule is in
// shared/plan/lifecycle.ts; a refused step answers 'invalid_input' with its Japanese reason.
import { z } from 'zod';
import { isoDate } from '../ledger/case';
import type { ReviewRow } from '../plan/review-due';
import { newPlanSchema, planContentSchema, type SupportPlan } from '../plan/support-plan';
import type { PlanPrintModel } from '../plan/plan-print';
import { filePasswordSchema } from '../text/file-password';
import { method, result, type ExportedFile } from './method';

export interface PlanEvent {
  id: number;
  at: string;
  by: string;
  action: string;
  detail: string | null;
}

export interface PlanDetail {
  plan: SupportPlan;
  events: PlanEvent[];
}

const id = z.number().int().positive();
/** A version number; without it, the current version. */
const version = z.number().int().positive().optional();

export const plansMethods = {
  'plans.list': method(
    z.object({ caseNo: z.string().min(1).max(100).optional(), includeClosed: z.boolean().optional() }).strict(),
    result<{ plans: SupportPlan[] }>(),
  ),
  'plans.get': method(z.object({ id }).strict(), result<PlanDetail>()),
  'plans.create': method(z.object({ plan: newPlanSchema }).strict(), result<PlanDetail>()),
  /** Writes the version being made (作成中 / 見直し中); a handed-over version is refused. */
  'plans.saveContent': method(z.object({ id, content: planContentSchema }).strict(), result<PlanDetail>()),
  /** 手交: the three required parts must be filled; the next review falls the cycle later (setting). */
  'plans.handOver': method(z.object({ id, on: isoDate }).strict(), result<PlanDetail>()),
  'plans.startMonitoring': method(z.object({ id }).strict(), result<PlanDetail>()),
  /** 見直し: a new version, a copy of the one in force. */
  'plans.beginReview': method(z.object({ id }).strict(), result<PlanDetail>()),
  'plans.setReviewDue': method(z.object({ id, reviewDue: isoDate.nullable() }).strict(), result<PlanDetail>()),
  'plans.close': method(
    z.object({ id, on: isoDate, reason: z.string().trim().max(500).nullable() }).strict(),
    result<PlanDetail>(),
  ),
  /** Open plans due for review by `until`, overdue first (the 統括支援員's list). */
  'plans.reviewsDue': method(z.object({ until: isoDate }).strict(), result<{ rows: ReviewRow[] }>()),
  /** The family's copy (手交) of a version as display strings, for the window's print view. */
  'plans.printModel': method(z.object({ id, version }).strict(), result<PlanPrintModel>()),
  /** The family's copy as DOCX; a handed-over version prints exactly as it was handed over. Logged. */
  'plans.export': method(
    z.object({ id, version, filePassword: filePasswordSchema.optional() }).strict(),
    result<ExportedFile>(),
  ),
} as const;
