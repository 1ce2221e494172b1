// Serves the renderer build from app://tsunagu/ instead of file://: a real origin lets the CSP say
// 'self' and keeps the page from reading arbitrary local files. Only files under the build folder are
// served; anything that resolves outside it is refused before the disk is touched.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mimeTypeOf } from '../shared/web-policy';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * Routes of the single-page app with no file of their own: the page (index.html) reads the path and shows
 * that screen. Only these, so a missing asset or a folder still answers 404.
 */
export const APP_ROUTES: ReadonlySet<string> = new Set(['present']);

/**
 * The file under rootDir that an app:// URL names, or null when the URL is not ours or escapes rootDir
 * (`..`, its percent-encoded forms, backslashes, absolute or drive paths, NUL bytes).
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // A backslash or a colon means something (separator, drive) on Windows only; refusing them everywhere
  // keeps the check the same on every OS. The renderer build has no such file names.
  if (/[\0\\:]/.test(pathname)) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const joined = segments.join('/');
  const relative = segments.length === 0 || APP_ROUTES.has(joined) ? 'index.html' : joined;
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  const fromRoot = path.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
}

function plainResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

type ReadAsset = (filePath: string) => Promise<Uint8Array>;

/** The handler given to `protocol.handle('app', …)`. readAsset is replaceable for tests only. */
export function createAppProtocolHandler(
  rootDir: string,
  readAsset: ReadAsset = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plainResponse(405, '許可されていない操作です。');
    }
    const filePath = resolveAppAsset(rootDir, request.url);
    if (filePath === null) return plainResponse(404, 'ファイルが見つかりません。');
    let body: Uint8Array;
    try {
      body = await readAsset(filePath);
    } catch {
      return plainResponse(404, 'ファイルが見つかりません。');
    }
    const headers = securityHeaders(mimeTypeOf(filePath));
    // A fresh copy keeps the Response independent of a pooled Buffer.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
