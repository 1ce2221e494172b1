// "Who has this database open": every backend that holds the database unlocked keeps a small lease file
// next to it (pid, host, program, since), removed when it locks or closes. A restore refuses to replace
// the file while a live lease exists. A lease whose process is gone (a crash, a kill) is stale: on the same
// host that is checked with the pid and the lease is removed; a lease from another computer (a shared
// folder) cannot be checked from here and counts as live until that computer's app closes.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface LeaseInfo {
  pid: number;
  host: string;
  program: string;
  since: string;
}
export interface Lease {
  readonly path: string;
  release(): void;
}

const SUFFIX = '.lease';

function prefixOf(dbPath: string): string {
  return `.${basename(dbPath)}.open-`;
}

/** Writes this process's lease on `dbPath`. */
export function acquireLease(dbPath: string, program: string, now: Date = new Date()): Lease {
  const path = join(dirname(dbPath), `${prefixOf(dbPath)}${process.pid}-${randomBytes(4).toString('hex')}${SUFFIX}`);
  const info: LeaseInfo = { pid: process.pid, host: hostname(), program, since: now.toISOString() };
  writeFileSync(path, JSON.stringify(info), { flag: 'wx' });
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      rmSync(path, { force: true });
    },
  };
}

/** The live leases on `dbPath` (stale ones of this host are removed on the way). */
export function liveLeases(dbPath: string): LeaseInfo[] {
  const folder = dirname(dbPath);
  const prefix = prefixOf(dbPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const live: LeaseInfo[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) continue;
    const path = join(folder, name);
    const info = readLease(path);
    // Unreadable: written this instant (not yet complete) or damaged. Counted as live: refusing a restore is safe.
    if (!info) {
      live.push({ pid: 0, host: '不明', program: '不明なプログラム', since: '' });
      continue;
    }
    if (info.host === hostname() && !processAlive(info.pid)) {
      rmSync(path, { force: true });
      continue;
    }
    live.push(info);
  }
  return live;
}

function readLease(path: string): LeaseInfo | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LeaseInfo>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, program: String(value.program ?? ''), since: String(value.since ?? '') };
  } catch {
    return null;
  }
}

/** Whether a process with this pid runs on this machine (used for leases and the CLI's leftover temp folders). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
