// The council's clock: days, times and file stamps in an explicit zone, whatever zone the process runs in.
import { describe, expect, it } from 'vitest';
import {
  clockInZone,
  dateTimeInZone,
  dayInZone,
  fileStampInZone,
  formatDayOfInstant,
  isTimeZone,
  startOfDayAfter,
} from '../../shared/time/zone';

// 2026-12-01 10:12:05 in Japan.
const AT = '2026-12-01T01:12:05.000Z';

describe('time in the council zone', () => {
  it('formats one instant on the clocks of three zones', () => {
    expect([clockInZone(AT, 'Asia/Tokyo'), clockInZone(AT, 'UTC'), clockInZone(AT, 'America/Los_Angeles')]).toEqual([
      '10:12',
      '01:12',
      '17:12',
    ]);
    expect(dayInZone(AT, 'Asia/Tokyo')).toBe('2026-12-01');
    expect(dayInZone(AT, 'America/Los_Angeles')).toBe('2026-11-30');
    expect(dateTimeInZone(new Date(AT), 'Asia/Tokyo')).toBe('2026/12/01 10:12');
    expect(fileStampInZone(AT, 'Asia/Tokyo')).toBe('20261201-101205');
    expect(formatDayOfInstant(AT, 'Asia/Tokyo')).toBe('令和8年12月1日');
  });

  it('writes midnight as 00, never 24', () => {
    expect(clockInZone('2026-12-01T15:00:00.000Z', 'Asia/Tokyo')).toBe('00:00');
  });

  it('finds the instant the next day starts in the zone, across a DST change', () => {
    expect(startOfDayAfter('2026-12-01', 'Asia/Tokyo')).toBe('2026-12-01T15:00:00.000Z');
    expect(startOfDayAfter('2026-12-01', 'UTC')).toBe('2026-12-02T00:00:00.000Z');
    // Los Angeles leaves summer time on 2026-11-01: that day starts at UTC-7, the next at UTC-8.
    expect(startOfDayAfter('2026-10-31', 'America/Los_Angeles')).toBe('2026-11-01T07:00:00.000Z');
    expect(startOfDayAfter('2026-11-01', 'America/Los_Angeles')).toBe('2026-11-02T08:00:00.000Z');
  });

  it('knows IANA zone names and refuses others', () => {
    expect(['Asia/Tokyo', 'UTC', 'America/Los_Angeles'].every(isTimeZone)).toBe(true);
    expect(['', 'Tokyo', 'JST+9', ' Asia/Tokyo'].some(isTimeZone)).toBe(false);
  });
});
