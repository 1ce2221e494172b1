// Finds the Electron executable the way node_modules/electron/index.js does, but without its side effect:
// requiring 'electron' from Node starts a download when the binary is missing, and on a machine that
// cannot reach the download host that only fails later and less clearly.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The executable's path inside an Electron dist folder, as install.js writes it to path.txt. */
export function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The Electron executable for this project, or null when it was never downloaded.
 * electronDir: node_modules/electron. ELECTRON_OVERRIDE_DIST_PATH (Electron's own variable) points at an
 * unpacked Electron dist folder obtained some other way.
 */
export function findElectronBinary(electronDir, env = process.env, platform = process.platform) {
  let relative = null;
  try {
    relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim() || null;
  } catch {
    // No path.txt: install.js never completed.
  }
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? platformExecutable(platform))
    : relative
      ? path.join(electronDir, 'dist', relative)
      : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

export function electronVersion(electronDir) {
  return JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
}
