// `npm run start:browser` (or `tsx server/main.ts --port N --db PATH --static DIR`): the app in a
// browser against a real database, for users without Electron, manual testing and the e2e specs.
// server/ is its own runtime: it may import shared/ and db/, never renderer/, electron/ or tests/.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPrinter } from '../db/documents/chromium-pdf';
import type { PrintToPdf } from '../db/documents/minutes-file';
import { resolveDbPath } from '../db/paths';
import { startHost } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      static: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(
      '使い方: tsx server/main.ts [--port 番号（0 で空きポート、既定 5180）] [--db データベースのパス] [--static dist/renderer]',
    );
    return;
  }
  const port = Number(values.port ?? '5180');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port には 0〜65535 の整数を指定してください: ${values.port}`);
  const dbPath = resolveDbPath(values.db ? ['--db', values.db] : [], process.env);
  const staticDir = resolve(values.static ?? 'dist/renderer');
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    throw new Error(`${staticDir} に画面のファイルがありません。先に npm run build:renderer を実行してください。`);
  }
  // The URL carries the launch token: whoever has it can read every case while the database is unlocked.
  const printToPdf = pdfPrinter(process.env);
  const host = await startHost({ port, dbPath, staticDir, token: process.env.TSUNAGU_HOST_TOKEN, printToPdf });
  console.log(`Tsunagu browser host: ${host.url}`);
  console.log('この URL（token=…）を知っている人は台帳を操作できます。人に渡さないでください。');
  console.log(`データベース: ${dbPath}`);
  if (!printToPdf)
    console.log('Chromium が見つからないため、議事録の「PDF を保存」は使えません（印刷画面から PDF に保存できます）。');

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// A browser page cannot print to a file by itself, so 「PDF を保存」 in the minutes print view is printed here
// by headless Chromium from the same HTML, as the CLI's minutes command does (db/documents/chromium-pdf.ts: private
// temporary folder, allowlisted environment). Without Chromium the backend answers with the print-dialog way.
function pdfPrinter(env: NodeJS.ProcessEnv): PrintToPdf | undefined {
  try {
    return chromiumPrinter(env);
  } catch {
    return undefined;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
