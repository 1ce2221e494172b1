// A protected workbook's open password for `import` and `reports import`: from TSUNAGU_FILE_PASSWORD
// (scripts) or, when the backend says the file needs one and stdin is a terminal, a prompt that echoes
// nothing. Never from an argument (the process list and shell history would show it). A missing or
// wrong password ends the command with exit 2 before anything is written.
import { AppError } from '../../shared/contract';
import { promptHidden } from './passphrase';

export const FILE_PASSWORD_ENV = 'TSUNAGU_FILE_PASSWORD';

/** Runs `read` with the env password if any; asks once on a terminal when the file turns out to be protected. */
export async function withFilePassword<T>(
  env: NodeJS.ProcessEnv,
  read: (filePassword: string | undefined) => Promise<T>,
): Promise<T> {
  const given = env[FILE_PASSWORD_ENV] || undefined;
  try {
    return await read(given);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'file_password_required' || given) throw err;
    if (!process.stdin.isTTY) {
      throw new AppError(
        'file_password_required',
        `${err.message}環境変数 ${FILE_PASSWORD_ENV} に設定するか、端末から実行してください（コマンドの引数では受け付けません）。`,
      );
    }
    const typed = await promptHidden('ファイルのパスワード（読み取りパスワード）: ');
    if (!typed) throw err;
    return read(typed);
  }
}
