// Lines of Japanese text for a box drawn at a fixed width (the projector's board notes, which SVG cannot
// wrap by itself). Cutting every N characters breaks words in two (「普通のつなが／り」, 「希／望」), which a
// reader at the back of the room stumbles over. A line here ends, in order of preference, after a sentence,
// after a clause mark, or between two phrases (文節: where the kana after a word are followed by a kanji,
// katakana or latin word, as in 「父は｜月に｜一度の｜面会を」, but not 「こども｜家庭センター」); only a run without any of these is cut inside, and never before
// a mark that may not start a line (、。ー small kana and closing brackets). A character counts as one em.

/** Marks that end a sentence, then marks that end a clause (a line may end after them). */
const SENTENCE_END = /[。．！？!?]/u;
const CLAUSE_END = /[、，,；;：:）)」』】・\s]/u;
/** Characters that may not start a line (kinsoku). */
const NO_LINE_START = /[、。，．,.！？!?：:；;）)」』】ー〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・]/u;
const KANA = /[\u3041-\u309f]/u;
/** A phrase's first character after kana: a kanji, katakana, latin letter, digit or opening bracket. */
const PHRASE_START = /[\u4e00-\u9fff\u3005\u30a1-\u30faA-Za-z0-9０-９Ａ-Ｚａ-ｚ（(「『【]/u;

/** A word the kana before `i` can end (a particle or okurigana): kanji, katakana, latin or digits. */
const WORD = /[\u4e00-\u9fff\u3005\u30a1-\u30faー々A-Za-z0-9０-９Ａ-Ｚａ-ｚ]/u;

/**
 * Whether the kana run ending before `i` follows a word (「父は」「面会を」), so the run ends a phrase. A kana run
 * of its own (「こども」家庭センター, 「ひまわり」保育園) is a word that the next one belongs with.
 */
function kanaFollowsWord(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && KANA.test(text[k]!)) k--;
  return k >= 0 && WORD.test(text[k]!);
}

/**
 * How good a line break before `text[i]` is: 3 after a sentence, 2 after a clause, 1 between phrases,
 * 0 inside a word (allowed only when nothing better is in reach), -1 never (kinsoku).
 */
export function breakRank(text: string, i: number): number {
  if (i <= 0 || i >= text.length) return -1;
  const before = text[i - 1]!;
  const after = text[i]!;
  if (NO_LINE_START.test(after) && !/\s/u.test(after)) return -1;
  if (SENTENCE_END.test(before) || before === '\n') return 3;
  if (CLAUSE_END.test(before)) return 2;
  if (KANA.test(before) && PHRASE_START.test(after) && kanaFollowsWord(text, i)) return 1;
  // Inside a latin word or a number there is no break at all.
  if (/[A-Za-z0-9]/u.test(before) && /[A-Za-z0-9]/u.test(after)) return -1;
  return 0;
}

/**
 * `text` in lines of at most `perLine` characters, each ending at the best break in reach. A better break
 * wins unless it leaves the line shorter than a third of `perLine`.
 */
export function wrapPhrases(text: string, perLine: number): string[] {
  const limit = Math.max(1, Math.floor(perLine));
  const lines: string[] = [];
  let rest = text.trim();
  while (rest.length > limit || rest.includes('\n')) {
    let cut = -1;
    const newline = rest.indexOf('\n');
    if (newline >= 0 && newline <= limit) cut = newline;
    else {
      let bestRank = -1;
      for (let i = limit; i >= Math.max(1, Math.ceil(limit / 3)); i--) {
        const rank = breakRank(rest, i);
        if (rank > bestRank) {
          bestRank = rank;
          cut = i;
        }
      }
      // Nothing in reach at all (a long latin word): cut at the width.
      if (cut === -1) cut = limit;
    }
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\s]+/u, '');
  }
  if (rest.length > 0 || lines.length === 0) lines.push(rest);
  return lines;
}

/**
 * `text` cut where a line may break (sentence, clause or phrase ends: breakRank ≥ 1), for a page that lets
 * lines break only there (`<wbr>` between the pieces, `word-break: keep-all`). Joined, the pieces are `text`.
 */
export function phrasePieces(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    if (breakRank(text, i) >= 1) {
      pieces.push(text.slice(start, i));
      start = i;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}
