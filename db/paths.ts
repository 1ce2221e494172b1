// Where the database lives: the Electron userData folder of the app "Tsunagu", so the desktop app,
// the CLI and the test host all open the same file unless told otherwise.
import { homedir } from 'node:os';
import { join, resolve, win32 } from 'node:path';

export const APP_NAME = 'Tsunagu';
export const DB_FILE_NAME = 'tsunagu.db';

type Env = Readonly<Record<string, string | undefined>>;

/** The folder Electron's app.getPath('userData') gives for app name "Tsunagu". */
export function userDataDir(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

export function defaultDbPath(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  const dir = userDataDir(env, platform, home);
  return platform === 'win32' ? win32.join(dir, DB_FILE_NAME) : join(dir, DB_FILE_NAME);
}

/** `--db PATH` (or `--db=PATH`) > TSUNAGU_DB > the default. Relative paths are taken from the working folder. */
export function resolveDbPath(argv: readonly string[], env: Env = process.env): string {
  const fromArgs = dbArg(argv);
  if (fromArgs) return resolve(fromArgs);
  if (env.TSUNAGU_DB) return resolve(env.TSUNAGU_DB);
  return defaultDbPath(env);
}

function dbArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') return argv[i + 1] || null;
    if (arg?.startsWith('--db=')) return arg.slice('--db='.length) || null;
  }
  return null;
}
