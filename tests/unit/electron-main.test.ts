// The main process's wiring, with Electron, the backend and the path helpers mocked: what happens
// before 'ready', what happens at 'ready', and the single-instance rule. (Electron itself cannot be
// launched on the build machines; this is not a launch test.)
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { METHOD_NAMES } from '../../shared/contract';
import { APP_ENTRY_URL, secureWebPreferences } from '../../electron/security';

const state = vi.hoisted(() => ({
  calls: [] as string[],
  ready: null as null | (() => void),
  gotLock: true,
  isPackaged: false,
  appPath: '/repo',
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  windows: [] as { options: unknown; loaded: string[]; shown: boolean; events: Map<string, () => void> }[],
  ipcHandlers: new Map<string, unknown>(),
  protocolHandlers: new Map<string, unknown>(),
  privileged: [] as unknown[],
  backendOptions: [] as unknown[],
  backendClosed: 0,
  powerListeners: new Map<string, () => void>(),
  backendCalls: [] as { method: string; input: unknown }[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { isDestroyed: () => false, getURL: () => 'app://tsunagu/index.html', send: () => {} };
    record: (typeof state.windows)[number];
    constructor(options: unknown) {
      this.record = { options, loaded: [], shown: false, events: new Map() };
      state.windows.push(this.record);
      state.calls.push('new BrowserWindow');
    }
    static getAllWindows() {
      return [];
    }
    once(name: string, listener: () => void) {
      this.record.events.set(name, listener);
    }
    on(name: string, listener: () => void) {
      this.record.events.set(name, listener);
    }
    show() {
      this.record.shown = true;
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      state.calls.push('focus');
    }
  }
  return {
    app: {
      get isPackaged() {
        return state.isPackaged;
      },
      getAppPath: () => state.appPath,
      setPath: (name: string, value: string) => state.calls.push(`setPath ${name} ${value}`),
      enableSandbox: () => state.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        state.calls.push('requestSingleInstanceLock');
        return state.gotLock;
      },
      quit: () => state.calls.push('quit'),
      exit: (code: number) => state.calls.push(`exit ${code}`),
      on: (name: string, listener: (...args: unknown[]) => void) => {
        state.appListeners.set(name, listener);
        return undefined;
      },
      whenReady: () => {
        state.calls.push('whenReady');
        return new Promise<void>((resolve) => {
          state.ready = resolve;
        });
      },
    },
    BrowserWindow,
    powerMonitor: {
      on: (event: string, listener: () => void) => state.powerListeners.set(event, listener),
      off: (event: string) => state.powerListeners.delete(event),
    },
    dialog: { showErrorBox: (title: string) => state.calls.push(`showErrorBox ${title}`) },
    ipcMain: {
      handle: (channel: string, listener: unknown) => state.ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: () => state.calls.push('setApplicationMenu'),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.calls.push('registerSchemesAsPrivileged');
        state.privileged.push(...schemes);
      },
      handle: (scheme: string, handler: unknown) => {
        state.calls.push(`protocol.handle ${scheme}`);
        state.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => state.calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => state.calls.push('setPermissionCheckHandler'),
        setDevicePermissionHandler: () => state.calls.push('setDevicePermissionHandler'),
      },
    },
  };
});

vi.mock('../../db/backend', () => ({
  createBackend: (options: unknown) => {
    state.backendOptions.push(options);
    return {
      invoke: async (method: string, input: unknown) => {
        state.backendCalls.push({ method, input });
        return { ok: true, value: null };
      },
      subscribe: () => () => {},
      close: () => {
        state.backendClosed++;
      },
    };
  },
}));

vi.mock('../../db/paths', () => ({
  resolveDbPath: (argv: readonly string[]) => {
    const index = argv.indexOf('--db');
    return index >= 0 ? argv[index + 1] : '/home/tester/.config/Tsunagu/tsunagu.db';
  },
  userDataDir: () => '/home/tester/.config/Tsunagu',
}));

async function loadMain() {
  vi.resetModules();
  await import('../../electron/main');
}

async function becomeReady() {
  expect(state.ready).not.toBeNull();
  state.ready!();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  state.calls = [];
  state.ready = null;
  state.gotLock = true;
  state.isPackaged = false;
  state.appPath = '/repo';
  state.appListeners.clear();
  state.windows = [];
  state.ipcHandlers.clear();
  state.protocolHandlers.clear();
  state.privileged = [];
  state.backendOptions = [];
  state.backendClosed = 0;
  state.powerListeners.clear();
  state.backendCalls = [];
});

describe('electron/main before ready', () => {
  it('sandboxes every renderer, registers app:// as a privileged standard secure scheme, and takes the lock', async () => {
    await loadMain();
    expect(state.calls.slice(0, 5)).toEqual([
      'setPath userData /home/tester/.config/Tsunagu',
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'requestSingleInstanceLock',
      'whenReady',
    ]);
    expect(state.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const privileges = (state.privileged[0] as { privileges: Record<string, unknown> }).privileges;
    // None of these may be granted to the scheme that serves case records.
    for (const key of ['corsEnabled', 'bypassCSP', 'allowServiceWorkers']) expect(privileges[key]).toBeUndefined();
    expect(state.appListeners.has('web-contents-created')).toBe(true);
    // Nothing that needs 'ready' has happened yet.
    expect(state.windows).toHaveLength(0);
    expect(state.ipcHandlers.size).toBe(0);
  });

  it.each(['--remote-debugging-port=9222', '--inspect=9229', '--inspect-brk'])(
    'refuses to start at all with %s',
    async (flag) => {
      const argv = process.argv;
      process.argv = [...argv, flag];
      const errors: unknown[] = [];
      const error = vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(...args));
      try {
        await loadMain();
      } finally {
        process.argv = argv;
        error.mockRestore();
      }
      expect(state.calls).toEqual(['exit 1']);
      expect(state.ready).toBeNull();
      expect(state.backendOptions).toHaveLength(0);
      expect(String(errors[0])).toContain('デバッグ用のオプション');
    },
  );

  it('quits at once when another instance holds the lock', async () => {
    state.gotLock = false;
    await loadMain();
    expect(state.calls).toContain('quit');
    expect(state.calls).not.toContain('whenReady');
    expect(state.backendOptions).toHaveLength(0);
  });
});

describe('electron/main and the OS locking', () => {
  it('locks the backend when the screen locks, the system sleeps or the user switches, and stops at quit', async () => {
    await loadMain();
    expect(state.powerListeners.size).toBe(0);
    await becomeReady();
    expect([...state.powerListeners.keys()].sort()).toEqual(['lock-screen', 'suspend', 'user-did-resign-active']);
    for (const event of ['lock-screen', 'suspend', 'user-did-resign-active']) state.powerListeners.get(event)!();
    expect(state.backendCalls).toEqual(Array(3).fill({ method: 'session.lock', input: { reason: 'os' } }));
    state.appListeners.get('will-quit')!();
    expect(state.powerListeners.size).toBe(0);
  });
});

describe('electron/main at ready', () => {
  it('serves app://, denies permissions, wires IPC and opens one secure console window', async () => {
    await loadMain();
    await becomeReady();
    expect(state.calls).toEqual(
      expect.arrayContaining([
        'setPermissionRequestHandler',
        'setPermissionCheckHandler',
        'setDevicePermissionHandler',
        'protocol.handle app',
        'setApplicationMenu',
      ]),
    );
    expect([...state.ipcHandlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
    expect(state.windows).toHaveLength(1);
    const window = state.windows[0]!;
    expect((window.options as { webPreferences: unknown }).webPreferences).toEqual(
      // Under vitest __dirname is electron/ (the source); in the bundle it is dist/electron/.
      secureWebPreferences(path.join(fileURLToPath(new URL('../../electron', import.meta.url)), 'preload.cjs')),
    );
    expect(window.loaded).toEqual([APP_ENTRY_URL]);
    expect(window.shown).toBe(false);
    window.events.get('ready-to-show')!();
    expect(window.shown).toBe(true);
  });

  it('passes the database path from the command line and no native binding when none was built', async () => {
    const argv = process.argv;
    process.argv = [...argv, '--db', '/tmp/fictional/test.db'];
    try {
      await loadMain();
      await becomeReady();
    } finally {
      process.argv = argv;
    }
    expect(state.backendOptions).toEqual([
      { dbPath: '/tmp/fictional/test.db', openPresenter: expect.any(Function), printToPdf: expect.any(Function) },
    ]);
  });

  it('uses the SQLite module rebuilt for Electron by `npm start`, but never in the installed app', async () => {
    const appPath = mkdtempSync(path.join(tmpdir(), 'tsunagu-app-'));
    try {
      const binding = path.join(appPath, '.electron-native', 'better_sqlite3.node');
      mkdirSync(path.dirname(binding));
      writeFileSync(binding, 'not really a binary: only its presence is checked');
      state.appPath = appPath;
      await loadMain();
      await becomeReady();
      state.isPackaged = true;
      await loadMain();
      await becomeReady();
      expect(state.backendOptions).toEqual([
        {
          dbPath: '/home/tester/.config/Tsunagu/tsunagu.db',
          nativeBinding: binding,
          openPresenter: expect.any(Function),
          printToPdf: expect.any(Function),
        },
        {
          dbPath: '/home/tester/.config/Tsunagu/tsunagu.db',
          openPresenter: expect.any(Function),
          printToPdf: expect.any(Function),
        },
      ]);
    } finally {
      rmSync(appPath, { recursive: true, force: true });
    }
  });

  it('closes the backend when the app quits, and quits when the window is gone', async () => {
    await loadMain();
    await becomeReady();
    state.appListeners.get('window-all-closed')!();
    expect(state.calls).toContain('quit');
    state.appListeners.get('will-quit')!();
    expect(state.backendClosed).toBe(1);
    expect(state.ipcHandlers.size).toBe(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    await loadMain();
    await becomeReady();
    state.appListeners.get('second-instance')!();
    expect(state.calls).toContain('focus');
  });
});
