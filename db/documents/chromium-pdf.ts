// The CLI's PDF printer: headless Chromium prints the minutes HTML from a private temporary folder.
// The HTML holds case data and the CLI's environment holds the passphrase, so:
// - Chromium gets an environment built from a short allowlist (never TSUNAGU_*), with HOME and the XDG
//   folders inside the temporary folder, so nothing it writes lands in the user's real profile;
// - crash reporting is off (no crashpad upload of a renderer full of case data), and any dump it still
//   makes stays in the temporary folder;
// - Chromium runs in its own process group, so the whole tree (zygote, renderer, crash handler) is killed
//   together: on SIGINT/SIGTERM the CLI kills it and removes the folder before it dies;
// - a SIGKILL cannot be caught, so each run first removes what a killed run left behind: folders named
//   with a process id that no longer runs, and the Chromium still printing from one.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../shared/contract';
import { PRIVATE_FILE_MODE } from '../files/private-files';
import { processAlive } from '../lease';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const PRINT_TIMEOUT_MS = 120_000;
export const TEMP_PREFIX = 'tsunagu-minutes-';
const CHROMIUM_PID_FILE = 'chromium.pid';
/** Folders of an older version carry no process id; one older than this cannot still be printing. */
const LEGACY_MAX_AGE_MS = 60 * 60 * 1000;

/** What Chromium may see of the CLI's environment: locale, time zone, fonts and PATH. Nothing else. */
const ENV_ALLOWLIST = [/^PATH$/, /^LANG$/, /^LANGUAGE$/, /^LC_[A-Z]+$/, /^TZ$/, /^FONTCONFIG_(FILE|PATH)$/];

export function chromiumEnv(env: NodeJS.ProcessEnv, dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && ENV_ALLOWLIST.some((pattern) => pattern.test(name))) out[name] = value;
  }
  return {
    ...out,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    XDG_DATA_HOME: join(dir, 'data'),
    TMPDIR: dir,
    // Chromium's own switch for "no crash dialogs, no crash uploads".
    CHROME_HEADLESS: '1',
  };
}

export function chromiumArgs(dir: string, page: string, pdf: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-crash-reporter',
    '--disable-breakpad',
    `--crash-dumps-dir=${join(dir, 'crashes')}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${join(dir, 'profile')}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdf}`,
    pathToFileURL(page).href,
  ];
}

/** Prints HTML with headless Chromium ($CHROMIUM_PATH or /usr/bin/chromium); a Japanese error when there is none. */
export function chromiumPrinter(env: NodeJS.ProcessEnv): (html: string) => Promise<Uint8Array> {
  const chromium = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(chromium)) {
    throw new AppError(
      'not_found',
      `PDF を作るための Chromium が見つかりません（${chromium}）。Chromium を入れるか、環境変数 CHROMIUM_PATH にその場所を指定してください。.docx で書き出して Word から PDF にすることもできます。`,
    );
  }
  return async (html) => {
    const root = tmpdir();
    removeLeftovers(root);
    // mkdtemp makes the folder 0700; the pid in its name tells a later run whether its owner still lives.
    const dir = mkdtempSync(join(root, `${TEMP_PREFIX}${process.pid}-`));
    const job: PrintJob = { dir, child: null };
    const stopOnSignal = watchSignals(job);
    try {
      const page = join(dir, 'minutes.html');
      const pdf = join(dir, 'minutes.pdf');
      writeFileSync(page, html, { mode: PRIVATE_FILE_MODE });
      await run(chromium, chromiumArgs(dir, page, pdf), chromiumEnv(env, dir), job);
      if (!existsSync(pdf)) throw new AppError('internal', 'Chromium が PDF を作りませんでした。');
      return readFileSync(pdf);
    } finally {
      killGroup(job.child);
      rmSync(dir, { recursive: true, force: true });
      stopOnSignal();
    }
  };
}

interface PrintJob {
  dir: string;
  child: ChildProcess | null;
}

/** On SIGINT/SIGTERM: Chromium and the folder go first, then the CLI dies of the same signal. */
function watchSignals(job: PrintJob): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    stop();
    killGroup(job.child);
    rmSync(job.dir, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  const stop = (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return stop;
}

function run(file: string, args: string[], env: Record<string, string>, job: PrintJob): Promise<void> {
  return new Promise((resolve, reject) => {
    // detached: its own process group, so one kill reaches every process Chromium starts. (On Windows it
    // would mean a new console instead, and the group kill below only reaches Chromium's main process.)
    const child = spawn(file, args, {
      env,
      cwd: job.dir,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    job.child = child;
    if (child.pid !== undefined)
      writeFileSync(join(job.dir, CHROMIUM_PID_FILE), String(child.pid), { mode: PRIVATE_FILE_MODE });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => killGroup(child), PRINT_TIMEOUT_MS);
    const fail = (detail: string): void =>
      reject(new AppError('internal', `Chromium での PDF 作成に失敗しました: ${detail}`));
    child.once('error', (err) => {
      clearTimeout(timer);
      fail(err.message);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else fail(signal ? `${signal} で終了しました` : `終了コード ${code}${firstLine(stderr)}`);
    });
  });
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '');
  return line ? `（${line.trim().slice(0, 200)}）` : '';
}

function killGroup(child: ChildProcess | null): void {
  if (child?.pid === undefined) return;
  killProcessGroup(child.pid);
}

function killProcessGroup(pid: number): void {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Removes temporary folders of runs that were killed (SIGKILL, power loss) and the Chromium they left printing. */
export function removeLeftovers(root: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(root).filter((name) => name.startsWith(TEMP_PREFIX));
  } catch {
    return;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const dir = join(root, name);
    try {
      const info = statSync(dir);
      if (!info.isDirectory() || (uid !== undefined && info.uid !== uid)) continue;
      const owner = /^(\d+)-/.exec(name.slice(TEMP_PREFIX.length));
      if (owner ? processAlive(Number(owner[1])) : now - info.mtimeMs < LEGACY_MAX_AGE_MS) continue;
      killLeftChromium(dir);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run cleaning the same folder, or one we may not touch: not ours to fail on.
    }
  }
}

/** Only a process whose command line names this folder is killed: a recycled pid is left alone. */
function killLeftChromium(dir: string): void {
  const pid = Number(readFileOr(join(dir, CHROMIUM_PID_FILE)));
  if (!Number.isInteger(pid) || pid <= 0) return;
  const cmdline = readFileOr(`/proc/${pid}/cmdline`);
  if (cmdline.includes(dir)) killProcessGroup(pid);
}

function readFileOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
