// How the CLI runs Chromium for PDF minutes (db/documents/chromium-pdf.ts), with a fake Chromium (CHROMIUM_PATH)
// that records what it was given: no secret in its environment, crash reporting off, a private profile in
// the private temporary folder; SIGTERM mid-print leaves neither folder nor Chromium; a later run removes
// what a SIGKILLed one left behind.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../shared/api-client';
import { createBackend } from '../../db/backend';
import { TEMP_PREFIX } from '../../db/documents/chromium-pdf';
import { cli, ROOT } from './cli-helpers';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting } from './meeting-helpers';

const tempDir = useTempDirs();
const FILE_PASSWORD = 'ファイル用の秘密-file-secret';
const HOST_TOKEN = 'host-token-secret-0123456789abcdefghijkl';

/** A shell script standing in for Chromium; it writes what it saw next to `dump`, then a tiny PDF. */
function fakeChromium(dir: string): { path: string; dump: string } {
  const dump = join(dir, 'dump');
  const path = join(dir, 'fake-chromium.sh');
  writeFileSync(
    path,
    `#!/bin/sh
dump='${dump}'
env > "$dump.env"
for a in "$@"; do printf '%s\\n' "$a"; done > "$dump.args"
for a in "$@"; do
  case "$a" in
    --print-to-pdf=*) pdf="\${a#--print-to-pdf=}" ;;
    --user-data-dir=*) profile="\${a#--user-data-dir=}" ;;
  esac
done
folder=$(dirname "$profile")
stat -c '%a' "$folder" > "$dump.foldermode"
stat -c '%a' "$folder/minutes.html" > "$dump.htmlmode"
if [ -f "$dump.slow" ]; then
  # Like Chromium's helper processes: a child that must die with it.
  sleep 120 &
  echo $! > "$dump.helper"
  echo $$ > "$dump.pid"
  wait
fi
printf '%%PDF-1.4 fake\\n' > "$pdf"
`,
  );
  chmodSync(path, 0o755);
  return { path, dump };
}

async function endedMeeting(dir: string): Promise<{ dbPath: string; meetingId: number }> {
  const dbPath = join(dir, 'tsunagu.db');
  const backend = createBackend({ dbPath });
  try {
    const api = createApi(backend);
    await api.call('session.setup', { passphrase: PASSPHRASE });
    await api.call('ledger.create', { case: fakeCase('PDF-1', { name: '川辺　一郎' }) });
    const meeting = await api.call('meetings.create', { meeting: fakeMeeting() });
    return { dbPath, meetingId: meeting.id };
  } finally {
    backend.close();
  }
}

/** A test folder with its own TMPDIR (where the CLI makes its temporary folders), a fake Chromium and a meeting. */
async function printSetup() {
  const dir = tempDir();
  const tmpRoot = join(dir, 'tmp');
  mkdirSync(tmpRoot);
  return { dir, tmpRoot, chromium: fakeChromium(dir), ...(await endedMeeting(dir)) };
}

const leftovers = (root: string): string[] => readdirSync(root).filter((name) => name.startsWith(TEMP_PREFIX));

/** Alive and not a zombie (a container's init may be slow to reap the orphans this test makes). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.runIf(process.platform === 'linux')('CLI: minutes PDF and its Chromium', { timeout: 120_000 }, () => {
  it('gives Chromium no secret, no crash reporting and a private profile in a private folder it then removes', async () => {
    const { dir, tmpRoot, chromium, dbPath, meetingId } = await printSetup();
    const out = join(dir, '議事録.pdf');
    const result = await cli(['minutes', '--db', dbPath, '--meeting', String(meetingId), '--out', out], {
      CHROMIUM_PATH: chromium.path,
      TMPDIR: tmpRoot,
      TSUNAGU_FILE_PASSWORD: FILE_PASSWORD,
      TSUNAGU_HOST_TOKEN: HOST_TOKEN,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(out, 'latin1')).toMatch(/^%PDF-/);
    expect((statSync(out).mode & 0o777).toString(8)).toBe('600');

    const env = readFileSync(`${chromium.dump}.env`, 'utf8');
    for (const secret of [
      'TSUNAGU_PASSPHRASE',
      'TSUNAGU_FILE_PASSWORD',
      'TSUNAGU_HOST_TOKEN',
      PASSPHRASE,
      FILE_PASSWORD,
      HOST_TOKEN,
    ]) {
      expect(env, secret).not.toContain(secret);
    }
    expect(env).toMatch(/^CHROME_HEADLESS=1$/m);
    const args = readFileSync(`${chromium.dump}.args`, 'utf8').split('\n');
    expect(args).toContain('--disable-crash-reporter');
    expect(args).toContain('--disable-breakpad');
    const profile = args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? '';
    expect(profile.startsWith(join(tmpRoot, TEMP_PREFIX))).toBe(true);
    const folder = profile.slice(0, profile.lastIndexOf('/'));
    expect(env).toContain(`HOME=${folder}\n`);
    expect(args.find((a) => a.startsWith('--crash-dumps-dir='))).toBe(`--crash-dumps-dir=${folder}/crashes`);
    expect(readFileSync(`${chromium.dump}.foldermode`, 'utf8').trim()).toBe('700');
    expect(readFileSync(`${chromium.dump}.htmlmode`, 'utf8').trim()).toBe('600');
    expect(leftovers(tmpRoot)).toEqual([]);
  });

  it('on SIGTERM mid-print, kills Chromium and its children and removes the folder', async () => {
    const { dir, tmpRoot, chromium, dbPath, meetingId } = await printSetup();
    writeFileSync(`${chromium.dump}.slow`, '');
    // Node itself (not npx) so the signal reaches the CLI as it would from a terminal or a service manager.
    const child: ChildProcess = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'db/cli/main.ts',
        'minutes',
        '--db',
        dbPath,
        '--meeting',
        String(meetingId),
        '--out',
        join(dir, 'x.pdf'),
      ],
      {
        cwd: ROOT,
        stdio: 'ignore',
        env: {
          ...process.env,
          TSUNAGU_DB: undefined,
          TSUNAGU_PASSPHRASE: PASSPHRASE,
          CHROMIUM_PATH: chromium.path,
          TMPDIR: tmpRoot,
        },
      },
    );
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    await waitFor(() => existsSync(`${chromium.dump}.pid`), 60_000);
    const pids = [`${chromium.dump}.pid`, `${chromium.dump}.helper`].map((f) => Number(readFileSync(f, 'utf8')));
    expect(pids.every(isRunning)).toBe(true);
    expect(leftovers(tmpRoot)).toHaveLength(1);

    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(leftovers(tmpRoot)).toEqual([]);
    await waitFor(() => !pids.some(isRunning), 5_000);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('removes what a killed run left: its folder and the Chromium still printing from it', async () => {
    const { dir, tmpRoot, chromium, dbPath, meetingId } = await printSetup();

    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    const dead = join(tmpRoot, `${TEMP_PREFIX}${gone.pid}-AbCdEf`);
    mkdirSync(join(dead, 'profile'), { recursive: true });
    writeFileSync(join(dead, 'minutes.html'), '<p>川辺　一郎</p>');
    // A "Chromium" the killed run left printing: its command line names the folder, as the real one's does.
    const orphan = spawn(
      process.execPath,
      ['-e', 'setTimeout(() => {}, 120000)', `--user-data-dir=${join(dead, 'profile')}`],
      { detached: true, stdio: 'ignore' },
    );
    writeFileSync(join(dead, 'chromium.pid'), String(orphan.pid));
    // A process that is not that Chromium, named in another leftover's pid file, must be left alone.
    const bystander = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
    const deadToo = join(tmpRoot, `${TEMP_PREFIX}${gone.pid}-GhIjKl`);
    mkdirSync(deadToo);
    writeFileSync(join(deadToo, 'chromium.pid'), String(bystander.pid));
    const live = join(tmpRoot, `${TEMP_PREFIX}${process.pid}-MnOpQr`);
    mkdirSync(live);
    const legacyOld = join(tmpRoot, `${TEMP_PREFIX}StUvWx`);
    mkdirSync(legacyOld);
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(legacyOld, twoHoursAgo, twoHoursAgo);
    const legacyNew = join(tmpRoot, `${TEMP_PREFIX}YzAbCd`);
    mkdirSync(legacyNew);

    try {
      const result = await cli(
        ['minutes', '--db', dbPath, '--meeting', String(meetingId), '--out', join(dir, 'y.pdf')],
        { CHROMIUM_PATH: chromium.path, TMPDIR: tmpRoot },
      );
      expect(result.code, result.stderr).toBe(0);
      expect(leftovers(tmpRoot).sort()).toEqual([live, legacyNew].map((p) => p.slice(tmpRoot.length + 1)).sort());
      await waitFor(() => !isRunning(orphan.pid!), 5_000);
      expect(isRunning(bystander.pid!)).toBe(true);
    } finally {
      for (const p of [orphan, bystander]) if (p.pid && isRunning(p.pid)) p.kill('SIGKILL');
    }
  });
});
