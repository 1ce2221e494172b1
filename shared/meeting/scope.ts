// Which ledger cases a meeting covers. Runs once per case per suggestion (10,000 cases), so it is plain
// comparisons: no regex, no allocation per case.
import { ageAt } from '../ledger/dates';
import type { LedgerCase } from '../ledger/case';
import type { MeetingScope } from './types';

/**
 * Age in whole years at the meeting date, for the scope's age range. A child born after the meeting
 * date, or a 特定妊婦 case with a due date but no birth date, counts as 0: the child-to-be belongs with
 * the infants (乳幼児部会), which is where 母子保健 follows such cases. Unknown → null.
 */
export function ageForScope(c: LedgerCase, meetingDate: string): number | null {
  if (c.birthDate) return ageAt(c.birthDate, meetingDate) ?? 0;
  return c.dueDate ? 0 : null;
}

/**
 * Whether a case falls in a meeting's scope. Closed cases never do; hand-picked cases always do
 * (whatever the filters say); otherwise every filter that is set must match. A scope that is only a
 * hand-picked list (個別ケース検討会議) covers just those cases, not the whole ledger. With an age range
 * set, a case whose age cannot be known is out: a 部会 should not discuss a case it cannot place.
 */
export function inScope(c: LedgerCase, scope: MeetingScope, meetingDate: string): boolean {
  if (c.status === 'closed') return false;
  if (scope.caseNos.length > 0) {
    if (scope.caseNos.includes(c.caseNo)) return true;
    if (!hasFilters(scope)) return false;
  }
  if (
    scope.classifications.length > 0 &&
    (c.classification === null || !scope.classifications.includes(c.classification))
  ) {
    return false;
  }
  if (scope.districts.length > 0 && (c.district === null || !scope.districts.includes(c.district.trim()))) return false;
  if (scope.leadAgencies.length > 0 && (c.leadAgency === null || !scope.leadAgencies.includes(c.leadAgency.trim()))) {
    return false;
  }
  if (scope.minAge !== null || scope.maxAge !== null) {
    const age = ageForScope(c, meetingDate);
    if (age === null) return false;
    if (scope.minAge !== null && age < scope.minAge) return false;
    if (scope.maxAge !== null && age > scope.maxAge) return false;
  }
  return true;
}

function hasFilters(scope: MeetingScope): boolean {
  return (
    scope.classifications.length > 0 ||
    scope.minAge !== null ||
    scope.maxAge !== null ||
    scope.districts.length > 0 ||
    scope.leadAgencies.length > 0
  );
}
