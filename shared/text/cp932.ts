// Which characters survive a CP932 (Windows シフトJIS) save, and spotting the 「?」 such a save leaves behind.
// The table is built from the platform's own WHATWG Shift_JIS decoder (= CP932: JIS X 0208 plus the NEC and
// IBM extensions, so ① and 髙 are in it, 𠮷 and emoji are not), decoding every byte sequence once: no table
// in the source and no dependency, and the same answer in Node and in the browser.

let table: Set<number> | null = null;

function encodableSet(): Set<number> {
  if (table) return table;
  const bytes: number[] = [];
  for (let b = 0; b < 0x80; b++) bytes.push(b);
  for (let b = 0xa1; b <= 0xdf; b++) bytes.push(b);
  const leads = [...range(0x81, 0x9f), ...range(0xe0, 0xef), ...range(0xfa, 0xfc)]; // F0–F9: user-defined
  for (const lead of leads) for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) bytes.push(lead, trail);
  const text = new TextDecoder('shift_jis').decode(new Uint8Array(bytes));
  table = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff)) table.add(cp);
  }
  return table;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** True when the one character (code point) `ch` can be written in CP932. */
export function cp932Encodable(ch: string): boolean {
  return encodableSet().has(ch.codePointAt(0) ?? 0);
}

/** The characters of `text` a CP932 save would turn into 「?」, each once, in order of appearance. */
export function cp932Unencodable(text: string): string[] {
  const seen: string[] = [];
  for (const ch of text) if (!cp932Encodable(ch) && !seen.includes(ch)) seen.push(ch);
  return seen;
}

/**
 * True when `incoming` is `stored` after a CP932 save: equal code point by code point except that every
 * difference is a 「?」 where `stored` has a character CP932 cannot hold (and there is at least one).
 */
export function isCp932Mangled(stored: string, incoming: string): boolean {
  if (stored === incoming || !incoming.includes('?')) return false;
  const s = [...stored];
  const i = [...incoming];
  if (s.length !== i.length) return false;
  let replaced = false;
  for (let k = 0; k < s.length; k++) {
    if (s[k] === i[k]) continue;
    if (i[k] !== '?' || cp932Encodable(s[k]!)) return false;
    replaced = true;
  }
  return replaced;
}

export interface Cp932Loss {
  /** Cells that would lose characters. */
  cells: number;
  /** A few of them (row label, header, the characters lost) for the warning. */
  examples: { row: string; header: string; chars: string[] }[];
}

/** What a CP932 save of a table (header row first; the first column labels each row) would lose. */
export function cp932Loss(rows: readonly (readonly string[])[], maxExamples = 5): Cp932Loss {
  const loss: Cp932Loss = { cells: 0, examples: [] };
  const header = rows[0] ?? [];
  for (const row of rows.slice(1)) {
    row.forEach((cell, c) => {
      const chars = cp932Unencodable(cell);
      if (chars.length === 0) return;
      loss.cells++;
      if (loss.examples.length < maxExamples) loss.examples.push({ row: row[0] ?? '', header: header[c] ?? '', chars });
    });
  }
  return loss;
}

/** The Japanese warning shown (and printed by the CLI) before a CP932 CSV is written; null when nothing is lost. */
export function cp932LossMessage(loss: Cp932Loss): string | null {
  if (loss.cells === 0) return null;
  const examples = loss.examples.map((e) => `${e.row}「${e.header}」の ${e.chars.join(' ')}`).join('、');
  return `シフトJIS（CP932）では ${loss.cells} 個のセルの文字が「?」に置き換わります（例: ${examples}${loss.cells > loss.examples.length ? ' など' : ''}）。文字を残すには UTF-8 を選んでください。`;
}
