// Every security decision of the desktop shell, as plain functions: the Electron binary cannot run on our
// build machines, so these are what the unit tests pin down. The window shows case records of children
// at risk; it must never load anything but our own bundle, nor reach Node, the network or a device.
import type { WebPreferences, WindowOpenHandlerResponse } from 'electron';
import { contentSecurityPolicy } from '../shared/web-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tsunagu';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Sent with every response of the app:// protocol, so even a page we did not expect runs under it. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/** True only for our own origin; a look-alike host, userinfo or port is not our origin. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}

export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** The part of Electron's WebFrameMain that the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC call is served only from the main frame of a page on our origin: a subframe (should one ever
 * exist) or a frame that has navigated away (senderFrame null) gets nothing.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** The app needs no camera, microphone, notification, clipboard read, USB, … permission at all. */
export const denyAllPermissions = {
  request: (_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void => {
    callback(false);
  },
  check: (): boolean => false,
  device: (): boolean => false,
};

/** The part of Electron's Session that permission hardening touches. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: typeof denyAllPermissions.request): void;
  setPermissionCheckHandler(handler: typeof denyAllPermissions.check): void;
  setDevicePermissionHandler(handler: typeof denyAllPermissions.device): void;
}

export function denyAllPermissionsIn(session: PermissionSession): void {
  session.setPermissionRequestHandler(denyAllPermissions.request);
  session.setPermissionCheckHandler(denyAllPermissions.check);
  session.setDevicePermissionHandler(denyAllPermissions.device);
}

/** No popups: the app has no reason to open a second browser window or hand a URL to the OS. */
export function denyWindowOpen(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

interface PreventableEvent {
  preventDefault(): void;
}

/** Electron's navigation events carry the target in `details.url` (the positional url is deprecated). */
interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The part of Electron's WebContents that navigation hardening touches. */
export interface HardenableWebContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => WindowOpenHandlerResponse): void;
}

export function guardNavigation(event: NavigationEvent): void {
  if (!isAllowedNavigation(event.url)) event.preventDefault();
}

export function refuseWebview(event: PreventableEvent): void {
  event.preventDefault();
}

/** Applied to every webContents Electron creates ('web-contents-created'), not only to our window. */
export function hardenWebContents(contents: HardenableWebContents): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', refuseWebview);
  contents.setWindowOpenHandler(denyWindowOpen);
}
