import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppProtocolHandler, resolveAppAsset } from '../../electron/app-protocol';
import { mimeTypeOf } from '../../shared/web-policy';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

let base: string;
let root: string;

beforeAll(() => {
  // root = <base>/renderer; a secret file sits next to it, where a traversal would land.
  base = mkdtempSync(path.join(tmpdir(), 'tsunagu-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>つなぐ</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("ok")');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.txt'), 'SECRET-CASE-DATA');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppAsset', () => {
  it('maps our URLs into the build folder', () => {
    expect(resolveAppAsset(root, 'app://tsunagu/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://tsunagu/index.html?x=1#top')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://tsunagu/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppAsset(root, 'app://tsunagu/assets/%E5%8F%B0%E5%B8%B3.png')).toBe(
      path.join(root, 'assets', '台帳.png'),
    );
  });

  it.each([
    'app://tsunagu/%2E%2E%2Fsecret.txt',
    'app://tsunagu/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://tsunagu/assets%2F..%2F..%2Fsecret.txt',
    'app://tsunagu/..%5Csecret.txt',
    'app://tsunagu/assets/..%5C..%5Csecret.txt',
    'app://tsunagu/C:%5CWindows%5Cwin.ini',
    'app://tsunagu/C:/Windows/win.ini',
    'app://tsunagu/index.html%00.js',
    'app://tsunagu/%E0%A4%A',
    'app://other/index.html',
    'app://user@tsunagu/index.html',
    'file:///etc/passwd',
    'https://tsunagu/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('keeps an encoded absolute path inside the build folder', () => {
    expect(resolveAppAsset(root, 'app://tsunagu/%2Fetc%2Fpasswd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('stays in the build folder when the URL parser has already removed dot segments', () => {
    // WHATWG URL parsing drops `..` and `%2e%2e` segments itself, so these name <root>/secret.txt (absent).
    expect(resolveAppAsset(root, 'app://tsunagu/../../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppAsset(root, 'app://tsunagu/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
  });
});

describe('createAppProtocolHandler', () => {
  const handler = () => createAppProtocolHandler(root);

  it('serves files with their type and the CSP header', async () => {
    const response = await handler()(new Request('app://tsunagu/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('つなぐ');

    const script = await handler()(new Request('app://tsunagu/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses traversal without reading the file outside, and still sends the CSP', async () => {
    const read: string[] = [];
    const spyHandler = createAppProtocolHandler(root, async (file) => {
      read.push(file);
      throw new Error('not found');
    });
    for (const url of [
      'app://tsunagu/%2E%2E%2Fsecret.txt',
      'app://tsunagu/assets/..%2F..%2Fsecret.txt',
      'app://tsunagu/..%5Csecret.txt',
    ]) {
      const response = await spyHandler(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('SECRET');
    }
    expect(read).toEqual([]);

    const real = await handler()(new Request('app://tsunagu/%2e%2e/secret.txt'));
    // Normalized by the URL parser to <root>/secret.txt, which does not exist.
    expect(real.status).toBe(404);
    expect(await real.text()).toBe('ファイルが見つかりません。');
  });

  it('answers 404 for a missing file or a folder, 405 for anything but GET/HEAD', async () => {
    expect((await handler()(new Request('app://tsunagu/nothing.js'))).status).toBe(404);
    expect((await handler()(new Request('app://tsunagu/assets'))).status).toBe(404);
    const post = await handler()(new Request('app://tsunagu/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const head = await handler()(new Request('app://tsunagu/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('mimeTypeOf', () => {
  it('gives module scripts a JavaScript type and unknown files a neutral one', () => {
    expect(mimeTypeOf('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('/x/a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('/x/a.exe')).toBe('application/octet-stream');
  });
});
