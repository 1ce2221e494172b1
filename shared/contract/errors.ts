// How a call fails: an envelope on every transport, an AppError on either side of it.

/** What crosses a transport for every call: never a thrown exception. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const ERROR_CODES = [
  'invalid_input',
  'locked',
  'already_initialized',
  'not_initialized',
  'wrong_passphrase',
  'not_found',
  'duplicate',
  'unreadable_file',
  'expired',
  'incompatible_database',
  'unknown_method',
  'forbidden',
  'internal',
  // Another program changed the case first / holds the database / the disk is full or failing / restore while open.
  'conflict',
  'busy',
  'disk_full',
  'io',
  'in_use',
  // Too many wrong passphrases: wait before the next try.
  'throttled',
  // A workbook with an open password (読み取りパスワード): none given / the one given does not open it.
  'file_password_required',
  'file_password_wrong',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type the backend throws: its message is Japanese and meant for the user. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
