import { describe, expect, it } from 'vitest';
import { ageAtMeeting, boardAgeDate } from '../../shared/board/age';

describe('the day a board counts ages to', () => {
  it('is the meeting date in a meeting, today otherwise, and today while the meeting loads', () => {
    expect(boardAgeDate(7, '2030-06-15', '2026-11-30')).toBe('2030-06-15');
    expect(boardAgeDate(null, null, '2026-11-30')).toBe('2026-11-30');
    expect(boardAgeDate(7, null, '2026-11-30')).toBe('2026-11-30');
  });

  it('gives the console’s age: a child born 2017-06-01 is 13 at a meeting on 2030-06-15, 9 today', () => {
    const child = { birthDate: '2017-06-01', age: null, ageAsOf: null, pregnancy: null };
    expect(ageAtMeeting(child, boardAgeDate(7, '2030-06-15', '2026-11-30'))).toBe(13);
    expect(ageAtMeeting(child, boardAgeDate(null, null, '2026-11-30'))).toBe(9);
  });
});
