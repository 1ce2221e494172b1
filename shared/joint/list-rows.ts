// The standing list as the screen and the workbook show it: one row per case on the list, built from the list,
// the ledger, the newest recorded decision of a 合同ケース会議 on the case and its open サポートプラン. Pure, so the
// screen and the XLSX cannot disagree; the decision is read live, never copied onto the list.
import { registrationOf, type LedgerCase, type Registration } from '../ledger/case';
import type { DecisionInput } from '../meeting/decision';
import { PLAN_STATUS_LABELS, type SupportPlan } from '../plan/support-plan';
import type { ListEntry, Proposal } from './types';

export interface JointListRow {
  caseNo: string;
  /** Null when the ledger has no name (or no longer has the case). */
  name: string | null;
  kana: string | null;
  registration: Registration;
  /** 種別. */
  classification: string | null;
  /** 提案機能・理由: 「母子保健：特定妊婦の可能性」, or the reason given when the case was added by hand. */
  proposedBy: string;
  joinedOn: string;
  /** The last 合同ケース会議 that recorded a decision on the case, with that decision's parts. */
  lastMeeting: { id: number; date: string; title: string } | null;
  judgement: string | null;
  leadFunction: string | null;
  policy: string | null;
  nextReview: string | null;
  /** 名簿: what the decision said about the list (継続 / 名簿から外す), until the write-back applies it. */
  listAction: string | null;
  /** サポートプラン: the open plan's status, or 「なし」; and its next review day. */
  planStatus: string;
  planReviewDue: string | null;
}

export interface ListRowSources {
  entries: readonly ListEntry[];
  cases: ReadonlyMap<string, LedgerCase>;
  proposals: ReadonlyMap<number, Pick<Proposal, 'function' | 'reason'>>;
  decisions: ReadonlyMap<string, DecisionInput & { meetingId: number; meetingDate: string; meetingTitle: string }>;
  /** Open plans (any order); the newest per case counts. */
  plans: readonly Pick<SupportPlan, 'id' | 'caseNo' | 'status' | 'reviewDue'>[];
}

/** One row per entry, in 登録番号 order as `compare` sorts them (the ledger's natural order). */
export function jointListRows(src: ListRowSources, compare: (a: string, b: string) => number): JointListRow[] {
  const planOf = new Map<string, Pick<SupportPlan, 'id' | 'status' | 'reviewDue'>>();
  for (const p of src.plans) {
    if (p.caseNo === null || p.status === 'closed') continue;
    const seen = planOf.get(p.caseNo);
    if (!seen || seen.id < p.id) planOf.set(p.caseNo, p);
  }
  return [...src.entries]
    .sort((a, b) => compare(a.caseNo, b.caseNo))
    .map((e) => {
      const c = src.cases.get(e.caseNo) ?? null;
      const proposal = e.proposalId === null ? undefined : src.proposals.get(e.proposalId);
      const d = src.decisions.get(e.caseNo) ?? null;
      const plan = planOf.get(e.caseNo) ?? null;
      return {
        caseNo: e.caseNo,
        name: c?.name ?? null,
        kana: c?.kana ?? null,
        registration: c ? registrationOf(c) : '要対協登録',
        classification: c?.classification ?? null,
        proposedBy: proposal ? `${proposal.function}：${proposal.reason}` : `直接追加：${e.reason}`,
        joinedOn: e.joinedOn,
        lastMeeting: d ? { id: d.meetingId, date: d.meetingDate, title: d.meetingTitle } : null,
        judgement: d?.judgement?.kind ?? null,
        leadFunction: d?.leadFunction ?? null,
        policy: d?.policy ?? null,
        nextReview: d?.nextReview ?? null,
        listAction: d?.listAction ?? null,
        planStatus: plan ? PLAN_STATUS_LABELS[plan.status] : 'なし',
        planReviewDue: plan?.reviewDue ?? null,
      };
    });
}

/** The workbook's and the screen's column headers, in order. */
export const LIST_COLUMNS = [
  '登録番号',
  '氏名',
  '登録区分',
  '種別',
  '提案機能・理由',
  '名簿追加日',
  '直近の合同ケース会議',
  '判定',
  '主担当機能',
  '支援方針',
  '次回確認',
  'サポートプラン',
  '見直し日',
] as const;
