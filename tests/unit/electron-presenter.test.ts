// The projector window with Electron mocked: which display it goes to, how it is hardened, that there is
// only ever one, and the app:// route that serves it. (Electron itself cannot be launched on the build
// machines; this is not a launch test.)
import { describe, it, expect, vi, beforeEach } from 'vitest';
import path from 'node:path';
import { resolveAppAsset } from '../../electron/app-protocol';
import { secureWebPreferences } from '../../electron/security';

interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

const state = vi.hoisted(() => ({
  displays: [] as FakeDisplay[],
  primaryId: 1,
  windows: [] as {
    options: Record<string, unknown>;
    loaded: string[];
    shown: number;
    focused: number;
    destroyed: boolean;
    events: Map<string, () => void>;
  }[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    record: (typeof state.windows)[number];
    webContents = { getURL: () => this.record.loaded.at(-1) ?? '' };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], shown: 0, focused: 0, destroyed: false, events: new Map() };
      state.windows.push(this.record);
    }
    once(name: string, listener: () => void) {
      this.record.events.set(name, listener);
    }
    on(name: string, listener: () => void) {
      this.record.events.set(name, listener);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {
      this.record.shown += 1;
    }
    focus() {
      this.record.focused += 1;
    }
    close() {
      this.record.destroyed = true;
      this.record.events.get('closed')?.();
    }
  }
  return {
    BrowserWindow,
    screen: {
      getAllDisplays: () => state.displays,
      getPrimaryDisplay: () => state.displays.find((d) => d.id === state.primaryId),
    },
  };
});

const LAPTOP: FakeDisplay = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const PROJECTOR: FakeDisplay = { id: 7, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };
const deps = { preloadPath: '/app/dist/electron/preload.cjs' };

/** A fresh module each time: the one-window rule lives in module state. */
async function load() {
  vi.resetModules();
  return import('../../electron/presenter-window');
}

beforeEach(() => {
  state.displays = [];
  state.primaryId = 1;
  state.windows = [];
});

describe('openPresenterWindow', () => {
  it('opens full screen on the external display when there are two', async () => {
    state.displays = [LAPTOP, PROJECTOR];
    const { openPresenterWindow } = await load();
    expect(openPresenterWindow(deps, 12)).toBe(true);
    expect(state.windows).toHaveLength(1);
    const window = state.windows[0]!;
    expect(window.options).toMatchObject({ x: 1366, y: 0, width: 1920, height: 1080, fullscreen: true, show: false });
    expect(window.loaded).toEqual(['app://tsunagu/present?meeting=12']);
    // Shown only when painted, so the room never sees an empty frame.
    expect(window.shown).toBe(0);
    window.events.get('ready-to-show')?.();
    expect(window.shown).toBe(1);
  });

  it('picks the display that is not primary, whichever order the OS lists them in', async () => {
    state.displays = [PROJECTOR, LAPTOP];
    const { openPresenterWindow } = await load();
    openPresenterWindow(deps, 3);
    expect(state.windows[0]!.options).toMatchObject({ x: 1366, width: 1920, fullscreen: true });
  });

  it('opens a normal 1280×720 window when there is only one display', async () => {
    state.displays = [LAPTOP];
    const { openPresenterWindow } = await load();
    openPresenterWindow(deps, 5);
    const options = state.windows[0]!.options;
    expect(options).toMatchObject({ width: 1280, height: 720 });
    expect(options.fullscreen).toBeUndefined();
    expect(options.x).toBeUndefined();
  });

  it('has the same hardened webPreferences as the console window', async () => {
    state.displays = [LAPTOP, PROJECTOR];
    const { openPresenterWindow } = await load();
    openPresenterWindow(deps, 1);
    const prefs = state.windows[0]!.options.webPreferences;
    expect(prefs).toEqual(secureWebPreferences(deps.preloadPath));
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: deps.preloadPath,
    });
  });

  it('keeps one projector window: a second call reuses it and loads the new meeting', async () => {
    state.displays = [LAPTOP, PROJECTOR];
    const { openPresenterWindow } = await load();
    openPresenterWindow(deps, 1);
    expect(openPresenterWindow(deps, 1)).toBe(true);
    expect(state.windows).toHaveLength(1);
    // Same meeting: no reload (the picture does not flicker), just brought to the front.
    expect(state.windows[0]!.loaded).toEqual(['app://tsunagu/present?meeting=1']);
    expect(state.windows[0]!.focused).toBe(1);

    openPresenterWindow(deps, 2);
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]!.loaded).toEqual(['app://tsunagu/present?meeting=1', 'app://tsunagu/present?meeting=2']);
    expect(state.windows[0]!.focused).toBe(2);
  });

  it('opens a new window once the old one was closed, and closes with the console', async () => {
    state.displays = [LAPTOP];
    const { openPresenterWindow, closePresenterWindow } = await load();
    openPresenterWindow(deps, 1);
    state.windows[0]!.events.get('closed')?.();
    state.windows[0]!.destroyed = true;
    openPresenterWindow(deps, 1);
    expect(state.windows).toHaveLength(2);

    closePresenterWindow();
    expect(state.windows[1]!.destroyed).toBe(true);
    // Nothing left to close: a second call is harmless.
    closePresenterWindow();
  });
});

describe('the /present route on app://', () => {
  const root = path.resolve('/tmp/fictional-renderer');

  it('serves index.html for /present (the page shows the projector), and nothing else extensionless', () => {
    expect(resolveAppAsset(root, 'app://tsunagu/present?meeting=4')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://tsunagu/present/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://tsunagu/presents')).toBe(path.join(root, 'presents'));
    expect(resolveAppAsset(root, 'app://tsunagu/assets/present')).toBe(path.join(root, 'assets', 'present'));
  });
});
