// 家庭支援事業 records: per case and service, the steps in time — 利用勧奨 (recommending the service, with the
// family's answer) normally first, 措置 (providing it by administrative decision, notified in writing) only when
// use is very hard to arrange otherwise, 利用開始 / 利用終了, and the move back to the family's own application.
// The status is derived from the steps, never stored, so it cannot drift from them. Pure: the backend and the
// screens apply the same rules.
import { z } from 'zod';
import { isoDate } from '../ledger/case';
import { FAMILY_SERVICES } from '../meeting/decision';
import { optionalText as text } from '../text/optional-text';

export const RECOMMENDATION_METHODS = ['口頭', '文書'] as const;
export type RecommendationMethod = (typeof RECOMMENDATION_METHODS)[number];
/** The family's answer to a 利用勧奨. */
export const FAMILY_ANSWERS = ['利用する', '検討中', '利用しない', '未回答'] as const;

export const STEP_KINDS = ['recommendation', 'measure', 'start', 'end', 'toApplication'] as const;
export type StepKind = (typeof STEP_KINDS)[number];
export const STEP_LABELS: Readonly<Record<StepKind, string>> = {
  recommendation: '利用勧奨',
  measure: '措置',
  start: '利用開始',
  end: '利用終了',
  toApplication: '申請利用へ移行',
};

export const SERVICE_STATUSES = ['勧奨中', '措置中', '利用中（申請）', '終了'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Shown when a 措置 has no earlier 利用勧奨 of the same service; the 措置 then needs its reason. */
export const MEASURE_WITHOUT_RECOMMENDATION = '利用勧奨の記録がありません。措置の理由を入力してください。';

/** A step as it is entered (the screen, a write-back). */
export const stepInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('recommendation'),
    date: isoDate,
    /** null: not known (a meeting's decision does not say how the family will be told). */
    method: z.enum(RECOMMENDATION_METHODS).nullable(),
    answer: z.enum(FAMILY_ANSWERS),
    note: text(1000),
  }),
  z.object({
    kind: z.literal('measure'),
    date: isoDate,
    /** The written notice to the family: its date and 通知番号. */
    noticeDate: isoDate.nullable(),
    noticeNo: text(100),
    /** Why a 措置 comes without a 利用勧奨 first; required then (measureWarning). */
    noRecommendationReason: text(1000),
  }),
  z.object({ kind: z.literal('start'), date: isoDate }),
  z.object({ kind: z.literal('end'), date: isoDate, reason: text(500) }),
  z.object({ kind: z.literal('toApplication'), date: isoDate }),
]);
export type StepInput = z.output<typeof stepInputSchema>;

/** Where a record or step came from: a meeting's decision (through write-back) or typed by hand. */
export type Origin = { kind: 'decision'; meetingId: number } | { kind: 'manual' };

export type ServiceStep = StepInput & {
  id: number;
  origin: Origin;
  /** The write-back application that made it (its undo removes it), or null. */
  applicationId: number | null;
  createdAt: string;
  createdBy: string;
};

export interface FamilyServiceRecord {
  id: number;
  caseNo: string;
  /** One of FAMILY_SERVICES or of the council's own (the setting ownServices). */
  service: string;
  /** 提供事業者 */
  provider: string | null;
  origin: Origin;
  applicationId: number | null;
  createdAt: string;
  createdBy: string;
  /** Oldest first (by date, then as entered). */
  steps: ServiceStep[];
}

export const serviceName = z.string().trim().min(1, '事業を選んでください').max(100);
export const providerText = text(200);

/** The services a record may name: the six of the law, then the council's own in the setting's order. */
export function serviceChoices(ownServices: readonly string[]): string[] {
  const own = ownServices
    .map((s) => s.trim())
    .filter((s) => s !== '' && !(FAMILY_SERVICES as readonly string[]).includes(s));
  return [...FAMILY_SERVICES, ...new Set(own)];
}

/** Steps in time: by date, then in the order they were entered. */
export function orderedSteps<S extends { date: string; id?: number }>(steps: readonly S[]): S[] {
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.date === b.s.date ? (a.s.id ?? a.i) - (b.s.id ?? b.i) : a.s.date < b.s.date ? -1 : 1))
    .map(({ s }) => s);
}

/** The status the steps lead to; null before any step. */
export function serviceStatus(steps: readonly Pick<StepInput, 'kind' | 'date'>[]): ServiceStatus | null {
  let status: ServiceStatus | null = null;
  for (const step of orderedSteps(steps)) {
    switch (step.kind) {
      case 'recommendation':
        // A new 勧奨 while the family uses the service changes nothing; after an end it opens a new round.
        if (status !== '措置中' && status !== '利用中（申請）') status = '勧奨中';
        break;
      case 'measure':
        status = '措置中';
        break;
      case 'start':
        // Use that starts under a 措置 is the 措置; otherwise the family applied after the 勧奨.
        if (status !== '措置中') status = '利用中（申請）';
        break;
      case 'end':
        status = '終了';
        break;
      case 'toApplication':
        status = '利用中（申請）';
        break;
    }
  }
  return status;
}

/**
 * The warning for a 措置 with no 利用勧奨 of the same service on or before its day (in this record's steps),
 * or null. The 措置 is still allowed, with its reason.
 */
export function measureWarning(
  existing: readonly Pick<StepInput, 'kind' | 'date'>[],
  step: Pick<StepInput, 'kind' | 'date'>,
): string | null {
  if (step.kind !== 'measure') return null;
  const recommended = existing.some((s) => s.kind === 'recommendation' && s.date <= step.date);
  return recommended ? null : MEASURE_WITHOUT_RECOMMENDATION;
}

/**
 * Why this step cannot be added to a record holding `existing`, in Japanese, or null when it can. Steps are
 * recorded in time: a step dated before the latest one is refused (a record reads as what happened, in order).
 */
export function stepProblem(existing: readonly Pick<StepInput, 'kind' | 'date'>[], step: StepInput): string | null {
  const ordered = orderedSteps(existing);
  const last = ordered[ordered.length - 1];
  if (last && step.date < last.date)
    return `日付が前の記録（${last.date}の${STEP_LABELS[last.kind]}）より前です。日付を確認してください。`;
  if (step.kind === 'measure') {
    if (measureWarning(existing, step) !== null && step.noRecommendationReason === null)
      return MEASURE_WITHOUT_RECOMMENDATION;
    if (step.noticeDate !== null && step.noticeDate < step.date)
      return '通知日が措置の日より前です。日付を確認してください。';
  }
  const status = serviceStatus(existing);
  if (step.kind === 'start' && (status === '利用中（申請）' || startedSince(ordered, 'measure')))
    return 'すでに利用中です。';
  if (step.kind === 'end' && (status === null || status === '終了')) return '終了する利用がありません。';
  if (step.kind === 'toApplication' && status !== '措置中') return '措置中ではないため、申請利用へ移行できません。';
  return null;
}

/** A 利用開始 after the latest step of `kind` (in a 措置, use has started already). */
function startedSince(ordered: readonly Pick<StepInput, 'kind' | 'date'>[], kind: StepKind): boolean {
  let since = -1;
  ordered.forEach((s, i) => {
    if (s.kind === kind) since = i;
  });
  if (since < 0 || serviceStatus(ordered) !== '措置中') return false;
  return ordered.slice(since + 1).some((s) => s.kind === 'start');
}

/** What a step says beyond its kind and day (null when nothing): for the record's events. */
export function stepDetail(step: StepInput): string | null {
  const parts =
    step.kind === 'recommendation'
      ? [step.method ?? '方法未記入', `回答：${step.answer}`, step.note]
      : step.kind === 'measure'
        ? [
            step.noticeDate ? `通知日 ${step.noticeDate}` : null,
            step.noticeNo ? `通知番号 ${step.noticeNo}` : null,
            step.noRecommendationReason ? `勧奨なしの理由：${step.noRecommendationReason}` : null,
          ]
        : step.kind === 'end'
          ? [step.reason]
          : [];
  const text = parts.filter(Boolean).join('、');
  return text === '' ? null : text;
}

/** One line describing a step, for the screen: its kind, then what it says. */
export function stepSummary(step: StepInput): string {
  const detail = stepDetail(step);
  if (step.kind === 'recommendation')
    return `利用勧奨（${step.method ?? '方法未記入'}）、回答：${step.answer}${step.note ? `、${step.note}` : ''}`;
  return detail ? `${STEP_LABELS[step.kind]}、${detail}` : STEP_LABELS[step.kind];
}
