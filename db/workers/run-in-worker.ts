// The backend's side of the file worker: one long-lived worker thread, started on the first job, that
// reads and writes whole files (jobs.ts) while the backend's event loop (Electron's main process, the
// browser host's server) keeps answering. Jobs run one message at a time on each side; results come
// back as parts plus a result, errors as the same AppError. When no worker can be started (a host
// without worker_threads, a missing bundle) the jobs run in this thread instead, said once in the log.
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/contract';
import type { JobContext, JobName, Jobs } from './jobs';
import type { ToMain, ToWorker } from './protocol';

/** Set by build/scripts/build-electron.mjs in the Electron bundle: the worker bundle's file name beside main.cjs. */
declare const FILE_WORKER_BUNDLE: string | undefined;

export interface JobOptions<N extends JobName> {
  /** Input sent after the start, one message each (e.g. the cases of an export, 500 at a time). */
  chunks?: Iterable<Jobs[N]['chunk']>;
  /** Called with each part the job sends back, in order, before the result. */
  onPart?: (part: Jobs[N]['part']) => void;
}

interface Running {
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  onPart?: (part: unknown) => void;
  /** To run the job here if the worker never started. */
  retry: () => void;
}

let worker: Worker | undefined;
let online = false;
let inThread = false;
let nextId = 1;
const running = new Map<number, Running>();

/** Runs a job in the file worker (or, failing that, here) and resolves with its result. */
export function runJob<N extends JobName>(
  name: N,
  input: Jobs[N]['input'],
  options: JobOptions<N> = {},
): Promise<Jobs[N]['result']> {
  if (inThread || !startWorker()) return runHere(name, input, options);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    running.set(id, {
      resolve: resolve as (value: unknown) => void,
      reject,
      onPart: options.onPart as ((part: unknown) => void) | undefined,
      retry: () => runHere(name, input, options).then(resolve, reject),
    });
    if (running.size === 1) worker!.ref();
    post({ type: 'start', id, name, input });
    void sendChunks(id, options.chunks);
  });
}

async function sendChunks(id: number, chunks: Iterable<unknown> | undefined): Promise<void> {
  for (const chunk of chunks ?? []) {
    if (!running.has(id) || !worker) return;
    post({ type: 'chunk', id, chunk });
    // Serializing a chunk happens here, on the caller's loop: one chunk per turn keeps each turn short.
    await nextTurn();
  }
  if (running.has(id) && worker) post({ type: 'end', id });
}

function post(message: ToWorker): void {
  worker!.postMessage(message);
}

function workerFile(): string | URL {
  if (typeof FILE_WORKER_BUNDLE === 'string') return path.join(__dirname, FILE_WORKER_BUNDLE);
  return new URL('./file-worker-boot.mjs', import.meta.url);
}

function startWorker(): boolean {
  if (worker) return true;
  try {
    worker = new Worker(workerFile(), { name: 'tsunagu-file-worker' });
  } catch (err) {
    fallBack(err);
    return false;
  }
  online = false;
  const current = worker;
  current.unref();
  current.on('online', () => (online = true));
  current.on('message', (message: ToMain) => settle(message));
  current.on('error', (err) => lost(current, err));
  current.on('exit', (code) => lost(current, new Error(`file worker exited with code ${code}`)));
  return true;
}

function settle(message: ToMain): void {
  const job = running.get(message.id);
  if (!job) return;
  if (message.type === 'part') {
    job.onPart?.(message.part);
    return;
  }
  running.delete(message.id);
  if (running.size === 0) worker?.unref();
  if (message.type === 'done') job.resolve(message.result);
  else
    job.reject(
      message.error.code ? new AppError(message.error.code, message.error.message) : new Error(message.error.message),
    );
}

/** The worker died: a worker that never came up means none can here; one that did is started anew next time. */
function lost(which: Worker, err: unknown): void {
  if (which !== worker) return;
  worker = undefined;
  const jobsLeft = [...running.values()];
  running.clear();
  if (!online) {
    fallBack(err);
    for (const job of jobsLeft) job.retry();
  } else {
    for (const job of jobsLeft) job.reject(err);
  }
}

function fallBack(err: unknown): void {
  if (inThread) return;
  inThread = true;
  console.error(`[tsunagu] file worker unavailable, reading and writing files in the backend thread: ${String(err)}`);
}

async function runHere<N extends JobName>(
  name: N,
  input: Jobs[N]['input'],
  options: JobOptions<N>,
): Promise<Jobs[N]['result']> {
  const chunks = options.chunks ?? [];
  const ctx: JobContext<N> = {
    chunks: (async function* () {
      yield* chunks;
    })(),
    send: (part) => options.onPart?.(part),
  };
  // Loaded only here: the readers and writers (SheetJS, officecrypto-tool, docx …) belong to the worker, and the
  // backend thread needs them only when no worker could be started.
  const { jobs } = await import('./jobs');
  return (jobs[name] as (input: Jobs[N]['input'], ctx: JobContext<N>) => Promise<Jobs[N]['result']>)(input, ctx);
}

/** For tests and the bench: stops the worker (a later job starts a new one) and forgets the fallback. */
export async function stopFileWorker(): Promise<void> {
  const current = worker;
  worker = undefined;
  inThread = false;
  for (const job of running.values()) job.reject(new Error('file worker stopped'));
  running.clear();
  await current?.terminate();
}

/** Whether jobs run in a worker thread (false after a fallback), for tests. */
export function fileWorkerState(): 'worker' | 'in-thread' | 'idle' {
  return inThread ? 'in-thread' : worker ? 'worker' : 'idle';
}
