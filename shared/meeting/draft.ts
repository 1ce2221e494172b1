// 事務局案: the draft decision a 確認 case is confirmed on, pre-filled so most cases need no typing.
import type { LedgerCase } from '../ledger/case';
import type { DraftDecision } from './types';

export const DEFAULT_POLICY = '現方針継続';
/** Months from the meeting to the next review in a pre-filled draft. */
export const DRAFT_REVIEW_MONTHS = 3;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// suggestAgenda asks for the same meeting date + 3 months for every case: remember the last answer.
let lastIso = '';
let lastMonths = 0;
let lastResult = '';

/** An ISO day plus whole months; the day is clamped to the target month (11-30 + 3 → 02-28). */
export function addMonthsIso(iso: string, months: number): string {
  if (iso === lastIso && months === lastMonths) return lastResult;
  lastResult = computeAddMonths(iso, months);
  lastIso = iso;
  lastMonths = months;
  return lastResult;
}

function computeAddMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m0 = Number(iso.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m0 / 12);
  const month = (((m0 % 12) + 12) % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(Number(iso.slice(8, 10)), last))}`;
}

/**
 * 現方針継続 (the case's own policy when it has one), next review 3 months after the meeting (as a month,
 * YYYY-MM, when the ledger keeps this case's next review as a month), the same lead agency.
 */
export function defaultDraft(c: LedgerCase, meetingDate: string): DraftDecision {
  const next = addMonthsIso(meetingDate, DRAFT_REVIEW_MONTHS);
  const policy = c.policy?.trim();
  return {
    policy: policy ? policy.slice(0, 2000) : DEFAULT_POLICY,
    nextReview: c.nextReview !== null && c.nextReview.length === 7 ? next.slice(0, 7) : next,
    leadAgency: c.leadAgency?.trim() || null,
    note: null,
  };
}
