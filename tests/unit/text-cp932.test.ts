import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cp932Encodable, cp932Loss, cp932LossMessage, cp932Unencodable, isCp932Mangled } from '../../shared/text/cp932';

describe('CP932 encodability', () => {
  it('agrees with iconv-lite on every BMP character', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (cp >= 0xe000 && cp <= 0xf8ff) continue; // user-defined area: never ours to write
      const ch = String.fromCodePoint(cp);
      const round = iconv.decode(iconv.encode(ch, 'cp932'), 'cp932') === ch;
      if (round !== cp932Encodable(ch)) differ.push(ch);
    }
    // WHATWG decodes 0x80 as U+0080; iconv-lite does not map it. Nothing else may differ.
    expect(differ.filter((ch) => ch !== '\u0080')).toEqual([]);
  });
  it('knows the characters the issue names', () => {
    expect(cp932Encodable('髙')).toBe(true); // IBM extension
    expect(cp932Encodable('①')).toBe(true); // NEC special characters
    expect(cp932Encodable('﨑')).toBe(true);
    expect(cp932Encodable('𠮷')).toBe(false);
    expect(cp932Encodable('😀')).toBe(false);
    expect(cp932Unencodable('𠮷田 😀 髙橋 𠮷')).toEqual(['𠮷', '😀']);
  });
});

describe('isCp932Mangled', () => {
  it('is true only when every difference is a 「?」 in place of a character CP932 cannot hold', () => {
    expect(isCp932Mangled('𠮷田 花子', '?田 花子')).toBe(true);
    expect(isCp932Mangled('😀 と 𠮷', '? と ?')).toBe(true);
    expect(isCp932Mangled('𠮷田 花子', '?田 花代')).toBe(false); // another change too
    expect(isCp932Mangled('髙橋', '?橋')).toBe(false); // 髙 survives CP932: a real change
    expect(isCp932Mangled('𠮷田', '𠮷田')).toBe(false);
    expect(isCp932Mangled('𠮷田', '??田')).toBe(false); // one character, one 「?」
    expect(isCp932Mangled('吉田', '?田')).toBe(false);
  });
});

describe('cp932Loss', () => {
  it('counts the cells and names a few, then says how to keep them', () => {
    const rows = [
      ['登録番号', '児童氏名', '備考'],
      ['K-1', '𠮷田 花子', '😀'],
      ['K-2', '髙橋 ①子', ''],
    ];
    const loss = cp932Loss(rows);
    expect(loss.cells).toBe(2);
    expect(loss.examples).toEqual([
      { row: 'K-1', header: '児童氏名', chars: ['𠮷'] },
      { row: 'K-1', header: '備考', chars: ['😀'] },
    ]);
    expect(cp932LossMessage(loss)).toBe(
      'シフトJIS（CP932）では 2 個のセルの文字が「?」に置き換わります（例: K-1「児童氏名」の 𠮷、K-1「備考」の 😀）。文字を残すには UTF-8 を選んでください。',
    );
    expect(cp932LossMessage(cp932Loss([rows[0]!, rows[2]!]))).toBeNull();
    expect(cp932LossMessage(cp932Loss(rows, 1))).toContain('など');
  });
});
