import { describe, expect, it } from 'vitest';
import { hasJapanese, japaneseMessageOr } from '../../shared/text/japanese';

describe('Japanese messages', () => {
  it('tells kana and kanji from Latin text', () => {
    expect(hasJapanese('生年月日が未来です')).toBe(true);
    expect(hasJapanese('カナ')).toBe(true);
    expect(hasJapanese('Unexpected token } in JSON')).toBe(false);
  });
  it("keeps our own message and replaces a library's", () => {
    expect(japaneseMessageOr(new Error('人物が見つかりません'), '要約')).toBe('人物が見つかりません');
    expect(japaneseMessageOr(new TypeError('x is undefined'), '要約')).toBe('要約');
    expect(japaneseMessageOr('文字列', '要約')).toBe('要約');
  });
});
