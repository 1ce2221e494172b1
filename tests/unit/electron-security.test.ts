import { describe, it, expect, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  denyAllPermissionsIn,
  denyWindowOpen,
  hardenWebContents,
  isAllowedNavigation,
  isTrustedSender,
  secureWebPreferences,
  type HardenableWebContents,
} from '../../electron/security';
import { consoleWindowOptions } from '../../electron/window';
import { menuTemplate } from '../../electron/menu';
import type { MenuItemConstructorOptions } from 'electron';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the page', () => {
    expect(secureWebPreferences('/app/dist/electron/preload.cjs')).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('is what the console window is created with', () => {
    const options = consoleWindowOptions('/p/preload.cjs');
    expect(options.webPreferences).toEqual(secureWebPreferences('/p/preload.cjs'));
    expect(options.show).toBe(false);
    expect(options.title).toBe('つなぐ');
  });
});

describe('isAllowedNavigation', () => {
  it.each([APP_ENTRY_URL, 'app://tsunagu/', 'app://tsunagu/assets/index.js', 'app://tsunagu/index.html#/ledger'])(
    'allows %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    'https://example.com/',
    'http://tsunagu/',
    'file:///etc/passwd',
    'app://tsunagu.example.com/',
    'app://evil/',
    'app://user@tsunagu/',
    'app://tsunagu:8080/',
    'javascript:alert(1)',
    'data:text/html,<p>x</p>',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedNavigation(url)).toBe(false));
});

describe('isTrustedSender', () => {
  it('trusts the main frame of our origin only', () => {
    expect(isTrustedSender({ url: 'app://tsunagu/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://tsunagu/index.html', parent: { url: 'app://tsunagu/' } })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///C:/x.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('permissions and popups', () => {
  it('denies every permission request and check', () => {
    const callback = vi.fn();
    denyAllPermissions.request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(denyAllPermissions.check()).toBe(false);
    expect(denyAllPermissions.device()).toBe(false);
  });

  it('installs the deny handlers on a session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissionsIn(session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyAllPermissions.request);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(denyAllPermissions.check);
    expect(session.setDevicePermissionHandler).toHaveBeenCalledWith(denyAllPermissions.device);
  });

  it('refuses to open new windows', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void; url?: string }) => void>();
    let openHandler: (() => unknown) | null = null;
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void; url?: string }) => void) => {
        listeners.set(name, listener);
      },
      setWindowOpenHandler: (handler: () => unknown) => {
        openHandler = handler;
      },
    };
    hardenWebContents(contents as unknown as HardenableWebContents);
    const fire = (name: string, url?: string) => {
      const event = { preventDefault: vi.fn(), url };
      const listener = listeners.get(name);
      if (!listener) throw new Error(`no listener for ${name}`);
      listener(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { fire, openHandler: () => openHandler };
  }

  it('blocks navigation and redirects away from our origin and lets ours through', () => {
    const { fire } = fakeContents();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(name, 'https://example.com/phish')).toBe(true);
      expect(fire(name, 'file:///etc/passwd')).toBe(true);
      expect(fire(name, 'app://tsunagu/index.html')).toBe(false);
    }
  });

  it('refuses every <webview> and every window.open', () => {
    const { fire, openHandler } = fakeContents();
    expect(fire('will-attach-webview')).toBe(true);
    expect(openHandler()?.()).toEqual({ action: 'deny' });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});

describe('menuTemplate', () => {
  function roles(template: MenuItemConstructorOptions[]): string[] {
    return template.flatMap((item) => [
      ...(item.role ? [item.role] : []),
      ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
    ]);
  }

  it('offers developer tools and reload only from the source tree', () => {
    expect(roles(menuTemplate('win32', true))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate('win32', true))).not.toContain('reload');
    expect(roles(menuTemplate('win32', false))).toContain('toggleDevTools');
  });

  it('keeps the editing roles (copy and paste need them on macOS) with Japanese labels', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const template = menuTemplate(platform, true);
      expect(roles(template)).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo', 'quit']));
      const labels = template.flatMap((item) => [
        item.label,
        ...(Array.isArray(item.submenu) ? item.submenu.map((sub) => sub.label) : []),
      ]);
      for (const label of labels.filter((l): l is string => l !== undefined)) {
        expect(label).not.toMatch(/^[A-Za-z ]+$/);
      }
    }
  });
});
