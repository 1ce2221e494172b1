// plans.*: each step reads the plan, applies the pure rule (shared/plan/lifecycle.ts) and writes it back with
// an event, in one transaction; a refused step is 'invalid_input' with the rule's Japanese reason.
import { AppError, type PlanDetail } from '../../shared/contract';
import {
  beginReview,
  closePlan,
  editContent,
  handOver,
  PlanError,
  setReviewDue,
  startMonitoring,
} from '../../shared/plan/lifecycle';
import { planPrintModel } from '../../shared/plan/plan-print';
import { reviewsDue } from '../../shared/plan/review-due';
import { dayInZone } from '../../shared/time/zone';
import { EMPTY_PLAN_CONTENT, PLAN_STATUS_LABELS, type SupportPlan } from '../../shared/plan/support-plan';
import type { Store } from '../repos/store';
import { runJob } from '../workers/run-in-worker';
import type { HandlerContext, HandlersFor } from './context';

export function plansHandlers(ctx: HandlerContext): HandlersFor<'plans'> {
  const detail = (store: Store, id: number): PlanDetail => {
    const plan = store.plans.get(id);
    if (!plan) throw new AppError('not_found', 'このサポートプランは見つかりません。一覧を開き直してください。');
    return { plan, events: store.plans.events(id) };
  };

  /** One step: read, apply the rule, write, record the event; all or nothing. */
  const step = (
    id: number,
    action: string,
    apply: (plan: SupportPlan, by: string, at: string) => SupportPlan,
    note?: (p: SupportPlan) => string | null,
  ) =>
    ctx.tx((store) => {
      const { plan } = detail(store, id);
      const by = store.settings.read().operatorName;
      const at = ctx.at();
      let next: SupportPlan;
      try {
        next = apply(plan, by, at);
      } catch (err) {
        if (err instanceof PlanError) throw new AppError('invalid_input', err.message);
        throw err;
      }
      store.plans.save(next, at);
      store.plans.addEvent(id, at, by, action, note ? note(next) : null);
      return detail(store, id);
    });

  /** The version asked for, or the current one; an old version is read as stored (frozen once handed over). */
  const versionOf = (id: number, version: number | undefined) => {
    const { plan } = detail(ctx.store(), id);
    const found =
      version === undefined
        ? plan.versions[plan.versions.length - 1]
        : plan.versions.find((v) => v.version === version);
    if (!found) throw new AppError('not_found', `このサポートプランに第${version}版はありません。`);
    return found;
  };

  return {
    'plans.list': ({ caseNo, includeClosed }) => ({ plans: ctx.store().plans.list({ caseNo, includeClosed }) }),
    'plans.get': ({ id }) => detail(ctx.store(), id),
    'plans.create': ({ plan }) =>
      ctx.tx((store) => {
        if (plan.caseNo !== null && store.cases.get(plan.caseNo) === null)
          throw new AppError('not_found', `登録番号「${plan.caseNo}」は台帳にありません。`);
        const by = store.settings.read().operatorName;
        const at = ctx.at();
        const id = store.plans.create(
          {
            ...plan,
            status: 'drafting',
            closedOn: null,
            closedReason: null,
            versions: [{ version: 1, content: EMPTY_PLAN_CONTENT, createdAt: at, createdBy: by, handedOverOn: null }],
          },
          at,
        );
        store.plans.addEvent(id, at, by, '作成', null);
        return detail(store, id);
      }),
    'plans.saveContent': ({ id, content }) => step(id, '内容を変更', (plan) => editContent(plan, content)),
    'plans.handOver': ({ id, on }) =>
      ctx.tx(() => {
        const months = ctx.store().settings.read().planReviewMonths;
        return step(
          id,
          '手交',
          (plan) => handOver(plan, on, months),
          (p) => `第${p.versions.length}版を${on}に手交、次の見直し ${p.reviewDue ?? 'なし'}`,
        );
      }),
    'plans.startMonitoring': ({ id }) => step(id, PLAN_STATUS_LABELS.monitoring, startMonitoring),
    'plans.beginReview': ({ id }) =>
      step(
        id,
        '見直し',
        (plan, by, at) => beginReview(plan, at, by),
        (p) => `第${p.versions.length}版を作成`,
      ),
    'plans.setReviewDue': ({ id, reviewDue }) =>
      step(
        id,
        '見直し時期を変更',
        (plan) => setReviewDue(plan, reviewDue),
        () => reviewDue,
      ),
    'plans.close': ({ id, on, reason }) =>
      step(
        id,
        '終了',
        (plan) => closePlan(plan, on, reason),
        () => reason,
      ),
    'plans.printModel': ({ id, version }) =>
      planPrintModel(versionOf(id, version), { dateStyle: ctx.store().settings.read().dateStyle }),
    'plans.export': ({ id, version, filePassword }) =>
      runJob('writeDocument', {
        document: {
          kind: 'plan',
          planId: id,
          version: versionOf(id, version),
          dateStyle: ctx.store().settings.read().dateStyle,
        },
        filePassword,
      }),
    'plans.reviewsDue': ({ until }) => {
      const store = ctx.store();
      const today = dayInZone(ctx.now(), store.settings.read().timeZone);
      return { rows: reviewsDue(store.plans.list(), today, until) };
    },
  };
}
