// Child of import-crash.test.ts: unlocks the database through the backend as the app does, previews the
// workbook, says "ready" on stdout, then commits ("done <ms>"). The parent kills it with SIGKILL somewhere
// in the commit (its turns, its COMMIT, the checkpoint after it). Pipe writes are synchronous on Linux, so
// a marker the parent has read was written before the kill.
import { readFileSync } from 'node:fs';
import { createBackend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { PASSPHRASE } from './db-helpers';

const [dbPath, filePath] = process.argv.slice(2);
if (!dbPath || !filePath) throw new Error('usage: import-crash-child.ts DB XLSX');
const backend = createBackend({ dbPath });
const api = createApi(backend);
await api.call('session.unlock', { passphrase: PASSPHRASE });
const dataBase64 = readFileSync(filePath).toString('base64');
const { token } = await api.call('ledger.importPreview', { fileName: '台帳.xlsx', dataBase64 });
process.stdout.write('ready\n');
const start = performance.now();
await api.call('ledger.importCommit', { token });
process.stdout.write(`done ${(performance.now() - start).toFixed(1)}\n`);
backend.close();
process.exit(0);
