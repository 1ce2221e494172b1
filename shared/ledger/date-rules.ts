// What a date field may hold, beyond being written as an ISO day or month: a real calendar day, inside
// a window plausible for that field. One set of rules for every schema that takes a date (ledger, meetings,
// reports, decisions, boards), so every transport — IPC, HTTP, CLI, write-back — refuses the same values,
// and the same rules for the UI's DateField, so the screen refuses what the backend would.
import { z } from 'zod';
import { parseDateCell } from './dates';

/**
 * birth: a child's or guardian's birth date — not in the future, not before 1900.
 * familyBirth: anyone on a genogram (grandparents, great-grandparents) — not in the future, from 1868 (明治).
 * day: any other day (受理日, 会議の日, 報告日 …). dayOrMonth: a day or a whole month (次回確認時期, 期限).
 */
export type DateRule = 'birth' | 'familyBirth' | 'day' | 'dayOrMonth';

interface RuleSpec {
  allowMonth: boolean;
  min: string;
  /** null: not after today. */
  max: string | null;
}

const RULES: Readonly<Record<DateRule, RuleSpec>> = {
  birth: { allowMonth: false, min: '1900-01-01', max: null },
  familyBirth: { allowMonth: false, min: '1868-01-01', max: null },
  // Wide enough for old registrations and reviews planned years ahead; a typo such as 2205 or 1025 is not.
  day: { allowMonth: false, min: '1900-01-01', max: '2100-12-31' },
  dayOrMonth: { allowMonth: true, min: '1900-01-01', max: '2100-12-31' },
};

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Today as the latest time zone on Earth (UTC+14) sees it. A birth date is refused only when it is after
 * this day, so no machine clock or time zone can refuse a child born today; the council's own time zone
 * setting is not needed for a one-day tolerance.
 */
export function latestTodayIso(now: Date = new Date()): string {
  // Asked once per date cell of an import (tens of thousands of times): formatted once a minute.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== todayCache.minute) {
    todayCache.minute = minute;
    todayCache.iso = new Date(minute * 60_000 + 14 * 3_600_000).toISOString().slice(0, 10);
  }
  return todayCache.iso;
}

const todayCache = { minute: Number.NaN, iso: '' };

/** Month 1–12 and a day that month has (2月31日 has none); the year is the window's business. */
function onCalendar(year: number, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  return day === null || (day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
}

function formatYmd(iso: string): string {
  const [y = '', m = '', d] = iso.split('-');
  return d === undefined ? `${Number(y)}年${Number(m)}月` : `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** Why an ISO value may not go into a field with this rule (Japanese, for the user), or null when it may. */
export function isoDateProblem(iso: string, rule: DateRule, today: string = latestTodayIso()): string | null {
  const spec = RULES[rule];
  const m = ISO.exec(iso);
  if (!m)
    return spec.allowMonth
      ? '日付は YYYY-MM-DD または YYYY-MM で入力してください'
      : '日付は YYYY-MM-DD で入力してください';
  if (m[3] === undefined && !spec.allowMonth) return `「${iso}」は年月だけです。日まで入力してください`;
  if (!onCalendar(Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])))
    return `「${iso}」は存在しない日付です`;
  // A month is inside the window when any of its days is.
  const first = m[3] === undefined ? `${iso}-01` : iso;
  const last = m[3] === undefined ? `${iso}-31` : iso;
  if (last < spec.min) {
    return rule === 'birth' || rule === 'familyBirth'
      ? `生年月日「${formatYmd(iso)}」は${formatYmd(spec.min).slice(0, 5)}より前です。年を確認してください`
      : `「${formatYmd(iso)}」は${formatYmd(spec.min).slice(0, 5)}より前です。年を確認してください`;
  }
  if (spec.max === null && first > today) return `生年月日「${formatYmd(iso)}」が今日より後になっています`;
  if (spec.max !== null && first > spec.max)
    return `「${formatYmd(iso)}」は${formatYmd(spec.max).slice(0, 5)}より後です。年を確認してください`;
  return null;
}

export type DateReading = { ok: true; iso: string | null } | { ok: false; message: string };

const EXAMPLES = '例: 2025/4/1、R7.4.1、令和7年4月1日';

/**
 * Reads what a person typed into a date field (2025/4/1, R7.4.1, 令和7年4月1日, Ｒ７．４．１, and a month
 * such as R9.3 where the rule allows one) with the ledger's date reader; empty text is no date.
 */
export function readDateText(text: string, rule: DateRule, today: string = latestTodayIso()): DateReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, iso: null };
  const { allowMonth } = RULES[rule];
  const parsed = parseDateCell(trimmed, { allowMonth });
  if (parsed.kind === 'date' || parsed.kind === 'month') {
    const problem = isoDateProblem(parsed.iso, rule, today);
    return problem ? { ok: false, message: problem } : { ok: true, iso: parsed.iso };
  }
  if (!allowMonth && parseDateCell(trimmed, { allowMonth: true }).kind === 'month') {
    return { ok: false, message: `「${trimmed}」は年月だけです。日まで入力してください（${EXAMPLES}）` };
  }
  const hint = allowMonth ? `${EXAMPLES}、年月なら R7.12` : EXAMPLES;
  return { ok: false, message: `「${trimmed}」は日付として読めません。存在する日付を入力してください（${hint}）` };
}

/** The zod schema of an ISO date with this rule; "today" is read at validation time. */
export function dateSchema(rule: DateRule) {
  return z.string().superRefine((value, ctx) => {
    const problem = isoDateProblem(value, rule);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

export const birthDateSchema = dateSchema('birth');
export const familyBirthDateSchema = dateSchema('familyBirth');
export const daySchema = dateSchema('day');
export const dayOrMonthSchema = dateSchema('dayOrMonth');
