// Names the meeting's data does not know, marked as names by the sentence itself: an honorific (さん, ちゃん,
// くん, 君, 様) after a name that stands next to a family word (母の花子さん, 兄・翔くん, 花子さん（母）) or after a
// known family name (山田翔太くん). Only the name is replaced: 母の〇〇さん still says who is meant. A title
// (保健師さん, 先生) is left alone, and so is a staff member's name after a known family name; next to a family
// word the sentence says the person is family, so the name goes even when a staff member shares it.
import { FAMILY_WORDS } from './names';
import type { Range } from './text-view';

const HONORIFIC = '(?:ちゃん|ちゃま|さん|さま|くん|君|様|たん)';
/** A name: a run of kanji, of katakana, or of hiragana not starting with a particle. */
const NAME =
  '(?:[\\u3400-\\u9fff\\uf900-\\ufaff\\u3005\\u3006\\u30f6]{1,6}|[\\u30a1-\\u30fa\\u30fc]{1,10}|(?![のはがとにもをへ])[\\u3041-\\u3096]{2,6})';
const CONNECTOR = '(?:の|・|、|\\s|:|\\()?';
const TITLE = /(?:先生|員|師|士|医|長|官|者|皆|みな|方|達|たち)$/;

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

const FAMILY = alternation(FAMILY_WORDS);
const AFTER_FAMILY_WORD = new RegExp(`(?<=(?:${FAMILY})${CONNECTOR})${NAME}(?=${HONORIFIC})`, 'g');
const BEFORE_FAMILY_WORD = new RegExp(`${NAME}(?=${HONORIFIC}\\s*\\((?:${FAMILY})\\))`, 'g');

export interface HonorificRule {
  ranges(text: string): Range[];
}

/** `families`: known family names; `singles`: one-character known name parts; `keep`: staff name parts. */
export function honorificRule(
  families: ReadonlySet<string>,
  singles: ReadonlySet<string>,
  keep: ReadonlySet<string>,
): HonorificRule {
  const patterns = [AFTER_FAMILY_WORD, BEFORE_FAMILY_WORD];
  if (families.size > 0) patterns.push(new RegExp(`(?<=(?:${alternation(families)})\\s?)${NAME}(?=${HONORIFIC})`, 'g'));
  // A one-character given name (翔くん) counts only as a word of its own: 知恵さん keeps its 恵.
  if (singles.size > 0) {
    patterns.push(
      new RegExp(
        `(?<![\\u3400-\\u9fff\\uf900-\\ufaff\\u3005\\u30a1-\\u30fa\\u30fc\\u3041-\\u3096])(?:${alternation(singles)})(?=${HONORIFIC})`,
        'g',
      ),
    );
  }
  return {
    ranges(text) {
      const out: Range[] = [];
      for (const re of patterns) {
        const familyContext = re === AFTER_FAMILY_WORD || re === BEFORE_FAMILY_WORD;
        for (const m of text.matchAll(re)) {
          const name = m[0];
          if (TITLE.test(name) || (!familyContext && keep.has(name))) continue;
          out.push({ start: m.index, end: m.index + name.length });
        }
      }
      return out;
    },
  };
}
