// The browser host (the app without Electron; the e2e specs run against it too): the real backend
// (db/backend.ts) behind the same wire protocol the renderer's HTTP transport speaks — POST /api/<method>
// → Envelope, WebSocket /events → BackendEvent — plus the built renderer as static files under the
// desktop app's CSP. Loopback only; foreign origins refused; data (/api, /events) and the app's pages
// only with the launch token (launch-token.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createBackend } from '../db/backend';
import type { PrintToPdf } from '../db/documents/minutes-file';
import { METHOD_NAMES, type MethodName } from '../shared/contract';
import {
  decodeURIComponentSafe,
  failure,
  NO_TOKEN_MESSAGE,
  readBody,
  sameSitePath,
  sendJson,
  sendNoToken,
} from './http';
import { chooseLaunchToken, requestHasToken, tokenCookie, tokensEqual, TOKEN_QUERY } from './launch-token';
import { allowedHost, hostContentSecurityPolicy, isLoopback, originAllowed, ownHosts } from './security';
import { mimeTypeOf } from '../shared/web-policy';
import { openFile, resolveStatic } from './static-files';

export interface HostOptions {
  /** 0 picks any free port. */
  port: number;
  dbPath: string;
  /** The built renderer, usually dist/renderer. */
  staticDir: string;
  /** Must be a loopback address: the token keeps out other programs, not other machines. */
  host?: string;
  /** The launch token (TSUNAGU_HOST_TOKEN); a random one when omitted. */
  token?: string;
  /** Prints the minutes HTML to PDF (「PDF を保存」); without one the backend says to use the print dialog. */
  printToPdf?: PrintToPdf | undefined;
}

export interface RunningHost {
  /** What a person opens: e.g. http://127.0.0.1:5180/?token=… (the page then keeps the token in a cookie). */
  url: string;
  /** e.g. http://127.0.0.1:5180 */
  origin: string;
  /** For scripts: send it as the x-tsunagu-token header. */
  token: string;
  port: number;
  close(): Promise<void>;
}

/** The desktop app accepts 64 MiB files as base64 (~90 MB of JSON); leave room for the envelope. */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;

const methodNames = new Set<string>(METHOD_NAMES);

export async function startHost({
  port,
  dbPath,
  staticDir,
  host = '127.0.0.1',
  token: givenToken,
  printToPdf,
}: HostOptions): Promise<RunningHost> {
  if (!isLoopback(host)) throw new Error(`テスト用ホストはループバックアドレスでのみ起動できます（指定: ${host}）`);
  const token = chooseLaunchToken(givenToken);
  const backend = createBackend({ dbPath, ...(printToPdf ? { printToPdf } : {}) });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const sockets = new Set<WebSocket>();
  let own = new Set<string>();
  let actualPort = 0;
  const hasToken = (req: IncomingMessage): boolean => requestHasToken(req.headers, actualPort, token);

  const unsubscribe = backend.subscribe((event) => {
    const text = JSON.stringify(event);
    for (const socket of sockets) if (socket.readyState === socket.OPEN) socket.send(text);
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      sendJson(res, 405, failure('invalid_input', 'この操作は POST で呼び出してください。'), { allow: 'POST' });
      return;
    }
    // A cross-site form can POST text/plain without a CORS preflight; JSON only closes that door too.
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      sendJson(res, 415, failure('invalid_input', 'リクエストは JSON（application/json）で送ってください。'));
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body.ok) {
      sendJson(res, 413, failure('invalid_input', 'リクエストが大きすぎます（100 MB まで）。'), {
        connection: 'close',
      });
      res.on('finish', () => req.destroy());
      return;
    }
    if (!methodNames.has(method)) {
      sendJson(res, 404, failure('unknown_method', `不明な操作です: ${method}`));
      return;
    }
    let input: unknown;
    try {
      input = body.text.trim() === '' ? {} : JSON.parse(body.text);
    } catch {
      sendJson(res, 400, failure('invalid_input', 'リクエストの JSON を読み取れません。'));
      return;
    }
    const envelope = await backend.invoke(method as MethodName, input);
    sendJson(res, 200, envelope);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string, csp: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('許可されていないメソッドです。');
      return;
    }
    const query = new URLSearchParams(/\?(.*)$/s.exec(req.url ?? '')?.[1] ?? '');
    const fromQuery = query.get(TOKEN_QUERY);
    if (fromQuery !== null) {
      if (!tokensEqual(fromQuery, token)) {
        sendNoToken(res, csp);
        return;
      }
      // Keep the token out of the address bar, the history and screenshots: cookie, then the same URL without it.
      query.delete(TOKEN_QUERY);
      const rest = query.toString();
      res.writeHead(303, {
        location: sameSitePath(pathname) + (rest ? `?${rest}` : ''),
        'set-cookie': tokenCookie(actualPort, token),
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      });
      res.end();
      return;
    }
    const target = await resolveStatic(staticDir, pathname);
    if (target.kind !== 'file') {
      const status = target.kind === 'forbidden' ? 403 : 404;
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp });
      res.end(status === 403 ? 'アクセスできません。' : '見つかりません。');
      return;
    }
    // Scripts, styles and fonts hold no case data; a page (/, /present, any route) is the app and needs the token.
    if (mimeTypeOf(target.path).startsWith('text/html') && !hasToken(req)) {
      sendNoToken(res, csp);
      return;
    }
    res.writeHead(200, {
      'content-type': mimeTypeOf(target.path),
      'content-length': target.size,
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = openFile(target.path);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  const server = createServer((req, res) => {
    const hostHeader = allowedHost(req.headers, own);
    if (!hostHeader) {
      sendJson(res, 421, failure('forbidden', 'このホスト名ではアクセスできません。'));
      return;
    }
    if (!originAllowed(req.headers, own)) {
      sendJson(res, 403, failure('forbidden', '別のサイトのページからはこのサーバーを操作できません。'));
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const csp = hostContentSecurityPolicy(hostHeader);
    const api = /^\/api\/([^/]*)$/.exec(pathname);
    if (api && !hasToken(req)) {
      sendJson(res, 401, failure('forbidden', NO_TOKEN_MESSAGE));
      return;
    }
    const work = api
      ? handleApi(req, res, decodeURIComponentSafe(api[1] ?? ''))
      : handleStatic(req, res, pathname, csp);
    work.catch(() => {
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'サーバー内部でエラーが発生しました。'));
      else res.destroy();
    });
  });

  server.on('upgrade', (req, socket, head) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname !== '/events' || !allowedHost(req.headers, own) || !originAllowed(req.headers, own)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    if (!hasToken(req)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('error', () => sockets.delete(ws));
      // The channel is push-only; anything the page sends is ignored.
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  actualPort = (server.address() as AddressInfo).port;
  own = ownHosts(host, actualPort);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const origin = `http://${urlHost}:${actualPort}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?${TOKEN_QUERY}=${token}`,
    origin,
    token,
    port: actualPort,
    close() {
      closing ??= (async () => {
        unsubscribe();
        for (const socket of sockets) socket.terminate();
        wss.close();
        await new Promise<void>((resolveClose) => {
          server.close(() => resolveClose());
          server.closeAllConnections();
        });
        backend.close();
      })();
      return closing;
    },
  };
}
