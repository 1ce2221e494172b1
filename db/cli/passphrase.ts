// The passphrase comes from TSUNAGU_PASSPHRASE (scripts) or a prompt on the terminal that echoes nothing; a new
// one for `passphrase change` from TSUNAGU_NEW_PASSPHRASE or the same kind of prompt. Never from arguments:
// they show in the process list and the shell history.
import { AppError } from '../../shared/contract';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../shared/session/passphrase-strength';

export async function obtainPassphrase(env: NodeJS.ProcessEnv, opts: { confirm: boolean }): Promise<string> {
  if (env.TSUNAGU_PASSPHRASE) return env.TSUNAGU_PASSPHRASE;
  if (!process.stdin.isTTY) {
    throw new AppError(
      'invalid_input',
      'パスフレーズがありません。環境変数 TSUNAGU_PASSPHRASE に設定するか、端末から実行してください。',
    );
  }
  const first = await promptHidden(
    opts.confirm ? `新しいデータベースのパスフレーズ（${MIN_PASSPHRASE_LENGTH}文字以上）: ` : 'パスフレーズ: ',
  );
  if (opts.confirm) {
    const again = await promptHidden('もう一度入力してください: ');
    if (again !== first) throw new AppError('invalid_input', 'パスフレーズが一致しません。');
  }
  return first;
}

/** The new passphrase for `passphrase change`, checked against the strength rule before anything is touched. */
export async function obtainNewPassphrase(env: NodeJS.ProcessEnv): Promise<string> {
  let next = env.TSUNAGU_NEW_PASSPHRASE;
  if (!next) {
    if (!process.stdin.isTTY) {
      throw new AppError(
        'invalid_input',
        '新しいパスフレーズがありません。環境変数 TSUNAGU_NEW_PASSPHRASE に設定するか、端末から実行してください。',
      );
    }
    next = await promptHidden(`新しいパスフレーズ（${MIN_PASSPHRASE_LENGTH}文字以上）: `);
    if ((await promptHidden('新しいパスフレーズをもう一度: ')) !== next)
      throw new AppError('invalid_input', '新しいパスフレーズが一致しません。');
  }
  const problem = passphraseProblem(next);
  if (problem) throw new AppError('invalid_input', problem);
  return next;
}

export function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const finish = (error: AppError | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(null);
        if (ch === '\u0003' || ch === '\u0004') return finish(new AppError('invalid_input', '中止しました。'));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
