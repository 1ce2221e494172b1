// Who is asked about which case (依頼の宛先): the agencies a request goes to, each with the cases it knows.
// An agency knows a case when it is the child's 所属 (the school or nursery it attends), the case's 主担当機関,
// or one of its 関係機関. Names are compared after NFKC + trim, so 「○○小学校 」 and a full-width variant are
// the same agency; the managed list's spelling wins when the name is in it.
import type { LedgerCase } from '../ledger/case';
import { registrationOf } from '../ledger/case';
import { inScope } from '../meeting/scope';
import type { Agency, Meeting } from '../meeting/types';

export const PLAN_REASONS = ['所属', '主担当機関', '関係機関', '説明依頼'] as const;
export type PlanReason = (typeof PLAN_REASONS)[number];

export interface PlannedCase {
  caseNo: string;
  /** Why this agency is asked about this case (every reason that applies, in PLAN_REASONS order). */
  reasons: PlanReason[];
}

export interface PlannedAgency {
  agency: string;
  /** The managed list's kind; null for a name written only in the ledger. */
  kind: Agency['kind'] | null;
  /** By 登録番号. */
  cases: PlannedCase[];
}

export interface PlanInput {
  cases: readonly LedgerCase[];
  /** The meeting the request prepares; null: between meetings (every open case). */
  meeting: Pick<Meeting, 'kind' | 'scope' | 'date'> | null;
  /** The managed list, for the order and the spelling. */
  agencies: readonly Agency[];
  /** The meeting's 説明してほしいこと: an agency asked to explain a case is asked about it even if it is not its own. */
  questions?: readonly { agency: string; caseNo: string }[];
  /** A 合同ケース会議 covers the cases on its standing list (名簿). */
  jointCaseNos?: ReadonlySet<string>;
}

/** The key two spellings of one agency share. */
export function agencyKey(name: string): string {
  return name.normalize('NFKC').trim();
}

/** The cases a request considers: open ones; for a meeting, those in its scope (要対協登録 unless 合同ケース会議). */
export function casesForRequest(input: Pick<PlanInput, 'cases' | 'meeting' | 'jointCaseNos'>): LedgerCase[] {
  const { meeting } = input;
  return input.cases.filter((c) => {
    if (c.status === 'closed') return false;
    if (meeting === null) return true;
    if (meeting.kind === '合同ケース会議') {
      if (input.jointCaseNos && !input.jointCaseNos.has(c.caseNo)) return false;
    } else if (registrationOf(c) !== '要対協登録') return false;
    return inScope(c, meeting.scope, meeting.date);
  });
}

export function planRequest(input: PlanInput): PlannedAgency[] {
  const known = new Map(input.agencies.map((a, order) => [agencyKey(a.name), { agency: a, order }]));
  const byKey = new Map<string, { name: string; cases: Map<string, Set<PlanReason>> }>();
  const add = (rawName: string | null, caseNo: string, reason: PlanReason) => {
    if (!rawName) return;
    const key = agencyKey(rawName);
    if (!key) return;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { name: known.get(key)?.agency.name ?? key, cases: new Map() };
      byKey.set(key, entry);
    }
    const reasons = entry.cases.get(caseNo) ?? new Set<PlanReason>();
    reasons.add(reason);
    entry.cases.set(caseNo, reasons);
  };
  const cases = casesForRequest(input);
  for (const c of cases) {
    add(c.affiliation, c.caseNo, '所属');
    add(c.leadAgency, c.caseNo, '主担当機関');
    for (const a of c.agencies) add(a, c.caseNo, '関係機関');
  }
  const open = new Set(cases.map((c) => c.caseNo));
  for (const q of input.questions ?? []) if (open.has(q.caseNo)) add(q.agency, q.caseNo, '説明依頼');

  const planned: PlannedAgency[] = [...byKey.entries()].map(([key, entry]) => ({
    agency: entry.name,
    kind: known.get(key)?.agency.kind ?? null,
    cases: [...entry.cases.entries()]
      .map(([caseNo, reasons]) => ({ caseNo, reasons: PLAN_REASONS.filter((r) => reasons.has(r)) }))
      .sort((a, b) => compareCaseNo(a.caseNo, b.caseNo)),
  }));
  const order = (p: PlannedAgency) => known.get(agencyKey(p.agency))?.order ?? Number.MAX_SAFE_INTEGER;
  return planned.sort((a, b) => order(a) - order(b) || a.agency.localeCompare(b.agency, 'ja'));
}

/** 登録番号 order: R7-0002 before R7-0010 (numbers compared as numbers). */
export function compareCaseNo(a: string, b: string): number {
  return a.localeCompare(b, 'ja', { numeric: true });
}

/** ISO day `days` after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The due date a new request proposes: a week before the meeting, never before today; between meetings, a week on. */
export function suggestedDueDate(meetingDate: string | null, today: string): string {
  if (meetingDate === null) return addDays(today, 7);
  const due = addDays(meetingDate, -7);
  return due < today ? today : due;
}
