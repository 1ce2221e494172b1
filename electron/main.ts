// The Electron main process: lifecycle, the app:// protocol, the backend and its IPC adapter, and one
// console window. Everything with a decision in it lives in security.ts, app-protocol.ts and ipc.ts.
// Bundled by build/scripts/build-electron.mjs into dist/electron/main.cjs (so __dirname is dist/electron).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { createBackend, type Backend } from '../db/backend';
import { resolveDbPath, userDataDir } from '../db/paths';
import { createAppProtocolHandler } from './app-protocol';
import { debugSwitchIn, refusalMessage } from './debug-switches';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { APP_ENTRY_URL, APP_SCHEME, denyAllPermissionsIn, hardenWebContents, isTrustedSender } from './security';
import { closePresenterWindow, isPresenterContents, openPresenterWindow } from './presenter-window';
import { printHtmlToPdf } from './print-to-pdf';
import { consoleWindowOptions } from './window';
import { lockOnOsEvents } from './auto-lock';

const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
/** The projector window's preload: present.view and its events only (electron/preload-projector.ts). */
const PROJECTOR_PRELOAD_PATH = path.join(__dirname, 'preload-projector.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

let backend: Backend | null = null;
let disposeIpc: (() => void) | null = null;
let disposeAutoLock: (() => void) | null = null;
let consoleWindow: BrowserWindow | null = null;

/**
 * In the source tree, the SQLite module in node_modules is built for Node (tests, CLI); `npm start` puts a
 * copy rebuilt for Electron in .electron-native/. An installed app has its own, rebuilt by electron-builder.
 */
function nativeBindingPath(): string | undefined {
  if (app.isPackaged) return undefined;
  const candidate = path.join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

function openConsoleWindow(): void {
  const window = new BrowserWindow(consoleWindowOptions(PRELOAD_PATH));
  consoleWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (consoleWindow === window) consoleWindow = null;
    closePresenterWindow();
  });
  void window.loadURL(APP_ENTRY_URL);
}

function focusConsoleWindow(): void {
  if (!consoleWindow || consoleWindow.isDestroyed()) return;
  if (consoleWindow.isMinimized()) consoleWindow.restore();
  consoleWindow.focus();
}

function start(): void {
  denyAllPermissionsIn(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, app.isPackaged)));

  const nativeBinding = nativeBindingPath();
  backend = createBackend({
    dbPath: resolveDbPath(process.argv, process.env),
    ...(nativeBinding ? { nativeBinding } : {}),
    openPresenter: (meetingId) => openPresenterWindow({ preloadPath: PROJECTOR_PRELOAD_PATH }, meetingId),
    printToPdf: printHtmlToPdf,
  });
  disposeIpc = registerIpc(
    ipcMain,
    backend,
    (event) => isTrustedSender(event.senderFrame),
    () => BrowserWindow.getAllWindows().map((window) => window.webContents),
    isPresenterContents,
  );
  disposeAutoLock = lockOnOsEvents(powerMonitor, () => backend);
  openConsoleWindow();
}

function failToStart(error: unknown): void {
  console.error('[main] start failed', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('つなぐを起動できませんでした', `起動中にエラーが発生しました。\n\n${detail}`);
  app.exit(1);
}

function shutDown(): void {
  disposeAutoLock?.();
  disposeAutoLock = null;
  disposeIpc?.();
  disposeIpc = null;
  backend?.close();
  backend = null;
}

// Everything below must happen before 'ready'.
function prepare(): void {
  // Chromium's own data goes next to the database (db/paths.ts), whatever productName the installer uses.
  app.setPath('userData', userDataDir());
  app.enableSandbox();
  // standard: a real origin (relative URLs, 'self' in the CSP); secure: treated like https. corsEnabled stays
  // unset on purpose: it would make app:// readable from any other origin.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

const debugSwitch = debugSwitchIn(process.argv, process.env);
if (debugSwitch) {
  // Before anything else: no window, no database, no IPC. (No dialog either: dialogs need 'ready'.)
  console.error(refusalMessage(debugSwitch));
  app.exit(1);
} else {
  // Before the lock: Electron keys the single-instance lock on the userData folder set here.
  prepare();
  // Two instances would open one encrypted database twice; the second one hands over to the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    app.on('second-instance', focusConsoleWindow);
    // Closing the console ends the session on every OS (macOS included): the database must not stay open
    // with nobody in front of it.
    app.on('window-all-closed', () => app.quit());
    app.on('will-quit', shutDown);
    app.whenReady().then(start).catch(failToStart);
  }
}
