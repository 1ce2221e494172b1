import { describe, it, expect } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { ageForScope, inScope } from '../../shared/meeting/scope';
import { EMPTY_SCOPE, type MeetingScope } from '../../shared/meeting/types';

const c = (caseNo: string, fields: Partial<LedgerCase> = {}): LedgerCase => ({ ...emptyCase(caseNo), ...fields });
const scope = (fields: Partial<MeetingScope>): MeetingScope => ({ ...EMPTY_SCOPE, ...fields });
const MEETING = '2025-10-15';
// 乳幼児部会 (under 6) and 児童生徒部会 (6-18) as the issue describes them.
const INFANTS = scope({ maxAge: 5 });
const PUPILS = scope({ minAge: 6, maxAge: 18 });

describe('inScope: ages at the meeting date', () => {
  it('counts whole years at the meeting date, both bounds inclusive', () => {
    const sixOnMeetingDay = c('A-1', { birthDate: '2019-10-15' });
    const sixTheDayAfter = c('A-2', { birthDate: '2019-10-16' });
    expect(inScope(sixOnMeetingDay, INFANTS, MEETING)).toBe(false);
    expect(inScope(sixOnMeetingDay, PUPILS, MEETING)).toBe(true);
    expect(inScope(sixTheDayAfter, INFANTS, MEETING)).toBe(true);
    expect(inScope(sixTheDayAfter, PUPILS, MEETING)).toBe(false);
    // Same child, a later meeting: now 6.
    expect(inScope(sixTheDayAfter, PUPILS, '2025-10-16')).toBe(true);
    expect(inScope(c('A-3', { birthDate: '2006-10-15' }), PUPILS, MEETING)).toBe(false); // 19
    expect(inScope(c('A-4', { birthDate: '2006-10-16' }), PUPILS, MEETING)).toBe(true); // 18
  });

  it('places a 特定妊婦 case (due date, no birth date) and a child born after the meeting with the infants', () => {
    const pregnant = c('P-1', { classification: '特定妊婦', dueDate: '2026-01-20' });
    expect(ageForScope(pregnant, MEETING)).toBe(0);
    expect(inScope(pregnant, INFANTS, MEETING)).toBe(true);
    expect(inScope(pregnant, PUPILS, MEETING)).toBe(false);
    expect(inScope(c('P-2', { birthDate: '2025-12-01' }), INFANTS, MEETING)).toBe(true);
  });

  it('leaves out a case of unknown age when an age range is set, and keeps it without one', () => {
    const unknown = c('U-1');
    expect(ageForScope(unknown, MEETING)).toBeNull();
    expect(inScope(unknown, INFANTS, MEETING)).toBe(false);
    expect(inScope(unknown, EMPTY_SCOPE, MEETING)).toBe(true);
  });
});

describe('inScope: filters', () => {
  const a = c('F-1', { classification: '要保護児童', district: '北地区', leadAgency: '児童相談所' });
  it('requires every filter that is set', () => {
    expect(inScope(a, scope({ classifications: ['要保護児童'] }), MEETING)).toBe(true);
    expect(inScope(a, scope({ classifications: ['要支援児童'] }), MEETING)).toBe(false);
    expect(inScope(a, scope({ districts: ['北地区', '南地区'] }), MEETING)).toBe(true);
    expect(inScope(a, scope({ districts: ['南地区'] }), MEETING)).toBe(false);
    expect(inScope(a, scope({ leadAgencies: ['児童相談所'], districts: ['北地区'] }), MEETING)).toBe(true);
    expect(inScope(a, scope({ leadAgencies: ['保健センター'], districts: ['北地区'] }), MEETING)).toBe(false);
    expect(inScope(c('F-2'), scope({ classifications: ['要保護児童'] }), MEETING)).toBe(false);
  });

  it('always takes hand-picked cases, and a hand-picked-only scope covers only those', () => {
    const other = c('F-3', { classification: '要支援児童' });
    const picked = scope({ classifications: ['要保護児童'], caseNos: ['F-3'] });
    expect(inScope(other, picked, MEETING)).toBe(true);
    expect(inScope(a, picked, MEETING)).toBe(true);
    const onlyPicked = scope({ caseNos: ['F-3'] });
    expect(inScope(other, onlyPicked, MEETING)).toBe(true);
    expect(inScope(a, onlyPicked, MEETING)).toBe(false);
  });

  it('never takes a closed case, hand-picked or not', () => {
    const closed = c('F-4', { status: 'closed', closedDate: '2025-09-30' });
    expect(inScope(closed, EMPTY_SCOPE, MEETING)).toBe(false);
    expect(inScope(closed, scope({ caseNos: ['F-4'] }), MEETING)).toBe(false);
  });
});
