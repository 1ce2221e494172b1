// Runs the browser host (server/) in its own Node process, as the backend runs in Electron's main process: a
// synchronous database write there must not stall the Playwright worker and so fake a frozen page.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newLaunchToken } from '../../server/launch-token';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const STATIC_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface HostProcess {
  /** The URL the host printed, with its launch token: opening it gives the page the token cookie. */
  url: string;
  /** e.g. http://127.0.0.1:5180 */
  origin: string;
  /** For requests made outside the page: the x-tsunagu-token header. */
  token: string;
  close(): Promise<void>;
}

export async function spawnHost(dbPath: string): Promise<HostProcess> {
  const token = newLaunchToken();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--port', '0', '--db', dbPath, '--static', STATIC_DIR],
    {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TSUNAGU_DB: undefined, TSUNAGU_HOST_TOKEN: token },
    },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /Tsunagu browser host: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveClose();
        const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(killTimer);
          resolveClose();
        });
        child.kill('SIGTERM');
      }),
  };
}
