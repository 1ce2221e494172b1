// The projector's fact pages (present-pages.ts): whole facts in order, column after column, a long fact split
// only where a sentence or clause ends and continued under （続き）, nothing lost and nothing over a column.
import { describe, expect, it } from 'vitest';
import type { PresentFact } from '../../shared/meeting/present';
import { CONTINUED, factLines, pageFacts, splitText, type FactPageShape } from '../../shared/meeting/present-pages';

const fact = (key: PresentFact['key'], label: string, value: string): PresentFact => ({ key, label, value });
const SHAPE: FactPageShape = { charsPerLine: 10, linesPerColumn: 6, columns: 2, gapLines: 0.5 };
const POLICY =
  '母の育児負担が大きいため、保健師の訪問を月二回に増やす。学校は欠席が続いたら当日中にセンターへ連絡する。' +
  '父方祖母の協力を得て、週末の養育を分担する。次回の会議で安全スケールを見直す。';

describe('factLines', () => {
  it('counts the label in front of the value on the first line, and each paragraph from a new line', () => {
    expect(factLines(fact('age', '年齢', '9歳'), 10)).toBe(1);
    expect(factLines(fact('policy', '支援方針', '12345678'), 10)).toBe(2);
    expect(factLines(fact('policy', '支援方針', 'abc\ndef'), 10)).toBe(2);
  });
});

describe('splitText', () => {
  it('keeps short text whole', () => {
    expect(splitText('見守り', 10)).toEqual(['見守り']);
  });

  it('cuts after a sentence end when one is in reach, then after a clause mark, never inside a latin word', () => {
    expect(splitText('訪問する。学校が連絡する。', 8)).toEqual(['訪問する。', '学校が連絡する。']);
    expect(splitText('母の負担が大きく、訪問を増やす', 10)).toEqual(['母の負担が大きく、', '訪問を増やす']);
    expect(splitText('home visit twice monthly', 12)).toEqual(['home visit', 'twice', 'monthly']);
  });

  it('loses no character and keeps every piece within the limit', () => {
    const pieces = splitText(POLICY, 20);
    expect(pieces.join('')).toBe(POLICY);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(20);
  });
});

describe('pageFacts', () => {
  it('fills the first column, then the second, then a new page, keeping the order', () => {
    const short = Array.from({ length: 7 }, (_, i) => fact('age', `項目${i}`, '12345678901234'));
    // Each fact takes 2 lines; 2 + 0.5 + 2 = 4.5 fits in 6, a third would need 7.
    const pages = pageFacts(short, SHAPE);
    expect(pages.map((page) => page.map((column) => column.map((f) => f.label)))).toEqual([
      [
        ['項目0', '項目1'],
        ['項目2', '項目3'],
      ],
      [['項目4', '項目5'], ['項目6']],
    ]);
  });

  it('splits a fact longer than a column into pieces that each fit, continued under （続き）', () => {
    const facts = [fact('classification', '種別', '要保護児童'), fact('policy', '支援方針', POLICY)];
    const pages = pageFacts(facts, SHAPE);
    const pieces = pages.flat(2);
    expect(pieces[0]!.label).toBe('種別');
    const policy = pieces.filter((p) => p.key === 'policy');
    expect(policy.length).toBeGreaterThan(1);
    expect(policy[0]).toMatchObject({ label: '支援方針', continued: false });
    for (const p of policy.slice(1)) expect(p).toMatchObject({ label: `支援方針${CONTINUED}`, continued: true });
    expect(policy.map((p) => p.value).join('')).toBe(POLICY);
    for (const page of pages) {
      for (const column of page) {
        const lines = column.reduce((sum, p, i) => sum + factLines(p, 10) + (i > 0 ? 0.5 : 0), 0);
        expect(lines).toBeLessThanOrEqual(6);
      }
    }
  });

  it('gives one page for facts that fit, and none for no facts', () => {
    expect(pageFacts([fact('age', '年齢', '9歳')], SHAPE)).toHaveLength(1);
    expect(pageFacts([], SHAPE)).toEqual([]);
  });
});
