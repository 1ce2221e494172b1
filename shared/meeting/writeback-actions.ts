// Write-back beyond the ledger's fields: what a recorded decision makes or changes in the other records —
// the サポートプラン it decides to make or review, the 家庭支援事業 it recommends or provides, the 合同ケース会議's
// standing list it takes the case off. Each is an action the preview lists in words, the application records,
// and the undo takes back while nobody has changed the record since.
import { monthEnd } from '../home/summary';
import { formatDate } from '../ledger/dates';
import type { DateStyle } from '../time/date-style';
import type { PlanFunction, PlanStatus } from '../plan/support-plan';
import type { DecisionInput } from './decision';

export type WritebackAction =
  | {
      kind: 'plan.create';
      /** 担当 */
      owner: string | null;
      /** The day the plan is due (a decided month ends on its last day). */
      due: string | null;
      leadFunction: PlanFunction;
    }
  | { kind: 'plan.review'; planId: number; owner: string | null; due: string | null }
  | {
      kind: 'service';
      service: string;
      mode: '利用勧奨' | '措置';
      /** What the preview must say: a 措置 without an earlier 勧奨, or why the rules refuse the step. */
      note?: string | null;
    }
  | { kind: 'list.leave'; reason: string };
export type WritebackActionKind = WritebackAction['kind'];

/** One action as the preview and the applications list show it. */
export interface ActionView {
  kind: WritebackActionKind;
  label: string;
}

/** What the records outside the ledger hold for the case, as far as the actions depend on it. */
export interface ActionContext {
  /** The case's plan in force (not 終了), if any: a 見直し changes it, a 作成 is refused while it exists. */
  openPlan: { id: number; status: PlanStatus } | null;
  /** Whether the case is on the 合同ケース会議's standing list. */
  onList: boolean;
}

const dueDay = (due: string | null): string | null => (due === null ? null : due.length === 7 ? monthEnd(due) : due);

/** The actions a decision asks for, in a fixed order (plan, services, list). */
export function decidedActions(decision: DecisionInput, ctx: ActionContext): WritebackAction[] {
  const actions: WritebackAction[] = [];
  const plan = decision.supportPlan;
  if (plan) {
    const owner = plan.by?.trim() || null;
    const due = dueDay(plan.due);
    // A 作成 for a case whose plan is already in force reviews that plan instead of starting a second one.
    if (ctx.openPlan) actions.push({ kind: 'plan.review', planId: ctx.openPlan.id, owner, due });
    else actions.push({ kind: 'plan.create', owner, due, leadFunction: decision.leadFunction ?? '両機能' });
  }
  for (const s of decision.services) actions.push({ kind: 'service', service: s.service, mode: s.mode });
  if (decision.listAction === '名簿から外す' && ctx.onList) {
    const reason = decision.judgement ? `判定：${decision.judgement.kind}` : '会議の決定';
    actions.push({ kind: 'list.leave', reason });
  }
  return actions;
}

/** The action in words (Japanese), e.g. 「サポートプランを作成（担当 山田、期限 令和9年1月31日）」. */
export function actionLabel(action: WritebackAction, style: DateStyle = 'seireki'): string {
  const terms = (owner: string | null, due: string | null) => {
    const parts = [owner ? `担当 ${owner}` : null, due ? `期限 ${formatDate(due, style)}` : null].filter(
      (p) => p !== null,
    );
    return parts.length > 0 ? `（${parts.join('、')}）` : '';
  };
  switch (action.kind) {
    case 'plan.create':
      return `サポートプランを作成${terms(action.owner, action.due)}`;
    case 'plan.review':
      return `サポートプランの見直し${terms(action.owner, action.due)}`;
    case 'service':
      return `${action.service}の${action.mode}を記録${action.note ? `（${action.note}）` : ''}`;
    case 'list.leave':
      return `合同ケース会議の名簿から外す（${action.reason}）`;
  }
}

export function actionViews(actions: readonly WritebackAction[], style?: DateStyle): ActionView[] {
  return actions.map((a) => ({ kind: a.kind, label: actionLabel(a, style) }));
}
