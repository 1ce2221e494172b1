// The names to hide, as the text may write them: a full name with or without the space between family and
// given name, each part alone, in kanji, hiragana and katakana (half-width ｶﾅ is folded by the text view).
// Fields such as 保護者 or a board person's label hold more than a name (母 山田花子、父（不明）); the role
// and status words in them are family words, never masked, or a sentence about 母 would lose its subject.
import { normalized } from './text-view';

/** Words for a family member or the child. Never masked themselves; honorific-marked names next to them are. */
export const FAMILY_WORDS: readonly string[] = [
  '母親',
  '父親',
  '祖母',
  '祖父',
  '祖父母',
  '曾祖母',
  '曾祖父',
  '叔母',
  '伯母',
  '叔父',
  '伯父',
  '兄弟',
  '姉妹',
  'きょうだい',
  '長男',
  '長女',
  '次男',
  '次女',
  '二男',
  '二女',
  '三男',
  '三女',
  '本児',
  '本人',
  '妊婦',
  '夫',
  '妻',
  '兄',
  '姉',
  '弟',
  '妹',
  '母',
  '父',
  '継母',
  '継父',
  '養母',
  '養父',
  '実母',
  '実父',
  '義母',
  '義父',
  '里母',
  '里父',
  '内縁夫',
  '内縁妻',
  '内夫',
  '内妻',
  '交際相手',
  '同居人',
  'おば',
  'おじ',
  'ママ',
  'パパ',
  '異父兄',
  '異父姉',
  '異母兄',
  '異母姉',
  '孫',
  '従兄',
  '従姉',
];

/** What a name field holds when it holds no name. */
const STATUS_WORDS = new Set([
  '不明',
  '不詳',
  '未確認',
  '未定',
  '未記入',
  '胎児',
  'その他',
  '他',
  '知人',
  '友人',
  '内縁',
  '死亡',
  '故人',
  '児童',
  '対象児',
  '家族',
  '世帯主',
  '保護者',
  '養育者',
  '特定妊婦',
  'なし',
  '無し',
  '同居',
  '別居',
  '離婚',
  '死別',
]);

const ROLE_PREFIX = /^(?:元|前|現|実|継|養|義|里|亡|内縁の|異父|異母|父方の?|母方の?)/;
const COUNT_SUFFIX = /[0-9０-９①-⑳]+$/;
const familySet = new Set(FAMILY_WORDS);

/** 母, 実母, 元夫, きょうだい2, 父方祖母, 不明 …: a word that says who, not a name. */
export function isRoleWord(word: string): boolean {
  const bare = word.trim().replace(COUNT_SUFFIX, '');
  if (bare === '') return true;
  if (familySet.has(bare) || STATUS_WORDS.has(bare)) return true;
  const stripped = bare.replace(ROLE_PREFIX, '');
  return stripped !== bare && (stripped === '' || familySet.has(stripped) || STATUS_WORDS.has(stripped));
}

/** Between family and given name: spaces, 中黒, the equals sign some systems use. */
const PART_SEPARATOR = /[\s・=]+/;
/** Between several people or a name and its note in one field: 、 , / ; brackets, colons, line breaks. */
const ENTRY_SEPARATOR = /[、,，/／;；()（）「」[\]【】:：\n]+/;

const KANJI = /^[\u3400-\u9fff\uf900-\ufaff\u3005\u3006\u30f6]+$/;

/**
 * The names in a field: entries split on list separators and brackets, role words dropped, and a role word
 * written before or after a name (母 山田花子) dropped from it. Values are normalized (NFKC, variant kanji).
 */
export function nameEntries(value: string | null | undefined): string[][] {
  if (!value) return [];
  const out: string[][] = [];
  for (const entry of normalized(value).split(ENTRY_SEPARATOR)) {
    const parts = entry.split(PART_SEPARATOR).filter((p) => p !== '');
    while (parts.length > 0 && isRoleWord(parts[0]!)) parts.shift();
    while (parts.length > 0 && isRoleWord(parts[parts.length - 1]!)) parts.pop();
    if (parts.length > 0) out.push(parts);
  }
  return out;
}

export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

export interface NameTokens {
  /** Strings of two characters or more, masked wherever they stand (within the script's word boundaries). */
  tokens: Set<string>;
  /** One-character name parts (林, 翔): masked only when an honorific follows, or 林町 would lose its 林. */
  singles: Set<string>;
  /** Family names (the first part of a separated name), for the honorific rule (山田翔太くん). */
  families: Set<string>;
}

export function emptyNameTokens(): NameTokens {
  return { tokens: new Set(), singles: new Set(), families: new Set() };
}

function addPart(into: NameTokens, part: string): void {
  for (const variant of new Set([part, toKatakana(part), toHiragana(part)])) {
    if (variant.length >= 2) into.tokens.add(variant);
    else if (variant.length === 1) into.singles.add(variant);
  }
}

/**
 * Adds one person's name. A kanji name written without a space (山田花子) is split after a known family name
 * when it starts with one; otherwise every split is taken (山田|花子, 山|田花子, 山田花|子), since the given
 * name alone must go whichever split is right; the odd pieces (田花子) are harmless, they occur in no word.
 */
export function addName(into: NameTokens, parts: readonly string[]): void {
  if (parts.length === 0) return;
  for (const joiner of [' ', '', '・']) {
    const full = parts.join(joiner);
    addPart(into, full);
  }
  if (parts.length > 1) {
    for (const part of parts) addPart(into, part);
    if (KANJI.test(parts[0]!) || parts[0]!.length >= 2) into.families.add(parts[0]!);
    return;
  }
  const whole = parts[0]!;
  if (!KANJI.test(whole) || whole.length < 3) return;
  const family = [...into.families]
    .filter((f) => whole.startsWith(f) && f.length < whole.length)
    .sort((a, b) => b.length - a.length)[0];
  if (family) {
    addPart(into, whole.slice(family.length));
    return;
  }
  for (let k = 1; k < whole.length; k += 1) {
    const head = whole.slice(0, k);
    const tail = whole.slice(k);
    if (head.length >= 2) into.tokens.add(head);
    if (tail.length >= 2) into.tokens.add(tail);
  }
}
