// The file worker thread's entry: runs the jobs of jobs.ts on messages from run-in-worker.ts. Bundled for
// Electron as dist/electron/file-worker.cjs; from TS sources started through file-worker-boot.mjs.
import { parentPort } from 'node:worker_threads';
import { serveJobs } from './serve';

if (!parentPort) throw new Error('file-worker.ts runs only as a worker thread');
serveJobs(parentPort);
