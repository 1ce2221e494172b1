// 登録番号 as the ledger keys it. The same number typed on another PC, pasted from a PDF or kept in an
// old sheet arrives with full-width letters (Ｒ７), invisible characters (a zero-width space from a web
// form) or another dash (‐, −, ー); each would otherwise become a second case. Every input path runs
// numbers through `normalizeCaseNo` (the contract's `caseNoSchema`, the ledger and report parsers), so
// two spellings of one number meet. Names are never put through this: only 登録番号.
import { z } from 'zod';

/** Zero-width and direction marks, the BOM, soft hyphen, word joiner: text nobody can see or type on purpose. */
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]/g;
/** Dashes and minus signs NFKC leaves alone (NFKC already turns － and ﹣ into '-'). */
const DASHES = /[\u2010-\u2015\u2043\u2212\u2e3a\u2e3b\u30a0\ufe58]/g;
/** A long-vowel mark ー typed by a Japanese IME between letters or digits (R7ー0001) is a hyphen. */
const CHOONPU_AS_HYPHEN = /(?<=[0-9A-Za-z])\u30fc+(?=[0-9A-Za-z])/g;

export function normalizeCaseNo(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(CHOONPU_AS_HYPHEN, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What sets spellings of one 登録番号 apart, in words for messages (全角の英数字・見えない文字). */
export function describeCaseNoSpelling(...spellings: string[]): string {
  const any = (test: (raw: string) => boolean) => spellings.some(test);
  const notes = [
    any((raw) => raw.normalize('NFKC') !== raw) && '全角の英数字',
    any((raw) => new RegExp(INVISIBLE.source).test(raw)) && '見えない文字',
    any((raw) => new RegExp(DASHES.source).test(raw) || /\u30fc|-{2,}/.test(raw)) && 'ハイフンの種類・数',
  ].filter((note): note is string => note !== false);
  return notes.length > 0 ? notes.join('・') : '空白';
}

/** Every API input naming a case: normalized before any handler sees it, whatever the transport. */
export const caseNoSchema = z
  .string()
  .max(1000)
  .transform(normalizeCaseNo)
  .pipe(z.string().min(1, '登録番号は必須です').max(100, '登録番号が長すぎます（100文字まで）'));
