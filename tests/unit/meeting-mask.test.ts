import { describe, it, expect } from 'vitest';
import { kanaInitials, maskedLabel } from '../../shared/meeting/mask';

describe('maskedLabel', () => {
  it('shows the caseNo and romaji initials, family name first, never the name', () => {
    const label = maskedLabel({ caseNo: 'R7-0001', kana: 'やまだ はなこ' });
    expect(label).toBe('R7-0001 Y.H.');
    expect(label).not.toContain('やまだ');
  });

  it('reads katakana, half-width kana, full-width spaces and 中黒 alike', () => {
    expect(kanaInitials('ヤマダ　ハナコ')).toBe('Y.H.');
    expect(kanaInitials('ﾔﾏﾀﾞ ﾊﾅｺ')).toBe('Y.H.');
    expect(kanaInitials('スミス・ジョン')).toBe('S.J.');
  });

  it('uses Hepburn initials for し, ち, つ, ふ, じ and voiced kana', () => {
    expect(kanaInitials('しみず ちひろ')).toBe('S.C.');
    expect(kanaInitials('ふじい じゅん')).toBe('F.J.');
    expect(kanaInitials('つつみ ぢろう')).toBe('T.J.');
    expect(kanaInitials('がとう ぱく')).toBe('G.P.');
    expect(kanaInitials('ヴァン')).toBe('V.');
  });

  it('shows only the caseNo when the kana gives no initials', () => {
    expect(maskedLabel({ caseNo: 'R7-0002', kana: null })).toBe('R7-0002');
    expect(maskedLabel({ caseNo: 'R7-0003', kana: '  ' })).toBe('R7-0003');
    expect(maskedLabel({ caseNo: 'R7-0004', kana: '山田 花子' })).toBe('R7-0004');
    expect(maskedLabel({ caseNo: 'R7-0005', kana: 'Yamada' })).toBe('R7-0005');
  });
});
