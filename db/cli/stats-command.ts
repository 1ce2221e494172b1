// The CLI's `stats --year 2024 [--out stats.json]`: the year's figures (年度実績) as JSON, exactly the
// FiscalYearFigures the screens show (the same stats.year, so the same pure function and the same 操作ログ).
// Without --out the JSON goes to standard output; with it, the file appears whole or not at all.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../../shared/contract/stats';
import { figuresOnly } from '../../shared/stats/fiscal-year';
import { withUnlockedApi } from './unlocked-api';
import { writePrivateFile } from '../files/private-files';
import { UsageError } from './args';

export interface StatsCommand {
  name: 'stats';
  fiscalYear: number;
  out: string | null;
}

const YEAR_HINT = `西暦の4桁（${FISCAL_YEAR_MIN}〜${FISCAL_YEAR_MAX}。例：--year 2024 は 2024年4月〜2025年3月）`;

/** `stats` takes --year and --out only; called by parseArgs with what it collected. */
export function parseStatsArgs(
  operands: readonly string[],
  flags: { year: string | null; out: string | undefined; otherOptions: boolean },
): StatsCommand {
  if (operands.length > 1) throw new UsageError(`余分な引数があります: ${operands.slice(1).join(' ')}`);
  if (flags.otherOptions) throw new UsageError(`stats で使えるオプションは --year と --out だけです。`);
  if (flags.year === null) throw new UsageError(`stats には --year 年度（${YEAR_HINT}）を指定してください。`);
  const fiscalYear = Number(flags.year);
  if (!/^\d{4}$/.test(flags.year) || fiscalYear < FISCAL_YEAR_MIN || fiscalYear > FISCAL_YEAR_MAX)
    throw new UsageError(`--year には年度を${YEAR_HINT}で指定してください: ${flags.year}`);
  if (flags.out !== undefined && !/\.json$/i.test(flags.out))
    throw new UsageError(`--out の拡張子は .json にしてください: ${flags.out}`);
  return { name: 'stats', fiscalYear, out: flags.out ?? null };
}

export async function statsCommand(command: StatsCommand, dbPath: string, passphrase: string): Promise<number> {
  return withUnlockedApi(dbPath, passphrase, async (api) => {
    const { current } = await api.call('stats.year', { fiscalYear: command.fiscalYear });
    const json = JSON.stringify(figuresOnly(current), null, 2) + '\n';
    if (command.out === null) {
      process.stdout.write(json);
      return 0;
    }
    writeWhole(command.out, json);
    process.stdout.write(
      `${current.fiscalYear}年度（${current.from}〜${current.to}）の実績を書き出しました: ${command.out}\n`,
    );
    return 0;
  });
}

/** Written beside the target and renamed over it: a reader never sees half a file, a failure leaves the old one. */
function writeWhole(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writePrivateFile(tmp, text);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
