// `npm start` on a machine without the Electron binary (every build machine of ours), the binary lookup,
// the esbuild bundles, and the electron-builder configuration as electron-builder itself validates it.
import { describe, it, expect, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { findElectronBinary, platformExecutable } from '../../build/scripts/electron-runtime.mjs';
import { electronBundles, MAIN_EXTERNALS } from '../../build/scripts/build-electron.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const temps: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tsunagu-electron-'));
  temps.push(dir);
  return dir;
}

afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});

describe('npm start without the Electron binary', () => {
  it('exits 1 and explains in Japanese and English how to get Electron or use the browser', () => {
    const env = { ...process.env };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const started = Date.now();
    const result = spawnSync(process.execPath, [path.join(root, 'build/scripts/start-desktop.mjs'), '--db', 'x.db'], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    expect(output).toContain('Electron の実行環境がこのコンピューターにインストールされていません');
    expect(output).toContain('The Electron runtime is not installed on this machine');
    expect(output).toContain('npx install-electron');
    expect(output).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(output).toContain('npm run start:browser');
    // It decided from the files on disk: no build, no download attempt.
    expect(output).not.toMatch(/Downloading|vite/i);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('findElectronBinary', () => {
  function fakeElectronPackage(withBinary: boolean): string {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'path.txt'), platformExecutable());
    if (withBinary) {
      const executable = path.join(dir, 'dist', platformExecutable());
      mkdirSync(path.dirname(executable), { recursive: true });
      writeFileSync(executable, '');
    }
    return dir;
  }

  it('finds the binary install.js unpacked into dist/', () => {
    const dir = fakeElectronPackage(true);
    expect(findElectronBinary(dir, {})).toBe(path.join(dir, 'dist', platformExecutable()));
  });

  it('returns null when path.txt names a binary that is not there, or there is no path.txt', () => {
    expect(findElectronBinary(fakeElectronPackage(false), {})).toBeNull();
    expect(findElectronBinary(tempDir(), {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, with or without path.txt', () => {
    const dist = tempDir();
    writeFileSync(path.join(dist, platformExecutable('linux')), '');
    expect(findElectronBinary(tempDir(), { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBe(
      path.join(dist, 'electron'),
    );
    expect(findElectronBinary(tempDir(), { ELECTRON_OVERRIDE_DIST_PATH: tempDir() }, 'linux')).toBeNull();
  });

  it('reports this machine as having no Electron binary (the premise of the test above)', () => {
    const electronDir = path.dirname(require.resolve('electron/package.json'));
    expect(findElectronBinary(electronDir, {})).toBeNull();
  });
});

describe('Electron bundles', () => {
  function requiredModules(code: string): string[] {
    return [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!);
  }

  it('bundles the preload so that it requires nothing but electron (a sandboxed preload can load nothing else)', async () => {
    const result = await build({
      ...electronBundles(root).preload,
      write: false,
      sourcemap: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles?.[0]?.text ?? '';
    expect(new Set(requiredModules(code))).toEqual(new Set(['electron']));

    // Run it as a sandboxed preload would be: a bare context whose require knows only 'electron'.
    const exposed = new Map<string, unknown>();
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on: () => {}, removeListener: () => {} },
    };
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });
    expect([...exposed.keys()]).toEqual(['tsunagu']);
    const bridge = exposed.get('tsunagu') as {
      methods: Record<string, ((input: unknown) => Promise<unknown>) | undefined>;
    };
    await expect(bridge.methods['ledger.list']?.({})).resolves.toEqual({ ok: true, value: null });
    expect(bridge.methods['shell.exec']).toBeUndefined();
  });

  it('bundles main with only Node built-ins and the declared external packages left to require', async () => {
    const result = await build({ ...electronBundles(root).main, write: false, sourcemap: false, logLevel: 'silent' });
    const code = result.outputFiles?.[0]?.text ?? '';
    const builtins = new Set(require('node:module').builtinModules as string[]);
    const outside = requiredModules(code).filter(
      (name) => !name.startsWith('node:') && !builtins.has(name) && !MAIN_EXTERNALS.includes(name),
    );
    expect(outside).toEqual([]);
    expect(requiredModules(code)).toContain('electron');
  });
});

describe('electron-builder.yml', () => {
  async function loadAndValidate(configPath: string) {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    const config = await getConfig(root, configPath, null);
    await validateConfiguration(config, new DebugLogger(false));
    return config;
  }

  it('passes electron-builder’s own schema and says what the brief asks', async () => {
    const config = await loadAndValidate(path.join(root, 'electron-builder.yml'));
    expect(config).toMatchObject({
      appId: 'jp.tsunagu.app',
      productName: 'つなぐ (Tsunagu)',
      publish: null,
      npmRebuild: true,
      directories: { buildResources: 'build' },
      nsis: { oneClick: false, perMachine: true, allowElevation: true },
      msi: { perMachine: true },
      win: { target: ['nsis', 'msi'] },
      linux: { target: ['AppImage'] },
    });
    expect(config.artifactName).toMatch(/^[\x20-\x7e]+$/);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3-multiple-ciphers/**');
    expect(JSON.stringify(config.files)).toContain('dist/**');
  });

  it('would catch a mistyped option (the validation can fail)', async () => {
    const dir = tempDir();
    const broken = path.join(dir, 'electron-builder.yml');
    writeFileSync(broken, 'appId: jp.tsunagu.app\nnsis:\n  oneClik: false\n');
    await expect(loadAndValidate(broken)).rejects.toThrow(/Invalid configuration object[\s\S]*configuration\.nsis/);
  });

  it('is not rebuilt for Electron at npm install time', () => {
    const pkg = require('../../package.json') as { scripts: Record<string, string> };
    expect(pkg.scripts.postinstall ?? '').not.toMatch(/rebuild|electron-builder install-app-deps/);
  });
});
