// `npm start`: runs the desktop app from the source tree. Builds the renderer and the Electron bundles,
// builds a copy of the SQLite module for Electron's Node into .electron-native/ (node_modules keeps the
// build for the system Node, which the tests and the CLI use), then launches Electron with any extra
// arguments (e.g. `npm start -- --db ./dev.db`).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion, findElectronBinary } from './electron-runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const electronDir = path.dirname(require.resolve('electron/package.json'));
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

function missingRuntimeMessage(version) {
  return `
Electron の実行環境がこのコンピューターにインストールされていません。
npm の electron パッケージ (${version}) は入っていますが、Electron 本体は npm とは別のダウンロード元
(GitHub の Electron リリース) から取得するもので、まだ取得されていません。

入手するには、次のどちらかを行ってください。
  1. Electron のダウンロード元に接続できる環境で、Electron のインストールスクリプトを実行する:
       npx install-electron
     (社内ミラーがある場合は ELECTRON_MIRROR 環境変数でその URL を指定できます)
  2. 別の方法で入手した Electron ${version} を展開したフォルダーを指定して起動する:
       ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron npm start

同じアプリはブラウザーでも動かせます:  npm run start:browser

The Electron runtime is not installed on this machine.
The npm package "electron" (${version}) is present, but the Electron binary itself is downloaded separately
(from Electron's GitHub releases), and that has not happened here.

To get it, do one of the following:
  1. On a machine that can reach Electron's download host, run Electron's install script:
       npx install-electron
     (set ELECTRON_MIRROR to use a mirror)
  2. Point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron ${version} you obtained another way:
       ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron npm start

The same app runs in a browser:  npm run start:browser
`;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`コマンドが失敗しました (終了コード ${result.status}): ${[command, ...args].join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

/** Runs an npm script with the npm that started us, so Windows needs no shell to find npm.cmd. */
function runNpm(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && npmCli.endsWith('.js')) run(process.execPath, [npmCli, ...args]);
  else run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { shell: process.platform === 'win32' });
}

/**
 * npm exports its config to scripts as npm_config_*; node-gyp reads those, and a `nodedir` or `target`
 * from the user's .npmrc would silently build against the system Node's headers instead of Electron's.
 */
function envForNodeGyp() {
  const overridden = new Set(['nodedir', 'target', 'target_arch', 'arch', 'runtime', 'disturl', 'dist_url', 'devdir']);
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const match = /^npm_config_(.+)$/i.exec(key);
    if (match && overridden.has(match[1].toLowerCase().replace(/-/g, '_'))) delete env[key];
  }
  return env;
}

function rebuildSqliteForElectron(version) {
  const nativeDir = path.join(root, '.electron-native');
  const binding = path.join(nativeDir, 'better_sqlite3.node');
  const infoPath = path.join(nativeDir, 'build-info.json');
  const sourceDir = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
  const wanted = {
    electron: version,
    module: JSON.parse(readFileSync(path.join(sourceDir, 'package.json'), 'utf8')).version,
    platform: process.platform,
    arch: process.arch,
  };
  try {
    const built = JSON.parse(readFileSync(infoPath, 'utf8'));
    if (existsSync(binding) && JSON.stringify(built) === JSON.stringify(wanted)) return binding;
  } catch {
    // No record of an earlier build: build now.
  }

  console.log(`SQLite モジュールを Electron ${version} 用にビルドしています (初回のみ、数分かかります)…`);
  const workDir = path.join(nativeDir, 'better-sqlite3-multiple-ciphers');
  const sourceBuildDir = path.join(sourceDir, 'build');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(nativeDir, { recursive: true });
  cpSync(sourceDir, workDir, {
    recursive: true,
    filter: (src) => src !== sourceBuildDir && !src.startsWith(sourceBuildDir + path.sep),
  });
  const nodeGyp = path.join(path.dirname(require.resolve('node-gyp/package.json')), 'bin', 'node-gyp.js');
  run(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${version}`,
      `--arch=${process.arch}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
      `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    ],
    { cwd: workDir, env: envForNodeGyp() },
  );
  copyFileSync(path.join(workDir, 'build', 'Release', 'better_sqlite3.node'), binding);
  writeFileSync(infoPath, `${JSON.stringify(wanted, null, 2)}\n`);
  rmSync(workDir, { recursive: true, force: true });
  return binding;
}

function launch(binary) {
  const env = { ...process.env };
  // Set by some tools; it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env, windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Electron を起動できませんでした: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const version = electronVersion(electronDir);
const binary = findElectronBinary(electronDir, process.env);
if (!binary) {
  console.error(missingRuntimeMessage(version));
  process.exit(1);
}
runNpm(['run', 'build']);
rebuildSqliteForElectron(version);
launch(binary);
