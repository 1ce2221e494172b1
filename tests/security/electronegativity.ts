// Electronegativity (Doyensec's static scanner for Electron apps) over electron/, compared with the findings
// we have reviewed and accepted (electronegativity-accepted.json, each with its reason). A finding not on
// that list fails the scan; so does an accepted one that no longer appears, so the list never goes stale.
//
// The scanner reaches for the network twice: translations of its messages (in every run) and Electron's
// release list (AvailableSecurityFixesGlobalCheck). Our build machines and CI have no such access, and a
// scan must not depend on a third-party web page, so its HTTP client is replaced by one that fails at once
// and that check is left out: which Electron versions carry fixes is tracked by updating Electron, not here.
import Module, { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const ACCEPTED_FILE = fileURLToPath(new URL('./electronegativity-accepted.json', import.meta.url));
const OFFLINE_CHECKS_LEFT_OUT = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  check: string;
  file: string;
  line: number;
  sample: string;
}
export interface Accepted {
  check: string;
  file: string;
  sample: string;
  reason: string;
}
export interface ScanResult {
  findings: Finding[];
  unexpected: Finding[];
  stale: Accepted[];
  errors: string[];
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  sample: string | null;
}
type Runner = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

const require = createRequire(import.meta.url);

/** Runs the scanner on `input` with no network access, assuming the Electron version we depend on. */
export async function scanElectron(input = `${REPO}electron`): Promise<{ findings: Finding[]; errors: string[] }> {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = function offline(request: string, ...rest: unknown[]) {
    if (request === 'got') return () => Promise.reject(new Error('offline: no network for the static scan'));
    return load.call(this, request, ...rest);
  };
  try {
    const module = require('@doyensec/electronegativity') as Runner | { default: Runner };
    const run = typeof module === 'function' ? module : module.default;
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    const result = await run(
      {
        input,
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: electronVersion,
        excludeFromScan: OFFLINE_CHECKS_LEFT_OUT,
        parserPlugins: [],
      },
      false,
    );
    return {
      findings: result.issues.map((issue) => ({
        check: issue.id,
        file: issue.file,
        line: issue.location.line,
        sample: (issue.sample ?? '').trim(),
      })),
      // A file the scanner could not parse was not scanned: that fails the scan too.
      errors: result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`),
    };
  } finally {
    loader._load = load;
  }
}

export function readAccepted(path = ACCEPTED_FILE): Accepted[] {
  const list = JSON.parse(readFileSync(path, 'utf8')) as Accepted[];
  for (const entry of list) {
    if (!entry.check || !entry.file || typeof entry.sample !== 'string' || !entry.reason?.trim()) {
      throw new Error(
        `${path}: every accepted finding needs check, file, sample and a reason: ${JSON.stringify(entry)}`,
      );
    }
  }
  return list;
}

const matches = (finding: Finding, accepted: Accepted): boolean =>
  finding.check === accepted.check && finding.file === accepted.file && finding.sample.includes(accepted.sample);

export function compare(findings: Finding[], accepted: Accepted[]): Pick<ScanResult, 'unexpected' | 'stale'> {
  return {
    unexpected: findings.filter((f) => !accepted.some((a) => matches(f, a))),
    stale: accepted.filter((a) => !findings.some((f) => matches(f, a))),
  };
}

export async function scanAgainstAccepted(input?: string, acceptedPath?: string): Promise<ScanResult> {
  const { findings, errors } = await scanElectron(input);
  return { findings, errors, ...compare(findings, readAccepted(acceptedPath)) };
}
