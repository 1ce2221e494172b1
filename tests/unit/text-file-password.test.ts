import { describe, expect, it } from 'vitest';
import { filePasswordFormProblem, filePasswordProblem, filePasswordSchema } from '../../shared/text/file-password';

describe('file password rules', () => {
  it('needs 4 to 255 characters, and both fields the same', () => {
    expect(filePasswordProblem('abc')).toBe('パスワードは4文字以上にしてください。');
    expect(filePasswordProblem('abcd')).toBeNull();
    expect(filePasswordProblem('あ'.repeat(256))).toBe('パスワードは255文字以内にしてください。');
    expect(filePasswordFormProblem('abcd', 'abce')).toBe('パスワードと確認用のパスワードが一致しません。');
    expect(filePasswordFormProblem('abc', 'abc')).toBe('パスワードは4文字以上にしてください。');
    expect(filePasswordFormProblem('ひみつ2026', 'ひみつ2026')).toBeNull();
    expect(filePasswordSchema.safeParse('abc').success).toBe(false);
    expect(filePasswordSchema.safeParse('abcd').success).toBe(true);
  });
});
