// Matching runs on a normalized copy of the text, replacements on the text as written. A note typed with
// half-width ｶﾅ, full-width digits (Ｈ２８．４．１) or an old-style kanji (髙, 﨑) must match the name or the date
// it spells, but the rest of the sentence must come out exactly as the author wrote it; so each character of
// the normalized view remembers the stretch of the original it came from.

/** Kanji that ledgers and notes write both ways (髙橋 / 高橋): folded onto one form before comparing. */
const VARIANTS: Readonly<Record<string, string>> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  '𠮷': '吉',
  邊: '辺',
  邉: '辺',
  澤: '沢',
  濱: '浜',
  齋: '斎',
  齊: '斉',
  嶋: '島',
  嶌: '島',
  廣: '広',
  國: '国',
  櫻: '桜',
  眞: '真',
  惠: '恵',
  德: '徳',
  冨: '富',
};

/** Half-width voiced marks and combining (semi-)voiced marks belong to the character before them. */
const JOINS_PREVIOUS = /[\uff9e\uff9f\u3099\u309a]/;

export interface TextView {
  /** NFKC, variant kanji folded. */
  text: string;
  /** For each UTF-16 unit of `text`: where its source stretch starts and ends in the original. */
  from: number[];
  to: number[];
}

function fold(text: string): string {
  let out = '';
  for (const ch of text) out += VARIANTS[ch] ?? ch;
  return out;
}

export function textView(source: string): TextView {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < source.length) {
    const cp = source.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < source.length && JOINS_PREVIOUS.test(source[j]!)) j += 1;
    const piece = fold(source.slice(i, j).normalize('NFKC'));
    for (let k = 0; k < piece.length; k += 1) {
      from.push(i);
      to.push(j);
    }
    text += piece;
    i = j;
  }
  return { text, from, to };
}

/** The normalized form alone, for the names and dates the text is compared with. */
export function normalized(text: string): string {
  return textView(text).text;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Replaces every stretch of the original covered by `ranges` (positions in the view) with `mark`; overlapping
 * or touching ranges become one mark, so 山田花子 found as 山田 and 花子 reads 〇〇, not 〇〇〇〇.
 */
export function replaceRanges(source: string, view: TextView, ranges: readonly Range[], mark: string): string {
  if (ranges.length === 0) return source;
  const spans = ranges
    .filter((r) => r.end > r.start)
    .map((r) => ({ start: view.from[r.start]!, end: view.to[r.end - 1]! }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  let open: { start: number; end: number } | null = null;
  for (const span of spans) {
    if (open && span.start <= open.end) {
      open.end = Math.max(open.end, span.end);
      continue;
    }
    if (open) {
      out += source.slice(at, open.start) + mark;
      at = open.end;
    }
    open = { ...span };
  }
  if (open) {
    out += source.slice(at, open.start) + mark;
    at = open.end;
  }
  return out + source.slice(at);
}
