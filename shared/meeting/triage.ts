// The triage rules: why a case is on the agenda (reason codes) and whether it is 確認 or 協議.
// Each rule is one line below so a secretariat can read what the app does; thresholds and which rules
// are on come from the municipality's TriageSettings.
import { RISK_LEVELS, type LedgerCase } from '../ledger/case';
import { addMonthsIso } from './draft';
import type { AgencyReport, Group, ReasonCode, SuggestionContext, TriageSettings } from './types';

/** Reasons that send a case to 協議. The others (REVIEW_DUE, PLAN_REVIEW_DUE, REPORT, JOINT_LIST, ALL_ACTIVE) are 確認. */
export const DEEP_REASONS: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'NEW',
  'RISK_HIGH',
  'RISK_UP',
  'REPORT_INJURY',
  'REPORT_ABSENCE_7D',
  'REPORT_UNEXPLAINED_ABSENCE',
  'SAFETY_LOW',
  'CLOSURE_PROPOSED',
  'ASSESSMENT_WORRY',
]);

/** With no previous meeting to count from, reports of the last this-many months count as new. */
export const REPORT_LOOKBACK_MONTHS = 3;

const RISK_RANK = new Map<string, number>(RISK_LEVELS.map((level, i) => [level, i])); // 0 = most severe

/** Severity rank of a risk level, 0 = 生命の危険; unknown or empty sorts after every level. */
export function riskRank(level: string | null): number {
  return level === null ? RISK_LEVELS.length : (RISK_RANK.get(level) ?? RISK_LEVELS.length);
}

function isOn(settings: TriageSettings, code: ReasonCode): boolean {
  return settings.enabled[code] !== false;
}

/**
 * 協議 when any enabled 協議 rule fired; otherwise a carried-over case keeps the group it had
 * (CARRIED_OVER enabled); otherwise 確認. Disabled rules are ignored here too, so switching a rule off
 * never moves a case.
 */
export function triage(
  reasons: readonly ReasonCode[],
  settings: TriageSettings,
  carriedGroup?: Exclude<Group, 'hold'>,
): { group: 'quick' | 'deep' } {
  for (const code of reasons) {
    if (DEEP_REASONS.has(code) && isOn(settings, code)) return { group: 'deep' };
  }
  if (carriedGroup && reasons.includes('CARRIED_OVER') && isOn(settings, 'CARRIED_OVER'))
    return { group: carriedGroup };
  return { group: 'quick' };
}

/** First ISO day of the window in which reports count: after `since`, or the last 3 months without one. */
export function reportWindowStart(ctx: Pick<SuggestionContext, 'since' | 'meetingDate'>): string {
  return ctx.since ?? addMonthsIso(ctx.meetingDate, -REPORT_LOOKBACK_MONTHS);
}

/** nextReview (a day, or a month counted from its first day: better a little early than late) ≤ the meeting. */
export function isReviewDue(nextReview: string | null, meetingDate: string): boolean {
  if (nextReview === null) return false;
  return (nextReview.length === 7 ? `${nextReview}-01` : nextReview) <= meetingDate;
}

/**
 * Every enabled rule that fires for a case, in REASON_CODES order. Closed cases have none. REPORT is
 * given when reports arrived but none of the report rules (injury, absence, unexplained absence, safety)
 * fired, so a plain report is 確認 and a flagged one shows only its flag. ALL_ACTIVE (with
 * ctx.allActive) is given only to an active case that has no other reason: it says "here because we
 * check everything", not one more chip on a case that is here anyway. Scope is not checked here.
 */
export function reasonsFor(c: LedgerCase, ctx: SuggestionContext): ReasonCode[] {
  if (c.status === 'closed') return [];
  const s = ctx.settings;
  const caseNo = c.caseNo;

  // Reports count when dated after the window start (the last meeting, or 3 months back) and not after
  // the meeting itself: a report dated later belongs to the next one.
  const windowStart = reportWindowStart(ctx);
  let reported = false;
  let injury = false;
  let absent = false;
  let unexplained = false;
  let unsafe = false;
  for (const r of ctx.reports.get(caseNo) ?? NO_REPORTS) {
    if (r.reportDate <= windowStart || r.reportDate > ctx.meetingDate) continue;
    reported = true;
    if (r.injury === true) injury = true;
    if (r.daysAbsent !== null && r.daysAbsent >= s.absenceDays) absent = true;
    if (r.unexplainedAbsence === true) unexplained = true;
    if (r.safetyScale !== null && r.safetyScale <= s.safetyLowAtMost) unsafe = true;
  }
  const previousRisk = ctx.riskAtSince.get(caseNo);

  const fired: ReasonCode[] = [];
  if (ctx.registeredSince.has(caseNo)) fired.push('NEW');
  if (c.riskLevel !== null && (s.highRiskLevels as readonly string[]).includes(c.riskLevel)) fired.push('RISK_HIGH');
  // Only a change between two known levels is a rise: a first assessment is not "raised".
  if (previousRisk != null && c.riskLevel !== null && riskRank(c.riskLevel) < riskRank(previousRisk))
    fired.push('RISK_UP');
  if (injury) fired.push('REPORT_INJURY');
  if (absent) fired.push('REPORT_ABSENCE_7D');
  if (unexplained) fired.push('REPORT_UNEXPLAINED_ABSENCE');
  if (unsafe) fired.push('SAFETY_LOW');
  if (ctx.closureProposed.has(caseNo)) fired.push('CLOSURE_PROPOSED');
  if (ctx.carriedOver.has(caseNo)) fired.push('CARRIED_OVER');
  if (isReviewDue(c.nextReview, ctx.meetingDate)) fired.push('REVIEW_DUE');
  if (ctx.planReviewDue.has(caseNo)) fired.push('PLAN_REVIEW_DUE');
  if (ctx.onList?.has(caseNo)) fired.push('JOINT_LIST');
  if ((ctx.assessmentWorries?.get(caseNo)?.length ?? 0) > 0) fired.push('ASSESSMENT_WORRY');

  const out = fired.filter((code) => isOn(s, code));
  if (reported && !out.some((code) => REPORT_FLAGS.has(code)) && isOn(s, 'REPORT')) out.push('REPORT');
  if (ctx.allActive && out.length === 0 && isOn(s, 'ALL_ACTIVE')) out.push('ALL_ACTIVE');
  return out;
}

const NO_REPORTS: readonly AgencyReport[] = [];
const REPORT_FLAGS: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'REPORT_INJURY',
  'REPORT_ABSENCE_7D',
  'REPORT_UNEXPLAINED_ABSENCE',
  'SAFETY_LOW',
]);
