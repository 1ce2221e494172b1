// Normalizers for the ledger's coded columns. Each returns 'unknown' with the text as written instead
// of guessing, so the parser can warn and keep the original in `extra` (nothing is lost).
import {
  RISK_LEVELS,
  type AbuseType,
  type CaseStatus,
  type Classification,
  type Registration,
  type RiskLevel,
  type Sex,
} from './case';
import { matchKey, stripNotes } from './text';

export type ValueParse<T> = { kind: 'empty' } | { kind: 'ok'; value: T } | { kind: 'unknown'; text: string };

const EMPTY = { kind: 'empty' } as const;
/** Placeholders people type into coded columns meaning "nothing". */
const NOTHING = new Set(['-', '－', 'ー', '―', '‐', '—', 'なし', '無し', '無']);

/** The vocabulary key of a coded value: notes stripped, width and spaces folded. */
function codeKey(text: string): string {
  return matchKey(stripNotes(text.normalize('NFKC')));
}

function parseWith<T>(text: string | null, read: (key: string) => T | null): ValueParse<T> {
  if (text === null) return EMPTY;
  const raw = text.trim();
  if (raw === '') return EMPTY;
  const key = codeKey(raw);
  if (key === '' || NOTHING.has(key)) return EMPTY;
  const value = read(key);
  return value === null ? { kind: 'unknown', text: raw } : { kind: 'ok', value };
}

const CLASSIFICATION_MARKS: readonly [string, Classification][] = [
  ['要保護', '要保護児童'],
  ['要支援', '要支援児童'],
  ['特定妊婦', '特定妊婦'],
];

/** Which classification a text names (by containing 要保護 / 要支援 / 特定妊婦), if exactly one. */
export function classificationIn(text: string): Classification | null {
  const key = text.normalize('NFKC');
  const found = CLASSIFICATION_MARKS.filter(([mark]) => key.includes(mark));
  return found.length === 1 ? (found[0]?.[1] ?? null) : null;
}

export function normalizeClassification(text: string | null): ValueParse<Classification> {
  return parseWith(text, classificationIn);
}

/**
 * Only the five official levels, after stripping notes (軽度（見守り） → 軽度). Other scales such as
 * 緊急度 AA/A/B/C are not converted: the scales do not correspond.
 */
export function normalizeRisk(text: string | null): ValueParse<RiskLevel> {
  return parseWith(text, (key) => ((RISK_LEVELS as readonly string[]).includes(key) ? (key as RiskLevel) : null));
}

const ABUSE_ALIASES: Record<string, AbuseType> = {
  身体: '身体的',
  身体的: '身体的',
  身: '身体的',
  性: '性的',
  性的: '性的',
  ネグレクト: 'ネグレクト',
  ネ: 'ネグレクト',
  養育放棄: 'ネグレクト',
  育児放棄: 'ネグレクト',
  放任: 'ネグレクト',
  心理: '心理的',
  心理的: '心理的',
  心: '心理的',
};

/** 身体的・心理的 → ['身体的', '心理的'] in written order, duplicates dropped; unreadable pieces listed. */
export function normalizeAbuseTypes(text: string | null): { types: AbuseType[]; unknown: string[] } {
  const types: AbuseType[] = [];
  const unknown: string[] = [];
  if (text === null) return { types, unknown };
  const pieces = stripNotes(text.normalize('NFKC')).split(/[・･、,/\s]+/);
  for (const piece of pieces) {
    if (piece === '' || NOTHING.has(piece)) continue;
    const type = ABUSE_ALIASES[piece.replace(/虐待$/, '')];
    if (type === undefined) unknown.push(piece);
    else if (!types.includes(type)) types.push(type);
  }
  return { types, unknown };
}

const SEX_ALIASES: Record<string, Sex> = {
  男: 'male',
  男性: 'male',
  男児: 'male',
  M: 'male',
  MALE: 'male',
  女: 'female',
  女性: 'female',
  女児: 'female',
  F: 'female',
  FEMALE: 'female',
  不明: 'unknown',
  未確定: 'unknown',
};

export function normalizeSex(text: string | null): ValueParse<Sex> {
  return parseWith(text, (key) => SEX_ALIASES[key.toUpperCase()] ?? null);
}

const REGISTRATION_ALIASES: Record<string, Registration> = {
  要対協: '要対協登録',
  要対協登録: '要対協登録',
  要対協ケース: '要対協登録',
  要保護児童対策地域協議会: '要対協登録',
  要保護児童対策地域協議会登録: '要対協登録',
  センター: 'センター支援',
  センター支援: 'センター支援',
  センターのみ: 'センター支援',
  センター支援のみ: 'センター支援',
  こども家庭センター: 'センター支援',
  こども家庭センター支援: 'センター支援',
  こども家庭センターのみ: 'センター支援',
};

/**
 * 登録区分 from the words ledgers use for it. Only whole words are read: a text such as 要対協→センター
 * (a family moving between the two) names both and is kept as written rather than guessed.
 */
export function normalizeRegistration(text: string | null): ValueParse<Registration> {
  return parseWith(text, (key) => REGISTRATION_ALIASES[key] ?? null);
}

const ACTIVE_WORDS = new Set(['継続', '継続中', '支援中', '進行中', '対応中', '見守り', '見守り中', '登録中']);

/** 終結 means closed (but not 終結予定/終結検討); the usual "ongoing" words mean active. */
export function normalizeStatus(text: string | null): ValueParse<CaseStatus> {
  return parseWith(text, (key) => {
    if (key.includes('終結') && !/予定|検討|見込/.test(key)) return 'closed';
    return ACTIVE_WORDS.has(key) ? 'active' : null;
  });
}

/** 関係機関: split on 、 , ， and line breaks; trimmed, empty pieces removed. */
export function splitAgencies(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(/[、,，\r\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Names are kept exactly as written (no Unicode normalization: 髙/﨑/𠮷 must survive) except that
 * runs of half- or full-width spaces become one half-width space, and the ends are trimmed.
 */
export function normalizeName(text: string | null): string | null {
  if (text === null) return null;
  const t = text.trim().replace(/[ \u3000]+/g, ' ');
  return t === '' ? null : t;
}
