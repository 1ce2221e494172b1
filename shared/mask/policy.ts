// The one masking policy: every masked output (handout, minutes in every format, the board picture in them)
// and the projector hide the same things, built here from the meeting's cases. For each case: the child's
// name and kana, the guardian fields, person-name columns the ledger brought along (父氏名 …), everyone on
// the case's whiteboard, and their birth dates; plus names the sentence marks with an honorific next to a
// family word or a known family name, and any date the text calls a birth date. What is found becomes 〇〇.
//
// Trade-offs, chosen on purpose:
// - Free text gets 〇〇, not role labels: a name usually follows its family word already (母の花子さん), and
//   母の母さん would read as nonsense. Role labels are for the board's person symbols (shared/board/mask.ts).
// - Kanji name parts are masked wherever they stand: 山田 in 山田町 or a given name inside an agency name
//   (さくら保育園 for a child named さくら) is masked too. Over-masking a place is the price of never leaking
//   a child; kana parts at least respect the script's word boundaries, and one-character parts (林, 翔) are
//   masked only before an honorific.
// - Staff are never a source of names: a facilitator's name is masked only where it equals a case person's.
import type { BoardDoc } from '../board/types';
import type { LedgerCase } from '../ledger/case';
import { parseDateCell } from '../ledger/dates';
import { birthDateRanges } from './birth-dates';
import { honorificRule } from './honorifics';
import { addName, emptyNameTokens, nameEntries, type NameTokens } from './names';
import { normalized, replaceRanges, textView, type Range } from './text-view';

/** Stands for whatever was hidden (the usual redaction mark in Japanese papers). */
export const REDACTED = '〇〇';

export interface MaskSources {
  /** Ledger rows of every case in the meeting. */
  cases: readonly LedgerCase[];
  /** Every whiteboard of those cases (current ones and the meeting's snapshots): only its persons are read. */
  boards?: readonly Pick<BoardDoc, 'persons'>[];
  /** Staff names (facilitator, operator): never masked by the honorific rule. */
  staff?: readonly (string | null)[];
}

export interface MaskPolicy {
  /** The text with every name and birth date of the sources replaced by 〇〇; text with none is returned as is. */
  scrub(text: string): string;
}

/** Ledger columns (kept under their own header) that hold a person's name or birth date. */
const NAME_HEADER = /(?:氏名|名前|保護者|ふりがな|フリガナ|カナ|かな)/;
const DATE_HEADER = /(?:生年月日|誕生日)/;
const STAFF_HEADER = /(?:担当|職員|記入|作成|機関|学校|園|所属|住所|電話)/;

const HIRA = '\\u3041-\\u309f';
const KATA = '\\u30a1-\\u30fa\\u30fc';
/** After a hiragana name, a hiragana particle or honorific may follow; any other hiragana means a longer word. */
const HIRA_END_LONG = `(?=$|[^${HIRA}]|ちゃん|さん|くん|さま|たん|は|が|の|を|に|へ|と|も|や|で|から|より|まで|って)`;
const HIRA_END_SHORT = `(?=$|[^${HIRA}]|ちゃん|さん|くん|さま|たん)`;

function script(ch: string): 'hira' | 'kata' | 'other' {
  if (/[\u3041-\u309f]/.test(ch)) return 'hira';
  if (/[\u30a1-\u30fa\u30fc]/.test(ch)) return 'kata';
  return 'other';
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A token with the word boundaries of its script at both ends (kanji has none to offer). */
function tokenPattern(token: string): string {
  const first = script(token[0]!);
  const last = script(token[token.length - 1]!);
  const before = first === 'hira' ? `(?<![${HIRA}])` : first === 'kata' ? `(?<![${KATA}])` : '';
  const after =
    last === 'hira' ? (token.length >= 3 ? HIRA_END_LONG : HIRA_END_SHORT) : last === 'kata' ? `(?![${KATA}])` : '';
  return `${before}${escape(token)}${after}`;
}

function collect(sources: MaskSources): { names: NameTokens; dates: Set<string> } {
  const entries: string[][] = [];
  const dates = new Set<string>();
  const addDate = (value: string | null | undefined) => {
    if (!value) return;
    const parsed = parseDateCell(value);
    if (parsed.kind === 'date') dates.add(parsed.iso);
  };
  for (const c of sources.cases) {
    for (const value of [c.name, c.kana, c.guardianName, c.guardianRelation]) entries.push(...nameEntries(value));
    addDate(c.birthDate);
    for (const [header, value] of Object.entries(c.extra)) {
      if (STAFF_HEADER.test(header)) continue;
      if (NAME_HEADER.test(header)) entries.push(...nameEntries(value));
      if (DATE_HEADER.test(header)) addDate(value);
    }
  }
  for (const board of sources.boards ?? []) {
    for (const p of board.persons) {
      entries.push(...nameEntries(p.label));
      addDate(p.birthDate);
    }
  }
  // Separated names first: their family names split the ones written without a space (山田花子).
  const names = emptyNameTokens();
  for (const parts of entries.filter((e) => e.length > 1)) addName(names, parts);
  for (const parts of entries.filter((e) => e.length === 1)) addName(names, parts);
  return { names, dates };
}

export function makeMaskPolicy(sources: MaskSources): MaskPolicy {
  const { names, dates } = collect(sources);
  const keep = new Set(
    (sources.staff ?? [])
      .flatMap((s) => (s ? normalized(s).split(/[\s・]+/) : []))
      .filter((s) => s !== '' && !names.tokens.has(s)),
  );
  const tokens = [...names.tokens].sort((a, b) => b.length - a.length);
  const pattern = tokens.length > 0 ? new RegExp(tokens.map(tokenPattern).join('|'), 'g') : null;
  const honorifics = honorificRule(names.families, names.singles, keep);
  return {
    scrub(text) {
      if (text === '') return text;
      const view = textView(text);
      const ranges: Range[] = [];
      if (pattern)
        for (const m of view.text.matchAll(pattern)) ranges.push({ start: m.index, end: m.index + m[0].length });
      ranges.push(...honorifics.ranges(view.text), ...birthDateRanges(view.text, dates));
      return replaceRanges(text, view, ranges, REDACTED);
    },
  };
}

/** No masking: the text as written. */
export const NO_MASK: MaskPolicy = { scrub: (text) => text };
