// Masked case labels for handouts that leave the room: the case number plus romaji initials taken from
// the kana, family name first as the ledger writes it (やまだ はなこ → 'R7-0001 Y.H.'). Romaji initials
// are what case reports and 検証報告 in Japan use, and they read the same in any font; the kanji name is
// never shown, and a case without usable kana shows only its number rather than a guess.

/** Hepburn initial of each hiragana (katakana is folded onto hiragana first): し → S, ち → C, ふ → F, じ → J. */
const INITIALS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['あぁ', 'A'],
      ['いぃゐ', 'I'],
      ['うぅ', 'U'],
      ['えぇゑ', 'E'],
      ['おぉを', 'O'],
      ['かきくけこゕゖ', 'K'],
      ['がぎぐげご', 'G'],
      ['さしすせそ', 'S'],
      ['ずざぜぞづ', 'Z'],
      ['じぢ', 'J'],
      ['たつてと', 'T'],
      ['ち', 'C'],
      ['だでど', 'D'],
      ['なにぬねのん', 'N'],
      ['はひへほ', 'H'],
      ['ふ', 'F'],
      ['ばびぶべぼ', 'B'],
      ['ぱぴぷぺぽ', 'P'],
      ['まみむめも', 'M'],
      ['やゆよゃゅょ', 'Y'],
      ['らりるれろ', 'R'],
      ['わゎ', 'W'],
      ['ゔ', 'V'],
    ] as const
  ).flatMap(([chars, initial]) => [...chars].map((ch) => [ch, initial] as const)),
);

// Katakana ァ..ヶ sit exactly 0x60 above hiragana ぁ..ゖ.
const KATAKANA_FIRST = 0x30a1;
const KATAKANA_LAST = 0x30f6;
/** Between family and given names: spaces, 中黒, the equals sign some systems use. */
const SEPARATOR = /[\s・･=＝]+/;

function toHiragana(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= KATAKANA_FIRST && code <= KATAKANA_LAST ? String.fromCharCode(code - 0x60) : ch;
}

/** Romaji initials of a kana name ('やまだ はなこ' → 'Y.H.'); null when any part does not start with kana. */
export function kanaInitials(kana: string | null): string | null {
  if (!kana) return null;
  // NFKC turns half-width ｶﾅ into full-width; safe here because only the initials leave this function.
  const parts = kana
    .normalize('NFKC')
    .trim()
    .split(SEPARATOR)
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const initials: string[] = [];
  for (const part of parts) {
    const initial = INITIALS.get(toHiragana(part.charAt(0)));
    if (!initial) return null;
    initials.push(`${initial}.`);
  }
  return initials.join('');
}

/** caseNo and initials, e.g. 'R7-0001 Y.H.'; just the caseNo when the kana gives no initials. */
export function maskedLabel(c: { caseNo: string; kana: string | null }): string {
  const initials = kanaInitials(c.kana);
  return initials ? `${c.caseNo} ${initials}` : c.caseNo;
}
