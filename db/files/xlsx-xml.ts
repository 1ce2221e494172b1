// The little XML the xlsx reader needs, scanned by hand (indexOf over the string, no DOM): a DOM of a
// 50,000-row sheet costs seconds and hundreds of MB, and the reader only ever needs a few element
// kinds with a few attributes. Element names are matched with the document's namespace prefix, if any
// (some generators write <x:c> instead of <c>).

/** The prefix ('' or 'x:') of the document's root element, e.g. root 'worksheet' in '<x:worksheet …>'. */
export function prefixOf(xml: string, root: string): string {
  const at = xml.search(new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>/]`));
  if (at < 0) return '';
  const colon = xml.indexOf(':', at);
  const end = at + 1 + xml.slice(at + 1).search(/[\s>/]/);
  return colon > 0 && colon < end ? xml.slice(at + 1, colon + 1) : '';
}

/**
 * Index of the next start tag `<name` (followed by space, '>' or '/') in xml[from, until), or -1. The
 * search never looks past `until`: a miss inside one cell must not scan the rest of a 50 MB sheet.
 */
export function findTag(xml: string, name: string, from: number, until = xml.length): number {
  const open = '<' + name;
  // A slice of a V8 string is a view (no copy), so bounding the search this way costs nothing.
  const part = until < xml.length ? xml.slice(0, until) : xml;
  for (let i = part.indexOf(open, from); i !== -1; i = part.indexOf(open, i + 1)) {
    const next = part.charCodeAt(i + open.length);
    // space, tab, LF, CR, '>', '/'
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) return i;
  }
  return -1;
}

/** The end of a start tag beginning at `at`: the index of its '>' and whether it closes itself. */
export function tagEnd(xml: string, at: number): { end: number; empty: boolean } {
  const end = xml.indexOf('>', at);
  if (end < 0) throw new Error('unterminated tag');
  return { end, empty: xml.charCodeAt(end - 1) === 47 };
}

/** An attribute's raw value in the start tag xml[from, to), or undefined. Both quote styles. */
export function attr(xml: string, from: number, to: number, name: string): string | undefined {
  const head = xml.slice(from, to);
  for (let i = head.indexOf(name + '='); i !== -1; i = head.indexOf(name + '=', i + 1)) {
    const before = head.charCodeAt(i - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    const quote = head[i + name.length + 1];
    if (quote !== '"' && quote !== "'") continue;
    const start = i + name.length + 2;
    const close = head.indexOf(quote, start);
    return close < 0 ? undefined : head.slice(start, close);
  }
  return undefined;
}

/**
 * The text of the <t> elements in xml[from, to), phonetic guides (<rPh>, the furigana Japanese Excel
 * keeps beside a name) left out: a plain string (<si><t>…</t></si>) or rich text (<r><t>…</t></r>…).
 */
export function textRuns(xml: string, from: number, to: number, prefix: string): string {
  let out = '';
  const t = prefix + 't';
  const rPhClose = `</${prefix}rPh>`;
  let pos = from;
  for (;;) {
    const at = findTag(xml, t, pos, to);
    if (at < 0) break;
    const rPh = findTag(xml, prefix + 'rPh', pos, at);
    if (rPh >= 0) {
      const skip = xml.indexOf(rPhClose, rPh);
      if (skip < 0 || skip >= to) break;
      pos = skip + rPhClose.length;
      continue;
    }
    const { end, empty } = tagEnd(xml, at);
    if (empty) {
      pos = end + 1;
      continue;
    }
    const close = xml.indexOf(`</${t}>`, end);
    if (close < 0 || close > to) throw new Error('unterminated text');
    out += xml.slice(end + 1, close);
    pos = close;
  }
  return decodeText(out);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML text as a parser gives it: line ends normalized (a raw CR LF is LF, as the XML spec says), entities
 * and character references decoded (&#13; stays a CR), then Excel's own _xHHHH_ escapes (_x000D_ is a CR).
 */
export function decodeText(raw: string): string {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (text.includes('&')) {
    text = text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref] ?? whole;
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  if (text.includes('_x')) {
    // _x005F_ escapes a literal underscore, so one pass left to right is exact.
    text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return text;
}

/** 'AB12' → { row: 12, col: 28 } (1-based); undefined when the reference is not a cell. */
export function cellRef(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case letters
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const row = Number(ref.slice(i));
  if (i === 0 || !Number.isInteger(row) || row < 1) return undefined;
  return { row, col };
}
