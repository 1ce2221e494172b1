// Birth dates in every way people write them: 2016-04-01, 2016/4/1, 2016年4月1日, H28.4.1, 平成28年4月1日,
// 平28.4.1, R元.5.1, 令和元年5月1日, with spaces or full-width digits (the text view has folded those). A date
// is hidden when it is a known birth date of someone in the meeting's cases, and any date, year-month or
// month-day is hidden when the text itself says it is a birth date (…生, …生まれ, 生年月日：…), known or not.
import type { Range } from './text-view';

const ERA_YEARS: Readonly<Record<string, number>> = {
  令和: 2019,
  令: 2019,
  R: 2019,
  平成: 1989,
  平: 1989,
  H: 1989,
  昭和: 1926,
  昭: 1926,
  S: 1926,
  大正: 1912,
  T: 1912,
  明治: 1868,
  M: 1868,
};
const ERA = '(令和|平成|昭和|大正|明治|令|平|昭|[RHSTMrhstm])\\s*(\\d{1,2}|元)';
const WESTERN = '(\\d{4})';
const YEAR_SEP = '\\s*(?:年|[./\\-・])\\s*';
const MONTH_SEP = '\\s*(?:月|[./\\-・])\\s*';
/** Year, month and day; the year in an era or in full. */
const FULL_DATE = new RegExp(
  `(?<![0-9A-Za-z])(?:${ERA}|${WESTERN})${YEAR_SEP}(\\d{1,2})${MONTH_SEP}(\\d{1,2})(?!\\d)(?:\\s*日)?`,
  'g',
);
/** 20160401 as some systems print it. */
const COMPACT_DATE = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;
/** Year and month, or month and day: a birth date only when the text says so. */
const YEAR_MONTH = new RegExp(`(?<![0-9A-Za-z])(?:${ERA}|${WESTERN})${YEAR_SEP}(\\d{1,2})(?!\\d)(?:\\s*月)?`, 'g');
const MONTH_DAY = /(?<![0-9./\-年])(\d{1,2})\s*(?:月|\/)\s*(\d{1,2})(?!\d)(?:\s*日)?/g;

// 生 alone after a date means born on it, but not in 生活, 生徒 …; 先生 before a date says nothing about birth.
const BORN_AFTER = /^\s*[)）]?\s*(?:生まれ|生れ|出生|誕生|生(?![活徒協産命育涯計存理地]))/;
const BORN_BEFORE = /(?:生年月日|誕生日|出生日)\s*[:：は]?\s*[(（]?\s*$/;

function yearOf(era: string | undefined, eraYear: string | undefined, western: string | undefined): number | null {
  if (western) return Number(western);
  if (!era || !eraYear) return null;
  const first = ERA_YEARS[era.length === 1 ? era.toUpperCase() : era] ?? ERA_YEARS[era];
  if (first === undefined) return null;
  return first + (eraYear === '元' ? 1 : Number(eraYear)) - 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function saysBorn(text: string, start: number, end: number): boolean {
  return BORN_AFTER.test(text.slice(end, end + 4)) || BORN_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/** Where the text gives a birth date: one of `known` (ISO days) in any form, or any date marked as a birth date. */
export function birthDateRanges(text: string, known: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  const taken = (start: number, end: number) => ranges.some((r) => start < r.end && end > r.start);
  for (const m of text.matchAll(FULL_DATE)) {
    const year = yearOf(m[1], m[2], m[3]);
    const iso = year === null ? null : `${year}-${pad(Number(m[4]))}-${pad(Number(m[5]))}`;
    const start = m.index;
    const end = start + m[0].length;
    if ((iso !== null && known.has(iso)) || saysBorn(text, start, end)) ranges.push({ start, end });
  }
  for (const m of text.matchAll(COMPACT_DATE)) {
    if (known.has(`${m[1]}-${m[2]}-${m[3]}`)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const re of [YEAR_MONTH, MONTH_DAY]) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken(start, end) && saysBorn(text, start, end)) ranges.push({ start, end });
    }
  }
  return ranges;
}
