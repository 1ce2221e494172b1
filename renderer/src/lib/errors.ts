// Backend errors already carry a Japanese message meant for the user; anything else gets a generic one
// rather than an English stack message.
import { AppError } from '../../../shared/contract';

export function errorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return '予期しないエラーが発生しました。もう一度お試しください。';
}

/** The backend's error code, when the error came from the backend. */
export function errorCode(error: unknown): AppError['code'] | null {
  return error instanceof AppError ? error.code : null;
}

/** Errors that go away by themselves (another program holds the database; the disk or drive failed): offer a retry. */
export function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'busy' || code === 'disk_full' || code === 'io';
}
