// The CLI's arguments: one command, its operands, and a few flags.

export type Command =
  | { name: 'help' }
  | { name: 'import'; file: string; dryRun: boolean; report: string | null }
  | { name: 'export'; out: string }
  | { name: 'backup'; out: string }
  | { name: 'restore'; input: string };

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Command {
  const operands: string[] = [];
  let dryRun = false;
  let report: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { name: 'help' };
    else if (arg === '--dry-run') dryRun = true;
    else if (arg === '--report') report = valueOf(argv, ++i, '--report');
    else if (arg.startsWith('--report=')) report = arg.slice('--report='.length);
    else if (arg === '--db') valueOf(argv, ++i, '--db'); // read by resolveDbPath
    else if (arg.startsWith('--db=')) continue;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`不明なオプションです: ${arg}`);
    else operands.push(arg);
  }
  const [command, operand, ...rest] = operands;
  if (!command) return { name: 'help' };
  if (rest.length > 0) throw new UsageError(`余分な引数があります: ${rest.join(' ')}`);
  const need = (what: string) => {
    if (!operand) throw new UsageError(`${command} には${what}を指定してください。`);
    return operand;
  };
  if ((dryRun || report) && command !== 'import') throw new UsageError('--dry-run と --report は import でだけ使えます。');
  switch (command) {
    case 'import':
      return { name: 'import', file: need('取り込むファイル'), dryRun, report };
    case 'export':
      return { name: 'export', out: need('書き出し先のファイル（.xlsx / .csv / .json）') };
    case 'backup':
      return { name: 'backup', out: need('バックアップ先のファイル') };
    case 'restore':
      return { name: 'restore', input: need('復元するバックアップファイル') };
    default:
      throw new UsageError(`不明なコマンドです: ${command}`);
  }
}

function valueOf(argv: readonly string[], i: number, flag: string): string {
  const value = argv[i];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} の値がありません。`);
  return value;
}

export const HELP = `Tsunagu（つなぐ）進行管理台帳のコマンド

使い方:
  npm run tsunagu -- <コマンド> [オプション]

コマンド:
  import ファイル [--dry-run] [--report 結果.json]
      xlsx または csv の台帳を取り込みます。登録番号が同じケースは更新します。
      --dry-run    何も書き込まず、取り込んだ場合の結果だけを表示します
      --report     結果を JSON で保存します
                   { "imported", "updated", "unchanged", "rejected": [...], "warnings": [...] }
  export 出力ファイル
      台帳を書き出します。形式は拡張子で決まります（.xlsx / .csv / .json）。
  backup 出力ファイル
      データベースの暗号化されたバックアップを作ります。
  restore バックアップファイル
      バックアップからデータベースを復元します（いまのデータベースは置き換わります）。
      Tsunagu のアプリを閉じてから実行してください。

共通のオプション:
  --db パス      使うデータベースファイル（既定: 環境変数 TSUNAGU_DB、なければアプリと同じ場所）
  --help         この説明を表示します

パスフレーズ:
  環境変数 TSUNAGU_PASSPHRASE、なければ端末で入力します（入力した文字は表示されません）。
  データベースがまだない場合、import はそのパスフレーズで新しく作成します。

終了コード:
  0  成功
  1  取り込めなかった行がある（ほかの行は取り込み済み）
  2  エラー（理由を標準エラー出力に表示します）
`;
