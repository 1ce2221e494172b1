// Which cells of an xlsx hold dates, and which day a serial number names. A date in xlsx is a number
// whose cell style has a date format; the file says so only through styles.xml (cellXfs → numFmtId →
// a built-in id or a custom format code).
import { attr, decodeText, findTag, prefixOf, tagEnd } from './xlsx-xml';

/**
 * Built-in date/time formats: 14–22 everywhere; in a Japanese Excel also 27–36 and 50–58 (和暦 and
 * 年月日 forms such as [$-411]ge.m.d and yyyy"年"m"月"d"日"), which the file names by id only.
 */
export function isBuiltinDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/**
 * A custom format code is a date when, outside quoted text, escapes and [..] sections (colours,
 * conditions, the [$-ja-JP-x-gannen] locale), it uses a date or time part: y m d (year, month, day),
 * e g (和暦 era and year), b (Buddhist year), h s (a time names a day too). "General" and the exponent
 * of 0.00E+00 are not dates.
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '')
    .replace(/e[+-]/gi, '');
  return /[ymdegbhs]/i.test(bare);
}

/** styles.xml → for each cellXfs index (a cell's s attribute), whether that style shows a date. */
export function dateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const p = prefixOf(stylesXml, 'styleSheet');
  const custom = new Map<number, boolean>();
  const fmtsAt = findTag(stylesXml, p + 'numFmts', 0);
  if (fmtsAt >= 0) {
    const fmtsEnd = stylesXml.indexOf(`</${p}numFmts>`, fmtsAt);
    for (let i = findTag(stylesXml, p + 'numFmt', fmtsAt + 1, fmtsEnd); i >= 0;) {
      const { end } = tagEnd(stylesXml, i);
      const id = Number(attr(stylesXml, i, end, 'numFmtId'));
      const code = attr(stylesXml, i, end, 'formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, isDateFormatCode(decodeText(code)));
      i = findTag(stylesXml, p + 'numFmt', end, fmtsEnd);
    }
  }
  const xfsAt = findTag(stylesXml, p + 'cellXfs', 0);
  if (xfsAt < 0) return [];
  const xfsEnd = stylesXml.indexOf(`</${p}cellXfs>`, xfsAt);
  const out: boolean[] = [];
  for (let i = findTag(stylesXml, p + 'xf', xfsAt, xfsEnd); i >= 0;) {
    const { end } = tagEnd(stylesXml, i);
    const id = Number(attr(stylesXml, i, end, 'numFmtId') ?? 0);
    // A custom id may also redefine a built-in one; the file's own definition wins.
    out.push(custom.get(id) ?? isBuiltinDateFormat(id));
    i = findTag(stylesXml, p + 'xf', end, xfsEnd);
  }
  return out;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The day (UTC midnight) an Excel serial names. 1900 system: day 1 is 1900-01-01 and Excel counts a
 * 1900-02-29 that never was (serial 60), so serials from 61 on are one day ahead of a plain count; serial
 * 60 reads as 1900-03-01. 1904 system: day 0 is 1904-01-01. The time part is dropped: a date with a time
 * still names its day in Excel's zone-free clock (rounded to the millisecond first, as Excel shows it).
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  // Days since 1970-01-01: 25569 is 1970-01-01's 1900 serial (counting the phantom day), 24107 its 1904 one.
  const days = date1904 ? serial - 24107 : serial < 61 ? serial - 25568 : serial - 25569;
  const ms = Math.round(days * DAY_MS);
  const date = new Date(Math.floor(ms / DAY_MS) * DAY_MS);
  return Number.isNaN(date.getTime()) ? null : date;
}
