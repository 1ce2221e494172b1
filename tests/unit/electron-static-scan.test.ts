// A grep over electron/ for the settings and calls that undo Electron's isolation. Cheap, and it catches a
// careless edit before a review does.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = fileURLToPath(new URL('../../electron', import.meta.url));

const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'nodeIntegration: true', pattern: /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/ },
  { name: 'contextIsolation: false', pattern: /contextIsolation\s*:\s*false/ },
  { name: 'sandbox: false', pattern: /sandbox\s*:\s*false/ },
  { name: 'webSecurity: false', pattern: /webSecurity\s*:\s*false/ },
  { name: 'allowRunningInsecureContent: true', pattern: /allowRunningInsecureContent\s*:\s*true/ },
  { name: 'webviewTag: true', pattern: /webviewTag\s*:\s*true/ },
  { name: 'the remote module', pattern: /@electron\/remote|enableRemoteModule|\bremote\s*[.:]|['"]remote['"]/ },
  // The app opens no external URL at all; a call here would need a review of what reaches it.
  { name: 'shell.openExternal', pattern: /openExternal\s*\(/ },
  { name: 'exposing ipcRenderer', pattern: /exposeInMainWorld\([^)]*ipcRenderer/ },
  {
    name: 'a raw send/invoke with a channel chosen by the page',
    pattern: /ipcRenderer\.(send|sendSync|invoke)\(\s*channel\b/,
  },
  { name: 'eval', pattern: /\beval\s*\(|new Function\s*\(/ },
  {
    name: 'insecure-content switches',
    pattern: /disable-web-security|allow-running-insecure-content|ignore-certificate-errors/,
  },
];

function findViolations(source: string): string[] {
  return FORBIDDEN.filter(({ pattern }) => pattern.test(source)).map(({ name }) => name);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(entry.name) ? [full] : [];
  });
}

describe('static security scan of electron/', () => {
  it('finds the electron/ sources', () => {
    const names = sourceFiles(electronDir).map((file) => path.basename(file));
    expect(names).toEqual(expect.arrayContaining(['main.ts', 'preload.ts', 'security.ts', 'ipc.ts']));
  });

  it.each(sourceFiles(electronDir).map((file) => [path.relative(electronDir, file), file]))(
    '%s contains nothing that weakens isolation',
    (_name, file) => {
      expect(findViolations(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('flags each forbidden pattern (the scan can fail)', () => {
    const samples: Record<string, string> = {
      'nodeIntegration: true': 'webPreferences: { nodeIntegration: true }',
      'contextIsolation: false': '{ contextIsolation:false }',
      'sandbox: false': 'sandbox: false,',
      'webSecurity: false': 'webSecurity : false',
      'allowRunningInsecureContent: true': 'allowRunningInsecureContent: true',
      'webviewTag: true': 'webviewTag: true',
      'the remote module': "require('@electron/remote/main')",
      'shell.openExternal': 'shell.openExternal(url)',
      'exposing ipcRenderer': "contextBridge.exposeInMainWorld('ipc', ipcRenderer)",
      'a raw send/invoke with a channel chosen by the page': 'ipcRenderer.invoke(channel, input)',
      eval: 'eval(code)',
      'insecure-content switches': "app.commandLine.appendSwitch('disable-web-security')",
    };
    expect(Object.keys(samples).sort()).toEqual(FORBIDDEN.map(({ name }) => name).sort());
    for (const [name, sample] of Object.entries(samples)) expect(findViolations(sample)).toEqual([name]);
  });
});
