// Accepting a proposal for a family not in the ledger makes a ledger case of it, so every later step (agenda,
// decisions, write-back, plans) works on a 登録番号. The number follows one documented pattern:
// `CR{令和の年度}-{4桁の連番}` (CR8-0001 for 令和8年度): C for the こども家庭センター, then the form of the 要対協
// ledger's own numbers (R7-0001), so a センター支援 case is told apart at a glance and sorts beside its year.
import { emptyCase, type LedgerCase } from '../ledger/case';
import type { Proposal, ProposedFamily } from './types';

/** The fiscal year (April to March) a day falls in, by the calendar year it starts in. */
export function fiscalYearOf(isoDay: string): number {
  const year = Number(isoDay.slice(0, 4));
  return Number(isoDay.slice(5, 7)) >= 4 ? year : year - 1;
}

/** The prefix of the centre's numbers in the fiscal year of `isoDay`: `CR8-` for 令和8年度 (2026-04 … 2027-03). */
export function centerCaseNoPrefix(isoDay: string): string {
  return `CR${fiscalYearOf(isoDay) - 2018}-`;
}

/** The next free number of the pattern on `isoDay`: one past the highest of that year in the ledger. */
export function nextCenterCaseNo(existing: Iterable<string>, isoDay: string): string {
  const prefix = centerCaseNoPrefix(isoDay);
  let highest = 0;
  for (const caseNo of existing) {
    if (!caseNo.startsWith(prefix)) continue;
    const rest = caseNo.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}

/**
 * The ledger case a proposed family becomes: 登録区分 センター支援, registered (登録日) the day it is accepted,
 * 受理日 the day it was proposed; 特定妊婦 is not assumed for a due date (that is the meeting's 判定).
 */
export function caseFromFamily(
  family: ProposedFamily,
  caseNo: string,
  proposedOn: string,
  acceptedOn: string,
): LedgerCase {
  return {
    ...emptyCase(caseNo),
    name: family.name,
    kana: family.kana,
    birthDate: family.birthDate,
    dueDate: family.dueDate,
    district: family.district,
    guardianName: family.guardianName,
    receivedDate: proposedOn,
    registeredDate: acceptedOn,
    registration: 'センター支援',
  };
}

/** The 新規登録 history row's detail: which proposal made the case. */
export function newCaseDetail(p: Pick<Proposal, 'id' | 'proposer' | 'function' | 'proposedOn' | 'reason'>): string {
  return `合同ケース会議の提案#${p.id}（${p.function}・${p.proposer}、${p.proposedOn}、${p.reason}）から名簿に追加`;
}

/** The label a proposal names its family by on the screen (the ledger's name, or the proposed one). */
export function proposalFamilyName(p: Pick<Proposal, 'caseNo' | 'family'>, ledgerName: string | null): string {
  return p.family?.name ?? ledgerName ?? '（氏名なし）';
}
