import { describe, it, expect } from 'vitest';
import { ageAt, formatDate, parseDateCell } from '../../shared/ledger/dates';

const day = (iso: string) => ({ kind: 'date', iso });
const month = (iso: string) => ({ kind: 'month', iso });
const invalid = (text: string) => ({ kind: 'invalid', text });

describe('parseDateCell', () => {
  it('reads Excel date cells and serial numbers', () => {
    expect(parseDateCell(new Date(Date.UTC(2025, 3, 1)))).toEqual(day('2025-04-01'));
    expect(parseDateCell(45748)).toEqual(day('2025-04-01'));
    expect(parseDateCell(45748.75)).toEqual(day('2025-04-01'));
    expect(parseDateCell(61)).toEqual(day('1900-03-01'));
    expect(parseDateCell(20250401)).toEqual(day('2025-04-01'));
    expect(parseDateCell(5)).toEqual(invalid('5'));
    expect(parseDateCell(true)).toEqual(invalid('TRUE'));
    expect(parseDateCell(new Date(Number.NaN)).kind).toBe('invalid');
  });

  it('treats empty cells as empty', () => {
    expect(parseDateCell(null)).toEqual({ kind: 'empty' });
    expect(parseDateCell('  　')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['2025/4/1', '2025-04-01'],
    ['2025-04-01', '2025-04-01'],
    ['2025.4.1', '2025-04-01'],
    ['2025年4月1日', '2025-04-01'],
    ['R7.4.1', '2025-04-01'],
    ['R7/4/1', '2025-04-01'],
    ['R7-4-1', '2025-04-01'],
    ['令和7年4月1日', '2025-04-01'],
    ['平成31年3月31日', '2019-03-31'],
    ['令和元年5月1日', '2019-05-01'],
    ['H31/4/30', '2019-04-30'],
    ['H31.4.30', '2019-04-30'],
    ['S63.1.1', '1988-01-01'],
    ['昭和64年1月7日', '1989-01-07'],
    ['平成元年1月8日', '1989-01-08'],
    ['大正15年12月24日', '1926-12-24'],
    ['Ｒ７．４．１', '2025-04-01'],
    ['２０２５／４／１', '2025-04-01'],
    ['r7.4.1', '2025-04-01'],
    ['R07.04.01', '2025-04-01'],
    [' 令和 7年 4月 1日 ', '2025-04-01'],
    ['令和7年4月1日（火）', '2025-04-01'],
    ['2025/4/1 0:00', '2025-04-01'],
    ['2025-04-01T00:00:00.000Z', '2025-04-01'],
    ['2024/2/29', '2024-02-29'],
    ['20250401', '2025-04-01'],
  ])('reads %s', (text, iso) => {
    expect(parseDateCell(text)).toEqual(day(iso));
  });

  it.each([
    'H31.5.1',
    'R1.4.30',
    '平成31年5月1日',
    '令和元年4月30日',
    '2025/2/30',
    '2023/2/29',
    'R7.13.1',
    '2025/4/31',
    'S64.1.8',
    'R0.4.1',
    '12月',
    '4/1',
    'そのうち',
    '2025/4',
    'R7.12',
    '令和7年12月',
  ])('rejects %s as a day', (text) => {
    expect(parseDateCell(text)).toEqual(invalid(text));
  });

  it('reads month-only values only when allowed', () => {
    const opts = { allowMonth: true };
    expect(parseDateCell('R7.12', opts)).toEqual(month('2025-12'));
    expect(parseDateCell('令和7年12月', opts)).toEqual(month('2025-12'));
    expect(parseDateCell('2025年12月', opts)).toEqual(month('2025-12'));
    expect(parseDateCell('2025/12', opts)).toEqual(month('2025-12'));
    expect(parseDateCell('2025-12', opts)).toEqual(month('2025-12'));
    expect(parseDateCell('Ｒ７．１２', opts)).toEqual(month('2025-12'));
    expect(parseDateCell('H31.4', opts)).toEqual(month('2019-04'));
    expect(parseDateCell('R1.5', opts)).toEqual(month('2019-05'));
    expect(parseDateCell('R7.4.1', opts)).toEqual(day('2025-04-01'));
    expect(parseDateCell('R1.4', opts)).toEqual(invalid('R1.4'));
    expect(parseDateCell('H31.5', opts)).toEqual(invalid('H31.5'));
    expect(parseDateCell('R7.13', opts)).toEqual(invalid('R7.13'));
    expect(parseDateCell('12月', opts)).toEqual(invalid('12月'));
  });
});

describe('formatDate', () => {
  it('formats days and months in both styles', () => {
    expect(formatDate('2025-04-01', 'wareki')).toBe('令和7年4月1日');
    expect(formatDate('2019-05-01', 'wareki')).toBe('令和元年5月1日');
    expect(formatDate('2019-04-30', 'wareki')).toBe('平成31年4月30日');
    expect(formatDate('1989-01-07', 'wareki')).toBe('昭和64年1月7日');
    expect(formatDate('2025-12', 'wareki')).toBe('令和7年12月');
    expect(formatDate('2019-05', 'wareki')).toBe('令和元年5月');
    expect(formatDate('2025-04-01', 'seireki')).toBe('2025/04/01');
    expect(formatDate('2025-12', 'seireki')).toBe('2025年12月');
    expect(formatDate(null, 'wareki')).toBe('');
  });

  it('round-trips through parseDateCell', () => {
    for (const iso of ['2019-04-30', '2019-05-01', '1989-01-08', '2031-02-28', '1926-12-25']) {
      expect(parseDateCell(formatDate(iso, 'wareki'))).toEqual(day(iso));
      expect(parseDateCell(formatDate(iso, 'seireki'))).toEqual(day(iso));
    }
    expect(parseDateCell(formatDate('2025-12', 'wareki'), { allowMonth: true })).toEqual(month('2025-12'));
    expect(parseDateCell(formatDate('2025-12', 'seireki'), { allowMonth: true })).toEqual(month('2025-12'));
  });
});

describe('ageAt', () => {
  it('counts full years', () => {
    expect(ageAt('2015-04-02', '2025-04-01')).toBe(9);
    expect(ageAt('2015-04-01', '2025-04-01')).toBe(10);
    expect(ageAt('2016-02-29', '2025-02-28')).toBe(8);
    expect(ageAt(null, '2025-04-01')).toBeNull();
    expect(ageAt('2026-01-01', '2025-04-01')).toBeNull();
  });
});

describe('dates a CSV carries as Excel writes them', () => {
  it('a serial number as text reads as the same number does from xlsx', async () => {
    const { parseDateCell: parse } = await import('../../shared/ledger/dates');
    expect(parse('45850')).toEqual(parse(45850));
    expect(parse('45850')).toEqual({ kind: 'date', iso: '2025-07-12' });
    expect(parse('４５８５０')).toEqual({ kind: 'date', iso: '2025-07-12' });
    expect(parse('5')).toEqual({ kind: 'invalid', text: '5' });
    expect(parse('45850.5')).toEqual({ kind: 'invalid', text: '45850.5' });
  });
  it('a year alone is not the serial of a day in 1905, as text or as a number', async () => {
    const { parseDateCell: parse } = await import('../../shared/ledger/dates');
    expect(parse('2025')).toEqual({ kind: 'invalid', text: '2025' });
    expect(parse(2025)).toEqual({ kind: 'invalid', text: '2025' });
  });
  it('extra columns store a written day as ISO, and leave digits, months and other text as written', async () => {
    const { canonicalExtraText } = await import('../../shared/ledger/dates');
    expect(canonicalExtraText('2025/5/24')).toBe('2025-05-24');
    expect(canonicalExtraText('R7.5.24')).toBe('2025-05-24');
    expect(canonicalExtraText('2025/5/24 0:00')).toBe('2025-05-24');
    expect(canonicalExtraText('2025-05-24')).toBe('2025-05-24');
    expect(canonicalExtraText('45850')).toBe('45850');
    expect(canonicalExtraText('20250524')).toBe('20250524');
    expect(canonicalExtraText('2025/5')).toBe('2025/5');
    expect(canonicalExtraText('2025/2/30')).toBe('2025/2/30');
    expect(canonicalExtraText('有')).toBe('有');
  });
});
