// The CLI's `minutes --meeting ID --out FILE.docx|FILE.xlsx|FILE.pdf [--masked]`: the same minutes.export as the
// app (and so the same export log). PDF is printed by headless Chromium from the minutes HTML, written to a
// private temporary folder that is deleted afterwards whatever happens.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApi } from '../../shared/api-client';
import { AppError } from '../../shared/contract';
import { createBackend } from '../backend';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const PRINT_TIMEOUT_MS = 120_000;

export async function minutesExport(
  command: { meetingId: number; out: string; masked: boolean }, dbPath: string, passphrase: string, env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const format = extname(command.out).slice(1).toLowerCase() as 'docx' | 'xlsx' | 'pdf';
  const printer = format === 'pdf' ? chromiumPrinter(env) : undefined;
  const backend = createBackend({ dbPath, ...(printer ? { printToPdf: printer } : {}) });
  try {
    const api = createApi(backend);
    await api.call('session.unlock', { passphrase });
    const file = await api.call('minutes.export', { meetingId: command.meetingId, format, masked: command.masked });
    writeFileSync(command.out, Buffer.from(file.dataBase64, 'base64'));
    process.stdout.write(`議事録を書き出しました（${format.toUpperCase()}${command.masked ? '、氏名を伏せています' : ''}）: ${command.out}\n`);
    return 0;
  } finally {
    backend.close();
  }
}

/** Prints HTML with headless Chromium ($CHROMIUM_PATH or /usr/bin/chromium); a Japanese error when there is none. */
export function chromiumPrinter(env: NodeJS.ProcessEnv): (html: string) => Promise<Uint8Array> {
  const chromium = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(chromium)) {
    throw new AppError('not_found', `PDF を作るための Chromium が見つかりません（${chromium}）。Chromium を入れるか、環境変数 CHROMIUM_PATH にその場所を指定してください。.docx で書き出して Word から PDF にすることもできます。`);
  }
  return async (html) => {
    // mkdtemp makes the folder readable by this user only: the HTML holds case data.
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-minutes-'));
    try {
      const page = join(dir, 'minutes.html');
      const pdf = join(dir, 'minutes.pdf');
      writeFileSync(page, html, { mode: 0o600 });
      await run(chromium, [
        '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions',
        `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(page).href,
      ]);
      if (!existsSync(pdf)) throw new AppError('internal', 'Chromium が PDF を作りませんでした。');
      return readFileSync(pdf);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: PRINT_TIMEOUT_MS }, (err) => {
      if (err) reject(new AppError('internal', `Chromium での PDF 作成に失敗しました: ${err.message.split('\n')[0] ?? ''}`));
      else resolve();
    });
  });
}
