// Dates as municipal ledgers write them: Excel date cells, Excel serial numbers, Western dates in
// several notations, Japanese-era dates (R7.4.1, 令和元年5月1日, 平成31年3月31日, Ｒ７．４．１), and
// month-only values for 次回確認時期. Nothing is guessed: a value that is not a real calendar day
// (or month, where allowed) inside its era comes back as 'invalid' with the text as written.
import type { Cell } from './grid';
import { isoOfUtcDate } from './text';
import type { DateStyle } from '../time/date-style';

export type DateParse =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'month'; iso: string }
  | { kind: 'invalid'; text: string };

interface Era {
  name: string;
  letter: string;
  /** First and last valid day, ISO; end null for the current era. */
  start: string;
  end: string | null;
  firstYear: number;
}

/** Newest first, so formatting picks the era a day belongs to with the first match. */
const ERAS: readonly Era[] = [
  { name: '令和', letter: 'R', start: '2019-05-01', end: null, firstYear: 2019 },
  { name: '平成', letter: 'H', start: '1989-01-08', end: '2019-04-30', firstYear: 1989 },
  { name: '昭和', letter: 'S', start: '1926-12-25', end: '1989-01-07', firstYear: 1926 },
  { name: '大正', letter: 'T', start: '1912-07-30', end: '1926-12-24', firstYear: 1912 },
  { name: '明治', letter: 'M', start: '1868-10-23', end: '1912-07-29', firstYear: 1868 },
];
const ERA_BY_TOKEN = new Map<string, Era>(
  ERAS.flatMap(
    (e) =>
      [
        [e.name, e],
        [e.letter, e],
      ] as [string, Era][],
  ),
);

const MIN_YEAR = 1868;
const MAX_YEAR = 2199;
/** Excel serial 61 is 1900-03-01; below that Excel's fictional 1900-02-29 shifts every day. */
const MIN_SERIAL = 61;
const MAX_SERIAL = 109_574; // 2199-12-31
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const EMPTY: DateParse = { kind: 'empty' };

const WESTERN_DAY = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)$/;
const WESTERN_MONTH = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月)$/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL_TEXT = /^\d{2,6}$/;
const ERA_DATE =
  /^(令和|平成|昭和|大正|明治|[RHSTM])(\d{1,2}|元)(?:[-/.]|年)(\d{1,2})(?:(?:[-/.]|月)(\d{1,2})日?|月)?$/;
/** A time part that Excel/CSV exports tack on ("2025/4/1 0:00", "2025-04-01T00:00:00.000Z"). */
const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** A weekday note such as 令和7年4月1日（火）. */
const WEEKDAY_SUFFIX = /\([月火水木金土日](?:曜日?)?\)$/;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayIso(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function monthIso(year: number, month: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  return `${year}-${pad2(month)}`;
}

function inEra(era: Era, firstDay: string, lastDay: string): boolean {
  return lastDay >= era.start && (era.end === null || firstDay <= era.end);
}

type TextDate = { kind: 'date' | 'month'; iso: string } | null;

const PLAIN_ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function parseText(raw: string): TextDate {
  // The common case of a 10,000-row import, read before any normalizing.
  const plain = PLAIN_ISO_DAY.exec(raw);
  if (plain) {
    const iso = dayIso(Number(plain[1]), Number(plain[2]), Number(plain[3]));
    return iso ? { kind: 'date', iso } : null;
  }
  // NFKC changes nothing in printable ASCII: skipped there.
  const t = (PRINTABLE_ASCII.test(raw) ? raw : raw.normalize('NFKC'))
    .trim()
    .replace(TIME_SUFFIX, '')
    .replace(/\s+/g, '')
    .replace(WEEKDAY_SUFFIX, '')
    .toUpperCase();

  let m = WESTERN_DAY.exec(t);
  if (m) {
    const iso = dayIso(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
    return iso ? { kind: 'date', iso } : null;
  }
  m = WESTERN_MONTH.exec(t);
  if (m) {
    const iso = monthIso(Number(m[1]), Number(m[2] ?? m[3]));
    return iso ? { kind: 'month', iso } : null;
  }
  m = COMPACT_DAY.exec(t);
  if (m) {
    const iso = dayIso(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { kind: 'date', iso } : null;
  }
  m = ERA_DATE.exec(t);
  if (m) {
    const era = ERA_BY_TOKEN.get(m[1] ?? '');
    if (!era) return null;
    const eraYear = m[2] === '元' ? 1 : Number(m[2]);
    if (eraYear < 1) return null;
    const year = era.firstYear + eraYear - 1;
    const month = Number(m[3]);
    if (m[4] !== undefined) {
      const iso = dayIso(year, month, Number(m[4]));
      return iso && inEra(era, iso, iso) ? { kind: 'date', iso } : null;
    }
    const iso = monthIso(year, month);
    if (!iso) return null;
    // A month belongs to an era when at least one of its days does (H31.4 and R1.5 exist, R1.4 does not).
    const ok = inEra(era, `${iso}-01`, `${iso}-${pad2(daysInMonth(year, month))}`);
    return ok ? { kind: 'month', iso } : null;
  }
  return null;
}

function fromNumber(n: number): DateParse {
  const text = String(n);
  if (!Number.isFinite(n)) return { kind: 'invalid', text };
  // 20250401 typed as a number: far outside the serial range, so it cannot be mistaken for one.
  if (Number.isInteger(n) && n >= 18_680_101 && n <= 21_991_231) {
    const m = COMPACT_DAY.exec(text);
    const iso = m ? dayIso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text };
  }
  if (n < MIN_SERIAL || n > MAX_SERIAL) return { kind: 'invalid', text };
  // 2025 alone is a year someone typed, not the serial of 1905-07-17: no ledger means that day.
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return { kind: 'invalid', text };
  return { kind: 'date', iso: isoOfUtcDate(new Date(EXCEL_EPOCH_MS + Math.floor(n) * DAY_MS)) };
}

/**
 * Reads one cell as a date. Month-only values ("R7.12", "2025年12月") are accepted only with
 * `allowMonth` (次回確認時期); for a day field they are 'invalid', as is a bare "12月" with no year.
 */
export function parseDateCell(cell: Cell, opts: { allowMonth?: boolean } = {}): DateParse {
  if (cell === null || cell === undefined) return EMPTY;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { kind: 'invalid', text: String(cell) };
    const iso = isoOfUtcDate(cell);
    const year = cell.getUTCFullYear();
    return year >= MIN_YEAR && year <= MAX_YEAR ? { kind: 'date', iso } : { kind: 'invalid', text: iso };
  }
  if (typeof cell === 'number') return fromNumber(cell);
  if (typeof cell === 'boolean') return { kind: 'invalid', text: cell ? 'TRUE' : 'FALSE' };
  const raw = cell.trim();
  if (raw === '') return EMPTY;
  // A ledger writes the same few thousand dates over and over (registration days, review months): an import
  // reads each text once. The reading is pure, and callers only read the result.
  const key = opts.allowMonth ? `m${raw}` : `d${raw}`;
  const known = textReadings.get(key);
  if (known) return known;
  const reading = readDateText(raw, opts.allowMonth === true);
  if (textReadings.size >= TEXT_READINGS_MAX) textReadings.clear();
  textReadings.set(key, reading);
  return reading;
}

const TEXT_READINGS_MAX = 20_000;
const textReadings = new Map<string, DateParse>();

function readDateText(raw: string, allowMonth: boolean): DateParse {
  // A date cell that lost its format is saved by Excel's CSV as its serial (45850): the same value as the xlsx
  // number, so it reads the same (whole days only, as Excel writes them).
  const digits = raw.normalize('NFKC');
  if (SERIAL_TEXT.test(digits)) return fromNumber(Number(digits));
  const parsed = parseText(raw);
  if (!parsed || (parsed.kind === 'month' && !allowMonth)) return { kind: 'invalid', text: raw };
  return parsed;
}

const ISO_DAY_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * True when iso is a real calendar day (YYYY-MM-DD) or, with allowMonth, a real month (YYYY-MM), in the
 * years this reader knows (1868–2199). A stored 2025-99-99 or 0001-07-13 is not, and must never be turned
 * into a different day or an age.
 */
export function isRealIsoDate(iso: string, allowMonth = false): boolean {
  const m = ISO_DAY_OR_MONTH.exec(iso);
  if (!m) return false;
  const [, y = '', mo = '', d] = m;
  if (d === undefined) return allowMonth && monthIso(Number(y), Number(mo)) !== null;
  return dayIso(Number(y), Number(mo), Number(d)) !== null;
}

/**
 * For display: 'wareki' → 令和7年4月1日 / 令和元年5月1日 / 令和7年12月; 'seireki' → 2025/04/01 / 2025年12月.
 * null → ''. Text that is not a real ISO day or month is returned unchanged.
 */
export function formatDate(iso: string | null, style: DateStyle): string {
  if (iso === null) return '';
  const m = ISO_DAY_OR_MONTH.exec(iso);
  // Not a real day or month (a bad value already in a database): shown as stored, never shifted.
  if (!m || !isRealIsoDate(iso, true)) return iso;
  const [, y = '', mo = '', d] = m;
  if (style === 'seireki') return d === undefined ? `${y}年${Number(mo)}月` : `${y}/${mo}/${d}`;
  const key = d === undefined ? `${y}-${mo}-01` : iso;
  const era = ERAS.find((e) => key >= e.start);
  if (!era) return formatDate(iso, 'seireki');
  const eraYear = Number(y) - era.firstYear + 1;
  const head = `${era.name}${eraYear === 1 ? '元' : eraYear}年${Number(mo)}月`;
  return d === undefined ? head : `${head}${Number(d)}日`;
}

/** Marks a stored value that is not a real date wherever it is shown, so nobody reads it as one. */
export const BAD_DATE_NOTE = '（日付に誤り）';

/** formatDate for the screen and documents: a value that is not a real day or month keeps its text and gets BAD_DATE_NOTE. */
export function displayDate(iso: string | null, style: DateStyle): string {
  if (iso === null) return '';
  return isRealIsoDate(iso, true) ? formatDate(iso, style) : `${iso}${BAD_DATE_NOTE}`;
}

/** Full years between two ISO days; null when either is missing, not a real day, or on is before birth. */
export function ageAt(birthIso: string | null, onIso: string | null): number | null {
  if (!birthIso || !onIso || !isRealIsoDate(birthIso) || !isRealIsoDate(onIso)) return null;
  const b = ISO_DAY_OR_MONTH.exec(birthIso);
  const o = ISO_DAY_OR_MONTH.exec(onIso);
  if (!b || !o || b[3] === undefined || o[3] === undefined) return null;
  if (onIso < birthIso) return null;
  let age = Number(o[1]) - Number(b[1]);
  if (`${o[2]}-${o[3]}` < `${b[2]}-${b[3]}`) age -= 1;
  return age;
}

/**
 * What an extra column's text means, for comparing only (the text is stored as written): a written day
 * (2025/5/24, 2025-5-24, R7.5.24, 令和7年5月24日, "2025/5/24 0:00") is ISO 2025-05-24, the form an xlsx date cell
 * in that column gives, so the same ledger as xlsx and as CSV compares equal and a re-import changes nothing.
 * Digits alone (45850, 20250524) and months stay as written: in a column of unknown meaning they may be numbers or codes.
 */
export function canonicalExtraText(text: string): string {
  if (/^\d+$/.test(text.normalize('NFKC').trim())) return text;
  const parsed = parseText(text);
  return parsed?.kind === 'date' ? parsed.iso : text;
}
