// The CLI's `plan-docx --id N --out FILE.docx [--version V] [--file-password-env NAME]`: the family's copy of a
// サポートプラン through the same plans.export as the app (so the same file and the same 操作ログ line).
import { withUnlockedApi } from './unlocked-api';
import { writePrivateFile } from '../files/private-files';
import { UsageError } from './args';
import { filePasswordFromEnv } from './file-options';

export interface PlanDocxCommand {
  name: 'plan-docx';
  id: number;
  version: number | null;
  out: string;
  filePasswordEnv: string | null;
}

const positive = (text: string, flag: string): number => {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`${flag} には 1 以上の整数を指定してください: ${text}`);
  return n;
};

/** Called by parseArgs with what it collected; plan-docx takes only its own options. */
export function parsePlanDocxArgs(
  operands: readonly string[],
  flags: {
    id: string | null;
    version: string | null;
    out: string | undefined;
    filePasswordEnv: string | null;
    otherOptions: boolean;
  },
): PlanDocxCommand {
  if (operands.length > 1) throw new UsageError(`余分な引数があります: ${operands.slice(1).join(' ')}`);
  if (flags.otherOptions)
    throw new UsageError('plan-docx で使えるオプションは --id、--out、--version、--file-password-env だけです。');
  if (flags.id === null) throw new UsageError('plan-docx には --id サポートプランの番号 を指定してください。');
  if (flags.out === undefined || !/\.docx$/i.test(flags.out))
    throw new UsageError('plan-docx には --out 出力ファイル（.docx）を指定してください。');
  return {
    name: 'plan-docx',
    id: positive(flags.id, '--id'),
    version: flags.version === null ? null : positive(flags.version, '--version'),
    out: flags.out,
    filePasswordEnv: flags.filePasswordEnv,
  };
}

export async function planDocxCommand(
  command: PlanDocxCommand,
  dbPath: string,
  passphrase: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  // Read before anything opens: a missing password stops the command with nothing written.
  const filePassword = filePasswordFromEnv(command.filePasswordEnv, env);
  return withUnlockedApi(dbPath, passphrase, async (api) => {
    const file = await api.call('plans.export', {
      id: command.id,
      ...(command.version !== null ? { version: command.version } : {}),
      ...(filePassword !== undefined ? { filePassword } : {}),
    });
    writePrivateFile(command.out, Buffer.from(file.dataBase64, 'base64'));
    process.stdout.write(
      `サポートプランを書き出しました（${file.fileName.replace(/\.docx$/, '')}${filePassword !== undefined ? '、パスワード付き' : ''}）: ${command.out}\n`,
    );
    return 0;
  });
}
