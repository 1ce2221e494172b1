// Search, filters and sort for the ledger table. Runs on every keystroke over up to ~10,000 cases,
// so per-case work is plain string operations: search keys are built once per call, no regex per row.
import {
  CLASSIFICATIONS,
  REGISTRATIONS,
  RISK_LEVELS,
  SEXES,
  registrationOf,
  STATUSES,
  type CaseStatus,
  type Classification,
  type LedgerCase,
  type Registration,
  type RiskLevel,
} from './case';

export interface LedgerQuery {
  /** Substring of name, kana or caseNo; spaces ignored, katakana matches hiragana. */
  text?: string;
  classification?: Classification[];
  /** 登録区分; an absent one is 要対協登録. */
  registration?: Registration[];
  riskLevel?: RiskLevel[];
  leadAgency?: string[];
  status?: CaseStatus[];
  /** ISO day: keep cases whose next review is on or before it (a month counts from its first day). */
  reviewDueBy?: string;
  /** Nulls always sort last. riskLevel sorts by severity (asc: 危惧 first, desc: 生命の危険 first). */
  sort?: { field: keyof LedgerCase; direction: 'asc' | 'desc' };
}

const SPACES = /\s+/g;
const KATAKANA = /[\u30a1-\u30f6]/g;
// Katakana ァ..ヶ sit exactly 0x60 above hiragana ぁ..ゖ.
const toHiragana = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0x60);

/** Text NFKC leaves alone: ASCII, kana, common kanji and the ideographic space. Checked to skip the costly call. */
const NFKC_STABLE = /^[\u0000-\u007f\u3000\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]*$/;

/** Folds text for search: width (NFKC), case, spaces, katakana → hiragana. */
export function searchKey(text: string): string {
  const folded = NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
  return folded.toLowerCase().replace(SPACES, '').replace(KATAKANA, toHiragana);
}

/**
 * Built lazily once per case object: the table re-queries the same list on every keystroke. Cases are
 * treated as immutable (an edit produces a new object), so a cached key never goes stale.
 */
const searchKeys = new WeakMap<LedgerCase, string>();

function caseSearchKey(c: LedgerCase): string {
  let key = searchKeys.get(c);
  if (key === undefined) {
    // \u0000 keeps a match from spanning two fields.
    key = `${searchKey(c.caseNo)}\u0000${c.name ? searchKey(c.name) : ''}\u0000${c.kana ? searchKey(c.kana) : ''}`;
    searchKeys.set(c, key);
  }
  return key;
}

const collator = new Intl.Collator('ja', { numeric: true });

function enumRank<T extends string>(order: readonly T[], reverse = false): (v: T) => number {
  const index = new Map(order.map((v, i) => [v, reverse ? order.length - 1 - i : i]));
  return (v) => index.get(v) ?? order.length;
}

const RANKS: Partial<Record<keyof LedgerCase, (v: string) => number>> = {
  classification: enumRank<string>(CLASSIFICATIONS),
  riskLevel: enumRank<string>(RISK_LEVELS, true),
  sex: enumRank<string>(SEXES),
  status: enumRank<string>(STATUSES),
  registration: enumRank<string>(REGISTRATIONS),
};

type SortKey = string | number | null;

function sortKeyOf(c: LedgerCase, field: keyof LedgerCase): SortKey {
  // An absent 登録区分 sorts as the 要対協登録 it means, not after every other value.
  const value = field === 'registration' ? registrationOf(c) : c[field];
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.join('、') : null;
  if (typeof value !== 'string') return null; // `extra` has no order of its own
  const rank = RANKS[field];
  return rank ? rank(value) : value;
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function queryCases(cases: readonly LedgerCase[], q: LedgerQuery): LedgerCase[] {
  const needle = q.text ? searchKey(q.text) : '';
  const classes = q.classification?.length ? new Set<string>(q.classification) : null;
  const registrations = q.registration?.length ? new Set<string>(q.registration) : null;
  const risks = q.riskLevel?.length ? new Set<string>(q.riskLevel) : null;
  const leads = q.leadAgency?.length ? new Set(q.leadAgency) : null;
  const statuses = q.status?.length ? new Set<string>(q.status) : null;
  const dueBy = q.reviewDueBy ?? null;

  const result = cases.filter((c) => {
    if (classes && (c.classification === null || !classes.has(c.classification))) return false;
    if (registrations && !registrations.has(registrationOf(c))) return false;
    if (risks && (c.riskLevel === null || !risks.has(c.riskLevel))) return false;
    if (leads && (c.leadAgency === null || !leads.has(c.leadAgency))) return false;
    if (statuses && !statuses.has(c.status)) return false;
    if (dueBy !== null) {
      if (c.nextReview === null) return false;
      const start = c.nextReview.length === 7 ? `${c.nextReview}-01` : c.nextReview;
      if (start > dueBy) return false;
    }
    return needle === '' || caseSearchKey(c).includes(needle);
  });

  if (!q.sort) return result;
  const { field, direction } = q.sort;
  const sign = direction === 'asc' ? 1 : -1;
  // Keys computed once per case; a stable sort keeps the input order among equals.
  const keyed = result.map((c) => ({ c, key: sortKeyOf(c, field) }));
  keyed.sort((x, y) => {
    if (x.key === null || y.key === null) return x.key === y.key ? 0 : x.key === null ? 1 : -1;
    return sign * compareKeys(x.key, y.key);
  });
  return keyed.map((k) => k.c);
}
