// Runs the CLI as a user would (`npm run tsunagu -- …` is `tsx db/cli/main.ts …`), with the passphrase
// from the environment and no database path inherited from the machine running the tests.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { PASSPHRASE } from './db-helpers';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn('npx', ['tsx', 'db/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, TSUNAGU_DB: undefined, TSUNAGU_DEBUG: undefined, TSUNAGU_PASSPHRASE: PASSPHRASE, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
