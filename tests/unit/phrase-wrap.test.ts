// Board notes on the projector wrap between phrases, never inside a word (phrase-wrap.ts).
import { describe, expect, it } from 'vitest';
import { breakRank, phrasePieces, wrapPhrases } from '../../shared/meeting/phrase-wrap';

describe('wrapPhrases', () => {
  it('keeps a line that fits whole', () => {
    expect(wrapPhrases('見守り', 8)).toEqual(['見守り']);
  });

  it('breaks between phrases, not every N characters', () => {
    // Cut every 8: 「父は月に一度の面／会を希望している」 splits 面会.
    expect(wrapPhrases('父は月に一度の面会を希望している', 8)).toEqual(['父は月に一度の', '面会を', '希望している']);
    expect(wrapPhrases('週末は母方祖母が来ている', 8)).toEqual(['週末は母方祖母が', '来ている']);
  });

  it('prefers a clause mark, then a sentence end, over a phrase', () => {
    expect(wrapPhrases('夜間に大きな声、近所から通報あり', 10)).toEqual(['夜間に大きな声、', '近所から通報あり']);
    expect(wrapPhrases('訪問する。学校が連絡する。', 8)).toEqual(['訪問する。', '学校が連絡する。']);
  });

  it('never starts a line with a closing mark or a small kana, nor cuts a latin word', () => {
    for (const line of wrapPhrases('ちょっとしたことで、すぐにいらいらしてしまう。', 6).slice(1)) {
      expect(line).not.toMatch(/^[、。ょっー]/u);
    }
    expect(wrapPhrases('SNS の相談 LINE 窓口', 6)).toEqual(['SNS', 'の相談', 'LINE', '窓口']);
  });

  it('loses no character', () => {
    const text = '母の育児負担が大きいため、保健師の訪問を月二回に増やす。学校は欠席が続いたら当日中に連絡する。';
    for (const per of [3, 5, 8, 13, 40]) {
      const lines = wrapPhrases(text, per);
      expect(lines.join('')).toBe(text);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(per);
    }
  });
});

describe('breakRank', () => {
  it('ranks sentence over clause over phrase over inside a word', () => {
    expect(breakRank('終わる。次', 4)).toBe(3);
    expect(breakRank('母、父', 2)).toBe(2);
    expect(breakRank('母の面会', 2)).toBe(1);
    expect(breakRank('面会', 1)).toBe(0);
    expect(breakRank('つながり', 3)).toBe(0);
    expect(breakRank('あっ', 1)).toBe(-1);
    // A kana word of its own is not a phrase's end: 「こども｜家庭センター」 stays together.
    expect(breakRank('こども家庭', 3)).toBe(0);
    expect(breakRank('（ひまわり保育園', 5)).toBe(0);
  });
});

describe('phrasePieces', () => {
  it('cuts only between phrases and after marks, and loses nothing', () => {
    expect(phrasePieces('こども家庭センター、架空市立第一小学校、保健センター')).toEqual([
      'こども家庭センター、',
      '架空市立第一小学校、',
      '保健センター',
    ]);
    expect(phrasePieces('普通のつながり')).toEqual(['普通のつながり']);
    const text = '見守り（次回確認 令和9年2月24日）';
    expect(phrasePieces(text).join('')).toBe(text);
  });
});
