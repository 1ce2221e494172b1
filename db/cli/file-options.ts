// The CLI's options for files that leave the office: the open password comes from an environment variable the
// user names (--file-password-env NAME), never from an argument (visible in `ps` and shell history); a CSV's
// CP932 warning goes to stderr before the file is written.
import { AppError, type Api } from '../../shared/contract';
import { cp932Loss, cp932LossMessage } from '../../shared/text/cp932';
import { filePasswordProblem } from '../../shared/text/file-password';
import { ledgerCsvRows } from '../../shared/ledger/csv-rows';

/** The password named by --file-password-env, or undefined without the flag; unset, empty or too short is fatal. */
export function filePasswordFromEnv(name: string | null, env: NodeJS.ProcessEnv): string | undefined {
  if (name === null) return undefined;
  const password = env[name];
  if (password === undefined || password === '')
    throw new AppError(
      'invalid_input',
      `環境変数 ${name} にファイルのパスワードが設定されていません。何も書き出していません。`,
    );
  const problem = filePasswordProblem(password);
  if (problem) throw new AppError('invalid_input', `環境変数 ${name} のパスワード: ${problem}`);
  return password;
}

/** Prints what a CP932 CSV of the whole ledger would lose (the app shows the same message before writing). */
export async function warnCp932Loss(api: Api, stderr: NodeJS.WritableStream = process.stderr): Promise<void> {
  const { cases } = await api.call('ledger.list', {});
  const message = cp932LossMessage(cp932Loss(ledgerCsvRows(cases)));
  if (message) stderr.write(`警告: ${message}\n`);
}
