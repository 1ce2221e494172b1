// The records a write-back changes besides the ledger's fields, one target per action kind
// (shared/meeting/writeback-actions.ts). Each applies inside the write-back's transaction and says what it made
// and what it replaced; its undo takes that back only while nobody has changed the record since, and otherwise
// says why it left it.
import type { LedgerCase } from '../../shared/ledger/case';
import type { WritebackAction, WritebackActionKind } from '../../shared/meeting/writeback-actions';
import { EMPTY_PLAN_CONTENT } from '../../shared/plan/support-plan';
import type { Store } from '../repos/store';
import type { ActionRecord } from '../repos/writebacks';
import { recordFromDecision } from './family-services';

export interface ActionContext {
  at: string;
  by: string;
  /** Names the meeting, as the ledger's history rows do (writebackDetail). */
  detail: string;
  applicationId: number;
  meetingId: number;
  /** The meeting's day: the day a decided 利用勧奨 or 措置 is recorded on. */
  meetingDate: string;
}

export interface Applied {
  targetId: number | null;
  before: string | null;
}

export interface ActionTarget {
  apply(store: Store, c: LedgerCase, action: WritebackAction, ctx: ActionContext): Applied;
  /** null when undone; otherwise why it was left as it is (Japanese). */
  undo(store: Store, record: ActionRecord, ctx: ActionContext): string | null;
}

interface ReviewTerms {
  owner: string | null;
  reviewDue: string | null;
}

const planTargets = {
  'plan.create': {
    apply(store, c, action, ctx) {
      if (action.kind !== 'plan.create') throw new Error(action.kind);
      const id = store.plans.create(
        {
          caseNo: c.caseNo,
          familyLabel: c.name ?? c.guardianName ?? c.caseNo,
          leadFunction: action.leadFunction,
          owner: action.owner,
          status: 'drafting',
          reviewDue: action.due,
          closedOn: null,
          closedReason: null,
          versions: [
            { version: 1, content: EMPTY_PLAN_CONTENT, createdAt: ctx.at, createdBy: ctx.by, handedOverOn: null },
          ],
        },
        ctx.at,
      );
      store.plans.addEvent(id, ctx.at, ctx.by, '作成', `${ctx.detail}の決定（期限 ${action.due ?? 'なし'}）`);
      return { targetId: id, before: null };
    },
    undo(store, record) {
      const id = record.targetId;
      const plan = id === null ? null : store.plans.get(id);
      if (id === null || !plan) return 'サポートプランが見つかりません';
      // Made by the write-back and touched since (content, 手交, a date): it is someone's work now.
      if (store.plans.events(id).length > 1) return 'サポートプランが作成後に変更されているため残しました';
      store.plans.remove(id);
      return null;
    },
  },
  'plan.review': {
    apply(store, _c, action, ctx) {
      if (action.kind !== 'plan.review') throw new Error(action.kind);
      const plan = store.plans.get(action.planId);
      if (!plan) throw new Error(`plan ${action.planId}`);
      const before: ReviewTerms = { owner: plan.owner, reviewDue: plan.reviewDue };
      const after: ReviewTerms = { owner: action.owner ?? plan.owner, reviewDue: action.due ?? plan.reviewDue };
      store.plans.save({ ...plan, ...after }, ctx.at);
      store.plans.addEvent(
        plan.id,
        ctx.at,
        ctx.by,
        '見直しを決定',
        `${ctx.detail}の決定（期限 ${after.reviewDue ?? 'なし'}）`,
      );
      return { targetId: plan.id, before: JSON.stringify({ before, after }) };
    },
    undo(store, record, ctx) {
      const plan = record.targetId === null ? null : store.plans.get(record.targetId);
      if (!plan || record.before === null) return 'サポートプランが見つかりません';
      const { before, after } = JSON.parse(record.before) as { before: ReviewTerms; after: ReviewTerms };
      if (plan.owner !== after.owner || plan.reviewDue !== after.reviewDue)
        return '担当か見直し日が反映の後に変更されているため残しました';
      store.plans.save({ ...plan, ...before }, ctx.at);
      store.plans.addEvent(plan.id, ctx.at, ctx.by, '見直しの決定を取り消し', `${ctx.detail}（反映の取り消し）`);
      return null;
    },
  },
} satisfies Record<'plan.create' | 'plan.review', ActionTarget>;

const serviceTarget: ActionTarget = {
  apply(store, c, action, ctx) {
    if (action.kind !== 'service') throw new Error(action.kind);
    const { recordId, stepId } = recordFromDecision(
      store,
      { caseNo: c.caseNo, service: action.service, mode: action.mode, date: ctx.meetingDate, meetingId: ctx.meetingId },
      { applicationId: ctx.applicationId, at: ctx.at, by: ctx.by },
    );
    return { targetId: stepId === null ? null : recordId, before: null };
  },
  undo(store, _record, ctx) {
    // One call takes back every step and record the application made (the first service action does it all).
    store.familyServices.removeFromApplication(ctx.applicationId, ctx.at, ctx.by);
    return null;
  },
};

const listTarget: ActionTarget = {
  apply(store, c, action, ctx) {
    if (action.kind !== 'list.leave') throw new Error(action.kind);
    store.joint.leave(c.caseNo, {
      at: ctx.at,
      by: ctx.by,
      reason: `${ctx.detail}の決定（${action.reason}）`,
      applicationId: ctx.applicationId,
      on: ctx.meetingDate,
    });
    return { targetId: null, before: null };
  },
  undo(store, record, ctx) {
    // undoLeave puts back every case the application took off; a case already back on the list stays as it is.
    const notBack = store.joint.undoLeave(ctx.applicationId, { at: ctx.at, by: ctx.by });
    return notBack.includes(record.caseNo) ? '名簿に戻されているため、そのままにしました' : null;
  },
};

export const ACTION_TARGETS: Record<WritebackActionKind, ActionTarget> = {
  ...planTargets,
  service: serviceTarget,
  'list.leave': listTarget,
};

export function targetOf(kind: string): ActionTarget {
  if (!(kind in ACTION_TARGETS)) throw new Error(`no write-back target for ${kind}`);
  return ACTION_TARGETS[kind as WritebackActionKind];
}
