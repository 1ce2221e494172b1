// The passphrase comes from TSUNAGU_PASSPHRASE (scripts) or a prompt on the terminal that echoes nothing.
import { AppError } from '../../shared/contract';

export async function obtainPassphrase(env: NodeJS.ProcessEnv, opts: { confirm: boolean }): Promise<string> {
  if (env.TSUNAGU_PASSPHRASE) return env.TSUNAGU_PASSPHRASE;
  if (!process.stdin.isTTY) {
    throw new AppError('invalid_input', 'パスフレーズがありません。環境変数 TSUNAGU_PASSPHRASE に設定するか、端末から実行してください。');
  }
  const first = await promptHidden(opts.confirm ? '新しいデータベースのパスフレーズ（8文字以上）: ' : 'パスフレーズ: ');
  if (opts.confirm) {
    const again = await promptHidden('もう一度入力してください: ');
    if (again !== first) throw new AppError('invalid_input', 'パスフレーズが一致しません。');
  }
  return first;
}

function promptHidden(question: string): Promise<string> {
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
