// The open password chosen at export time for a file that leaves the office. The same rule is in the
// contract (every transport), the export dialogs (before sending) and the CLI.

import { z } from 'zod';

export const FILE_PASSWORD_MIN = 4;
/** ECMA-376 passwords are at most 255 UTF-16 units (Office refuses longer ones). */
export const FILE_PASSWORD_MAX = 255;

export const FILE_PASSWORD_TOO_SHORT = `パスワードは${FILE_PASSWORD_MIN}文字以上にしてください。`;
export const FILE_PASSWORD_TOO_LONG = `パスワードは${FILE_PASSWORD_MAX}文字以内にしてください。`;
export const FILE_PASSWORD_MISMATCH = 'パスワードと確認用のパスワードが一致しません。';
export const FILE_PASSWORD_NOTE = 'パスワードはファイルとは別の方法（電話など）でお伝えください。';
export const FILE_PASSWORD_NOT_FOR_TEXT =
  'CSV・JSON ファイルにはパスワードを付けられません。パスワードを付けるときは Excel（xlsx）で書き出してください。';

/** The Japanese reason a password cannot be used, or null. */
export function filePasswordProblem(password: string): string | null {
  if (password.length < FILE_PASSWORD_MIN) return FILE_PASSWORD_TOO_SHORT;
  if (password.length > FILE_PASSWORD_MAX) return FILE_PASSWORD_TOO_LONG;
  return null;
}

/** What the export dialogs check before sending: both fields typed the same, and long enough. */
export function filePasswordFormProblem(password: string, confirmation: string): string | null {
  return filePasswordProblem(password) ?? (password === confirmation ? null : FILE_PASSWORD_MISMATCH);
}

/** The optional `filePassword` of every export that can leave the office (never logged: see shared/audit). */
export const filePasswordSchema = z
  .string()
  .min(FILE_PASSWORD_MIN, FILE_PASSWORD_TOO_SHORT)
  .max(FILE_PASSWORD_MAX, FILE_PASSWORD_TOO_LONG);

export const FILE_PASSWORD_NOT_FOR_PDF =
  'PDF にはパスワードを付けられません。パスワードを付けるときは Word（docx）か Excel（xlsx）で書き出してください。';
