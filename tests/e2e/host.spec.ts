// The test host's own contract: wire protocol, static files, CSP, and who it refuses. No browser
// needed: raw HTTP requests, so paths reach the server exactly as written (no client normalization).
import { test, expect } from '@playwright/test';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startHost, type RunningHost } from '../../server/server';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** false: send no launch token */ token?: boolean;
}

/** Sends the launch token as scripts do (x-tsunagu-token) unless told not to. */
function send(host: RunningHost, path: string, options: SendOptions = {}): Promise<Reply> {
  const headers = { ...(options.token === false ? {} : { 'x-tsunagu-token': host.token }), ...options.headers };
  return new Promise((resolveReply, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolveReply({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (
  host: RunningHost,
  method: string,
  body: string,
  headers: Record<string, string> = {},
  token = true,
): Promise<Reply> =>
  send(host, `/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    token,
  });

let dir: string;
let host: RunningHost;

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tsunagu-host-'));
  const staticDir = join(dir, 'static');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>つなぐ</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(staticDir, 'assets', 'app.css'), 'body{}');
  await writeFile(join(dir, 'secret.txt'), 'SECRET-OUTSIDE-STATIC');
  host = await startHost({ port: 0, dbPath: join(dir, 'tsunagu.db'), staticDir });
});

test.afterEach(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

test('listens on loopback and serves the app with the desktop CSP', async () => {
  expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
  expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
  const index = await send(host, '/');
  expect(index.status).toBe(200);
  expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(index.body).toContain('つなぐ');
  expect(index.headers['content-security-policy']).toBe(
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
      `font-src 'self' data:; connect-src 'self' ws://127.0.0.1:${host.port}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`,
  );
  expect((await send(host, '/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect((await send(host, '/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  const route = await send(host, '/cases/R7-0001?tab=history');
  expect(route.status).toBe(200);
  expect(route.body).toContain('つなぐ');
  expect((await send(host, '/assets/missing.js')).status).toBe(404);
});

test('refuses to bind anywhere but loopback', async () => {
  await expect(startHost({ port: 0, dbPath: join(dir, 'other.db'), staticDir: dir, host: '0.0.0.0' })).rejects.toThrow(
    /ループバック/,
  );
});

test('never serves a file outside the static folder', async () => {
  for (const path of [
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00',
    '/%E0%A4%A',
  ]) {
    const reply = await send(host, path);
    expect(reply.body, path).not.toContain('SECRET-OUTSIDE-STATIC');
    expect([403, 404], path).toContain(reply.status);
  }
  expect((await send(host, '/..%2fsecret.txt')).status).toBe(403);
});

test('POST /api/<method> answers with envelopes, in Japanese when something is wrong', async () => {
  const status = await api(host, 'session.status', '{}');
  expect(status.status).toBe(200);
  expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { state: 'uninitialized' } });

  const unknown = JSON.parse((await api(host, 'ledger.dropAll', '{}')).body);
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  expect(unknown.error.message).toMatch(/不明な操作/);

  const badJson = JSON.parse((await api(host, 'session.status', '{"a":')).body);
  expect(badJson).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(badJson.error.message).toMatch(/JSON/);
  expect(badJson.error.message).toMatch(/[ぁ-んァ-ン]/);

  const shortPassphrase = JSON.parse((await api(host, 'session.setup', '{"passphrase":"short"}')).body);
  expect(shortPassphrase).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

  const locked = JSON.parse((await api(host, 'ledger.list', '{}')).body);
  expect(locked).toMatchObject({ ok: false, error: { code: 'locked' } });

  const plain = await send(host, '/api/session.status', {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: '{}',
  });
  expect(plain.status).toBe(415);
  expect((await send(host, '/api/session.status')).status).toBe(405);

  const huge = await send(host, '/api/session.status', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(101 * 1024 * 1024) },
    body: '',
  }).catch(() => null);
  // The server answers 413 at once from the declared length; it may also just drop the connection.
  if (huge) expect(huge.status).toBe(413);
});

test('refuses pages on other origins and other host names', async () => {
  const own = `http://127.0.0.1:${host.port}`;
  expect((await api(host, 'session.status', '{}', { origin: own })).status).toBe(200);
  expect(
    (
      await api(host, 'session.status', '{}', {
        origin: `http://localhost:${host.port}`,
        host: `localhost:${host.port}`,
      })
    ).status,
  ).toBe(200);
  const foreign = await api(host, 'session.setup', '{"passphrase":"correct horse battery"}', {
    origin: 'http://evil.example',
  });
  expect(foreign.status).toBe(403);
  expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect((await api(host, 'session.status', '{}', { origin: 'null' })).status).toBe(403);
  expect((await api(host, 'session.status', '{}', { origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
  // DNS rebinding: the right address under a foreign name.
  expect((await api(host, 'session.status', '{}', { host: `evil.example:${host.port}` })).status).toBe(421);
  // The foreign setup above must not have happened.
  expect(JSON.parse((await api(host, 'session.status', '{}')).body).value.state).toBe('uninitialized');
});

test('pushes backend events over /events, and only to its own origin', async () => {
  const wsUrl = `ws://127.0.0.1:${host.port}/events`;
  const foreign = new WebSocket(wsUrl, { origin: 'http://evil.example' });
  const refused = await new Promise<boolean>((resolveOpen) => {
    foreign.on('open', () => resolveOpen(false));
    foreign.on('error', () => resolveOpen(true));
  });
  expect(refused).toBe(true);

  const socket = new WebSocket(wsUrl, {
    origin: `http://127.0.0.1:${host.port}`,
    headers: { 'x-tsunagu-token': host.token },
  });
  await new Promise<void>((resolveOpen, reject) => {
    socket.on('open', () => resolveOpen());
    socket.on('error', reject);
  });
  const received: unknown[] = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data))));
  const setup = JSON.parse((await api(host, 'session.setup', '{"passphrase":"correct horse battery"}')).body);
  expect(setup).toMatchObject({ ok: true, value: { state: 'unlocked' } });
  await expect.poll(() => received).toContainEqual({ name: 'session.changed', payload: { state: 'unlocked' } });
  socket.close();
});

test('answers no data and no page without the launch token; scripts and styles are served without it', async () => {
  const setup = await api(host, 'session.setup', '{"passphrase":"correct horse battery"}');
  expect(JSON.parse(setup.body)).toMatchObject({ ok: true, value: { state: 'unlocked' } });
  const other = `tsunagu_token_${host.port + 1}=${host.token}`;
  const attempts: [string, Record<string, string>][] = [
    ['none', {}],
    ['a wrong header', { 'x-tsunagu-token': 'A'.repeat(host.token.length) }],
    ['a shorter header', { 'x-tsunagu-token': host.token.slice(0, -1) }],
    ['a wrong cookie', { cookie: `tsunagu_token_${host.port}=${'B'.repeat(43)}` }],
    ["another port's cookie", { cookie: other }],
  ];
  for (const [name, headers] of attempts) {
    // The app is unlocked: this is exactly the one curl from another account that used to read every case.
    const list = await api(host, 'ledger.list', '{}', headers, false);
    expect(list.status, name).toBe(401);
    expect(JSON.parse(list.body), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.parse(list.body).error.message, name).toMatch(/トークン/);
    for (const page of ['/', '/present?meeting=1', '/cases/R7-0001', '/index.html']) {
      const reply = await send(host, page, { headers, token: false });
      expect(reply.status, `${name} ${page}`).toBe(401);
      expect(reply.body, `${name} ${page}`).not.toContain('<title>');
    }
  }
  expect((await send(host, '/assets/app.js', { token: false })).status).toBe(200);
  expect((await send(host, '/assets/app.css', { token: false })).status).toBe(200);

  const socket = new WebSocket(`ws://127.0.0.1:${host.port}/events`, { origin: host.origin });
  const refused = await new Promise<boolean>((resolveOpen) => {
    socket.on('open', () => resolveOpen(false));
    socket.on('error', () => resolveOpen(true));
  });
  expect(refused).toBe(true);
});

test('the first load with ?token= sets an HttpOnly SameSite=Strict cookie and redirects to the URL without it', async () => {
  const first = await send(host, `/present?meeting=3&token=${host.token}`, { token: false });
  expect(first.status).toBe(303);
  expect(first.headers.location).toBe('/present?meeting=3');
  const cookie = first.headers['set-cookie']?.[0] ?? '';
  expect(cookie).toBe(`tsunagu_token_${host.port}=${host.token}; Path=/; HttpOnly; SameSite=Strict`);
  const jar = cookie.split(';')[0] ?? '';

  const present = await send(host, '/present?meeting=3', { headers: { cookie: jar }, token: false });
  expect(present.status).toBe(200);
  expect(present.body).toContain('つなぐ');
  expect((await api(host, 'session.status', '{}', { cookie: jar }, false)).status).toBe(200);

  const root = await send(host, `/?token=${host.token}`, { token: false });
  expect(root.headers.location).toBe('/');
  // Never an open redirect, whatever the path looks like.
  expect((await send(host, `//evil.example/?token=${host.token}`, { token: false })).headers.location).toBe('/');

  const wrong = await send(host, `/?token=${'C'.repeat(43)}`, { token: false });
  expect(wrong.status).toBe(401);
  expect(wrong.headers['set-cookie']).toBeUndefined();
});

test('takes a fixed token (TSUNAGU_HOST_TOKEN) and refuses a weak one', async () => {
  const token = 'fixed-token-for-scripts-0123456789abcdef';
  const fixed = await startHost({ port: 0, dbPath: join(dir, 'fixed.db'), staticDir: join(dir, 'static'), token });
  try {
    expect(fixed.token).toBe(token);
    expect((await api(fixed, 'session.status', '{}')).status).toBe(200);
  } finally {
    await fixed.close();
  }
  await expect(
    startHost({ port: 0, dbPath: join(dir, 'weak.db'), staticDir: join(dir, 'static'), token: 'short' }),
  ).rejects.toThrow(/TSUNAGU_HOST_TOKEN/);
});

test('in the browser: the token leaves the address bar, the page keeps it, and another profile gets nothing', async ({
  page,
  browser,
}) => {
  await page.goto(host.url);
  expect(page.url()).toBe(`${host.origin}/`);
  await expect(page).toHaveTitle('つなぐ');
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([
    expect.objectContaining({ name: `tsunagu_token_${host.port}`, httpOnly: true, sameSite: 'Strict' }),
  ]);
  // The page's own calls carry it; the page's script cannot read it.
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/session.status', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    return { status: response.status, cookie: document.cookie };
  });
  expect(status).toEqual({ status: 200, cookie: '' });

  const stranger = await browser.newContext();
  try {
    const other = await stranger.newPage();
    const reply = await other.goto(`${host.origin}/present?meeting=1`);
    expect(reply?.status()).toBe(401);
    await expect(other.locator('body')).toContainText('トークン');
  } finally {
    await stranger.close();
  }
});
