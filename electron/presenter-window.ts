// The projector window: full screen on the external display when there is one (the room's projector),
// else a normal window on the desktop. At most one: opening it again shows the new meeting in the same
// window. It loads the same bundle at /present with the same hardened webPreferences as the console, and
// follows the backend's events like any window; it never talks to the console.
import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type Display } from 'electron';
import { APP_ORIGIN, secureWebPreferences } from './security';

export interface PresenterDeps {
  preloadPath: string;
}

let presenter: BrowserWindow | null = null;
/** Kept apart from the window: reading webContents of a destroyed window throws. */
let presenterContents: unknown = null;

export function presenterUrl(meetingId: number): string {
  return `${APP_ORIGIN}/present?meeting=${meetingId}`;
}

/** A display other than the primary one: where a projector or a second monitor is. */
export function externalDisplay(displays: readonly Display[], primary: Display): Display | null {
  return displays.find((display) => display.id !== primary.id) ?? null;
}

export function presenterWindowOptions(preloadPath: string, external: Display | null): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = {
    title: 'つなぐ — 投影画面',
    show: false,
    backgroundColor: '#ffffff',
    // The application menu is the console's; on the projector it would only cover the top of the picture.
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
  if (!external) return { ...common, width: 1280, height: 720, minWidth: 640, minHeight: 360 };
  const { x, y, width, height } = external.bounds;
  return { ...common, x, y, width, height, fullscreen: true };
}

/** Opens (or reuses) the projector window on the meeting; true = the host opened it, the page need not. */
export function openPresenterWindow(deps: PresenterDeps, meetingId: number): boolean {
  const url = presenterUrl(meetingId);
  if (presenter && !presenter.isDestroyed()) {
    if (presenter.webContents.getURL() !== url) void presenter.loadURL(url);
    if (presenter.isMinimized()) presenter.restore();
    presenter.show();
    presenter.focus();
    return true;
  }
  const external = externalDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay());
  const window = new BrowserWindow(presenterWindowOptions(deps.preloadPath, external));
  presenter = window;
  presenterContents = window.webContents;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (presenter === window) presenter = null;
  });
  void window.loadURL(url);
  return true;
}

/**
 * Whether a webContents is the projector window's: ipc.ts answers it with present.view only. A destroyed
 * window's contents stay the projector's (fail closed) until the next window replaces it.
 */
export function isPresenterContents(contents: unknown): boolean {
  return contents !== null && contents !== undefined && presenterContents === contents;
}

/** Closing the console ends the session: the projector must not stay up showing a case. */
export function closePresenterWindow(): void {
  if (presenter && !presenter.isDestroyed()) presenter.close();
  presenter = null;
}
