// Errors of the storage itself (not of the request), turned into Japanese messages the user can act on.
// The backend's invoke() maps them for every method at once, so no handler can forget one and show
// 「内部エラー」 for a database another program holds or a full disk.
import { AppError } from '../shared/contract';

export const BUSY_MESSAGE = 'ほかのプログラムがデータベースを使用中です。しばらくしてからもう一度お試しください。';
export const DISK_FULL_MESSAGE =
  'ディスクの空き容量が足りないため保存できませんでした。変更は保存されていません（データベースは元のままです）。空き容量を増やしてからもう一度お試しください。';
export const IO_MESSAGE =
  'データベースのファイルの読み書きに失敗しました。変更は保存されていません。ネットワークドライブや USB メモリの接続を確かめてから、もう一度お試しください。';

/** The AppError for an SQLite or file-system failure of the storage, or null for anything else. */
export function storageError(err: unknown): AppError | null {
  if (err instanceof AppError || typeof err !== 'object' || err === null) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  // SQLITE_BUSY_SNAPSHOT / _RECOVERY / _TIMEOUT and SQLITE_LOCKED_SHAREDCACHE are extended codes of the two.
  if (/^SQLITE_(BUSY|LOCKED)(_|$)/.test(code)) return new AppError('busy', BUSY_MESSAGE);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return new AppError('disk_full', DISK_FULL_MESSAGE);
  if (/^SQLITE_(IOERR|CANTOPEN)(_|$)/.test(code) || code === 'EIO' || code === 'EROFS')
    return new AppError('io', IO_MESSAGE);
  return null;
}
