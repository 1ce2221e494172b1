import { describe, expect, it } from 'vitest';
import { readTimeText } from '../../shared/time/time-text';

describe('readTimeText', () => {
  it.each([
    ['14:00', '14:00'],
    ['9:05', '09:05'],
    ['１４：３０', '14:30'],
    ['1400', '14:00'],
    ['930', '09:30'],
    ['14時', '14:00'],
    ['14時30分', '14:30'],
    ['午後2時', '14:00'],
    ['午前12時', '00:00'],
    ['午後2時半', '14:30'],
    [' 14 : 00 ', '14:00'],
  ])('%s → %s', (text, value) => {
    expect(readTimeText(text)).toEqual({ ok: true, value });
  });

  it('reads empty text as no time', () => {
    expect(readTimeText('  ')).toEqual({ ok: true, value: null });
  });

  it.each(['24:00', '14:60', '2:00 PM', 'あさ', '午後13時', '12345'])('refuses %s with a Japanese reason', (text) => {
    const reading = readTimeText(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(/時刻|時で/);
  });
});
