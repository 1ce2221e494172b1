// Backend errors already carry a Japanese message meant for the user; anything else gets a generic one
// rather than an English stack message.
import { AppError } from '../../../shared/contract';

export function errorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return '予期しないエラーが発生しました。もう一度お試しください。';
}
