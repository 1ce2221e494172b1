// One step of the 50,000-row bench (import-bench.ts) in a process of its own; prints
// { ms, rssMb, cases } as its last line. rssMb is the process's peak RSS, the file worker included.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stopFileWorker } from '../../db/workers/run-in-worker';
import { openBackend } from './import-bench';

async function main() {
  const [step, dbPath, file] = process.argv.slice(2) as [string, string, string];
  const passphrase = process.env.BENCH_PASSPHRASE ?? '';
  const { backend, api } = await openBackend(dbPath, passphrase, step !== 'export');
  const start = performance.now();
  if (step === 'export') {
    const out = await api.call('ledger.export', { format: 'xlsx' });
    writeFileSync(file, Buffer.from(out.dataBase64, 'base64'));
  } else {
    const dataBase64 = readFileSync(file).toString('base64');
    const preview = await api.call('ledger.importPreview', { fileName: basename(file), dataBase64 });
    await api.call('ledger.importCommit', { token: preview.token });
  }
  const ms = performance.now() - start;
  const cases = (await api.call('ledger.list', {})).cases.length;
  backend.close();
  await stopFileWorker();
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, rssMb, cases }));
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
