// The サポートプラン's life: 作成中 → 手交済み (a date) → モニタリング中 → 見直し中 (a new version, the handed-over
// one kept) → 手交済み … → 終了. Pure: each step takes the plan and returns the new one, or throws
// PlanError with the Japanese reason, so the backend and the screens refuse the same things.
import { addMonthsIso } from '../meeting/draft';
import {
  PLAN_STATUS_LABELS,
  type PlanContent,
  type PlanStatus,
  type PlanVersion,
  type SupportPlan,
} from './support-plan';

export class PlanError extends Error {}

/** The default review cycle (months); a setting may change it. Four in ten centres review at least this often. */
export const DEFAULT_REVIEW_MONTHS = 3;

/** The three parts the 様式例 requires before a plan is handed over, each with what is missing. */
export function missingForHandover(content: PlanContent): string[] {
  const missing: string[] = [];
  if (content.childWishes === null && content.guardianWishes === null)
    missing.push('意向（こども・保護者の気になること・希望すること）');
  if (content.goals === null) missing.push('課題（一緒に解決を目指していくこと）');
  if (content.supports.length === 0) missing.push('支援の種類及び内容（サービス・支援の行）');
  return missing;
}

export function currentVersion(plan: SupportPlan): PlanVersion {
  const last = plan.versions[plan.versions.length - 1];
  if (!last) throw new PlanError('このサポートプランには版がありません。');
  return last;
}

/** Whether the current version may still be edited: only a version not yet handed over. */
export function isEditable(plan: SupportPlan): boolean {
  return plan.status === 'drafting' || plan.status === 'reviewing';
}

function expect(plan: SupportPlan, allowed: readonly PlanStatus[], action: string): void {
  if (!allowed.includes(plan.status))
    throw new PlanError(`${PLAN_STATUS_LABELS[plan.status]}のサポートプランは${action}できません。`);
}

export function editContent(plan: SupportPlan, content: PlanContent): SupportPlan {
  if (!isEditable(plan))
    throw new PlanError('手交した版は変更できません。内容を変えるときは「見直し」で新しい版を作ってください。');
  const versions = [...plan.versions];
  versions[versions.length - 1] = { ...currentVersion(plan), content };
  return { ...plan, versions };
}

/**
 * Handed to the family on `on`: the version is frozen, and the next review falls `cycleMonths` later unless a
 * review day was already set after `on`.
 */
export function handOver(plan: SupportPlan, on: string, cycleMonths: number): SupportPlan {
  expect(plan, ['drafting', 'reviewing'], '手交');
  const version = currentVersion(plan);
  const missing = missingForHandover(version.content);
  if (missing.length > 0) throw new PlanError(`手交の前に入力してください：${missing.join('、')}`);
  const versions = [...plan.versions];
  versions[versions.length - 1] = { ...version, handedOverOn: on };
  const keepDue = plan.reviewDue !== null && plan.reviewDue > on && plan.status === 'drafting';
  return {
    ...plan,
    versions,
    status: 'handedOver',
    reviewDue: keepDue ? plan.reviewDue : addMonthsIso(on, cycleMonths),
  };
}

export function startMonitoring(plan: SupportPlan): SupportPlan {
  expect(plan, ['handedOver'], 'モニタリングに');
  return { ...plan, status: 'monitoring' };
}

/** A 見直し: a new version, a copy of the one in force, to be edited with the family and handed over again. */
export function beginReview(plan: SupportPlan, at: string, by: string): SupportPlan {
  expect(plan, ['handedOver', 'monitoring'], '見直し');
  const from = currentVersion(plan);
  const next: PlanVersion = {
    version: from.version + 1,
    content: structuredClone(from.content),
    createdAt: at,
    createdBy: by,
    handedOverOn: null,
  };
  return { ...plan, status: 'reviewing', versions: [...plan.versions, next] };
}

export function closePlan(plan: SupportPlan, on: string, reason: string | null): SupportPlan {
  expect(plan, ['drafting', 'handedOver', 'monitoring', 'reviewing'], '終了');
  return { ...plan, status: 'closed', closedOn: on, closedReason: reason, reviewDue: null };
}

export function setReviewDue(plan: SupportPlan, due: string | null): SupportPlan {
  expect(plan, ['drafting', 'handedOver', 'monitoring', 'reviewing'], '見直し時期の変更');
  return { ...plan, reviewDue: due };
}

/** The version in force with the family: the last one handed over (null before the first 手交). */
export function versionInForce(plan: SupportPlan): PlanVersion | null {
  for (let i = plan.versions.length - 1; i >= 0; i--)
    if (plan.versions[i]!.handedOverOn !== null) return plan.versions[i]!;
  return null;
}
