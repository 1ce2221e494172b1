// The CLI's `joint-list --out 名簿.xlsx [--file-password-env NAME]`: the 合同ケース会議's standing list as the
// same workbook the screen saves (joint.export, so the same rows and the same 操作ログ row).
import { withUnlockedApi } from './unlocked-api';
import { writePrivateFile } from '../files/private-files';
import { UsageError } from './args';
import { filePasswordFromEnv } from './file-options';

export interface JointListCommand {
  name: 'joint-list';
  out: string;
  filePasswordEnv: string | null;
}

/** `joint-list` takes --out (an .xlsx) and --file-password-env only; called by parseArgs with what it collected. */
export function parseJointListArgs(
  operands: readonly string[],
  flags: { out: string | undefined; filePasswordEnv: string | null; otherOptions: boolean },
): JointListCommand {
  if (operands.length > 1) throw new UsageError(`余分な引数があります: ${operands.slice(1).join(' ')}`);
  if (flags.otherOptions)
    throw new UsageError('joint-list で使えるオプションは --out と --file-password-env だけです。');
  if (flags.out === undefined) throw new UsageError('joint-list には --out 出力.xlsx を指定してください。');
  if (!/\.xlsx$/i.test(flags.out)) throw new UsageError(`--out の拡張子は .xlsx にしてください: ${flags.out}`);
  return { name: 'joint-list', out: flags.out, filePasswordEnv: flags.filePasswordEnv };
}

export async function jointListCommand(
  command: JointListCommand,
  dbPath: string,
  passphrase: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  // Before opening anything: a missing password variable writes nothing.
  const filePassword = filePasswordFromEnv(command.filePasswordEnv, env);
  return withUnlockedApi(dbPath, passphrase, async (api) => {
    const file = await api.call('joint.export', filePassword !== undefined ? { filePassword } : {});
    writePrivateFile(command.out, Buffer.from(file.dataBase64, 'base64'));
    const { rows } = await api.call('joint.overview', {});
    process.stdout.write(
      `合同ケース会議の名簿 ${rows.length} 件を書き出しました${filePassword !== undefined ? '（パスワード付き）' : ''}: ${command.out}\n`,
    );
    return 0;
  });
}
