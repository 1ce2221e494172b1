import { describe, expect, it } from 'vitest';
import { nameWithKana } from '../../shared/text/name-kana';

describe('nameWithKana', () => {
  it('puts the reading in brackets after the name', () => {
    expect(nameWithKana('山田 花子', 'やまだ はなこ')).toBe('山田 花子（やまだ はなこ）');
  });

  it('leaves the brackets out when there is no reading (null, empty or blank)', () => {
    expect(nameWithKana('山田 花子', null)).toBe('山田 花子');
    expect(nameWithKana('山田 花子', '')).toBe('山田 花子');
    expect(nameWithKana('山田 花子', ' 　')).toBe('山田 花子');
  });
});
