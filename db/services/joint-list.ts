// The 統括支援員's steps on the 合同ケース会議's proposals and list. Each runs inside the caller's transaction:
// read, check, write, history. Accepting a family not in the ledger creates its ledger case (センター支援) with
// a 新規登録 history row naming the proposal, so every later step works on a 登録番号.
import { AppError } from '../../shared/contract';
import { jointListRows, type JointListRow } from '../../shared/joint/list-rows';
import { caseFromFamily, newCaseDetail, nextCenterCaseNo } from '../../shared/joint/new-case';
import type { LedgerCase } from '../../shared/ledger/case';
import type { ListEntry, Proposal, ProposalInput } from '../../shared/joint/types';
import { compareCaseNo } from '../repos/order';
import type { Store } from '../repos/store';

export interface Actor {
  /** The instant (ISO) and the council's day it falls on. */
  at: string;
  today: string;
  by: string;
}

function openProposal(store: Store, id: number): Proposal {
  const p = store.joint.proposal(id);
  if (!p) throw new AppError('not_found', 'この提案は見つかりません。画面を開き直してください。');
  if (p.status !== 'open')
    throw new AppError(
      'conflict',
      `この提案はすでに「${p.status === 'accepted' ? '名簿に追加' : '見送り'}」になっています。`,
    );
  return p;
}

function refuseIfOnList(store: Store, caseNo: string): void {
  if (store.joint.entry(caseNo)) throw new AppError('duplicate', `登録番号「${caseNo}」はすでに名簿にあります。`);
}

export function propose(store: Store, input: ProposalInput, actor: Actor): number {
  if (input.caseNo !== null && !store.cases.has(input.caseNo))
    throw new AppError('not_found', `登録番号「${input.caseNo}」は台帳にありません。`);
  return store.joint.createProposal(input, actor.at);
}

/** The number a new family would get today (editable on the screen before accepting). */
export function suggestedCaseNo(store: Store, today: string): string {
  return nextCenterCaseNo(
    store.cases.all().map((c) => c.caseNo),
    today,
  );
}

/**
 * 名簿に追加: the proposal's case joins the list; for a family not in the ledger the case is created first,
 * under `caseNo` (or the next free number). Returns the case's 登録番号.
 */
export function accept(store: Store, id: number, caseNo: string | undefined, actor: Actor): string {
  const p = openProposal(store, id);
  let target = p.caseNo;
  if (target === null) {
    const family = p.family!;
    target = caseNo ?? suggestedCaseNo(store, actor.today);
    if (store.cases.has(target) || store.cases.storedCaseNo(target) !== target)
      throw new AppError('duplicate', `登録番号「${target}」はすでに台帳にあります。別の番号にしてください。`);
    store.cases.insert(caseFromFamily(family, target, p.proposedOn, actor.today), actor.at);
    store.cases.addHistory(
      { caseNo: target, source: 'edit', field: '*', oldValue: null, newValue: null, detail: newCaseDetail(p) },
      actor.at,
      actor.by,
    );
  } else if (!store.cases.has(target)) {
    throw new AppError('not_found', `登録番号「${target}」は台帳にありません。`);
  }
  refuseIfOnList(store, target);
  store.joint.join(
    {
      caseNo: target,
      joinedOn: actor.today,
      joinedBy: actor.by,
      reason: `${p.function}の提案：${p.reason}`,
      proposalId: id,
    },
    actor.at,
  );
  store.joint.decideProposal(id, {
    status: 'accepted',
    at: actor.at,
    by: actor.by,
    declineReason: null,
    caseNo: target,
  });
  return target;
}

export function decline(store: Store, id: number, reason: string, actor: Actor): void {
  openProposal(store, id);
  store.joint.decideProposal(id, { status: 'declined', at: actor.at, by: actor.by, declineReason: reason });
}

/** A ledger case added to the list directly (not from a proposal), with the reason. */
export function addByHand(store: Store, caseNo: string, on: string, reason: string, actor: Actor): void {
  if (!store.cases.has(caseNo)) throw new AppError('not_found', `登録番号「${caseNo}」は台帳にありません。`);
  refuseIfOnList(store, caseNo);
  const entry: ListEntry = { caseNo, joinedOn: on, joinedBy: actor.by, reason, proposalId: null };
  store.joint.join(entry, actor.at);
}

export function leaveByHand(store: Store, caseNo: string, on: string, reason: string, actor: Actor): void {
  if (!store.joint.leave(caseNo, { at: actor.at, on, by: actor.by, reason }))
    throw new AppError('not_found', `登録番号「${caseNo}」は名簿にありません。`);
}

/** The list as the screen and the workbook show it. */
export function listRows(store: Store): JointListRow[] {
  const proposals = new Map(store.joint.proposals().map((p) => [p.id, p]));
  const entries = store.joint.entries();
  const cases = new Map<string, LedgerCase>();
  for (const e of entries) {
    const c = store.cases.get(e.caseNo);
    if (c) cases.set(e.caseNo, c);
  }
  return jointListRows(
    {
      entries,
      cases,
      proposals,
      decisions: store.joint.lastJointDecisions(),
      plans: store.plans.list(),
    },
    compareCaseNo,
  );
}
