// The host's small HTTP pieces: JSON and plain-text replies, a body read with a size limit, and the checks on
// a path before it goes into a Location header or a method name.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope, ErrorCode } from '../shared/contract';

export const NO_TOKEN_MESSAGE =
  'アクセス用のトークンがありません。起動時に表示された URL（token=… を含むもの）から開いてください。';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function failure(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

type BodyResult = { ok: true; text: string } | { ok: false; tooLarge: true };

export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolveBody({ ok: false, tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolveBody({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolveBody({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', (error) => {
      if (!done) reject(error);
      done = true;
    });
  });
}

/** Plain text, so nothing of the request is ever rendered as HTML. */
export function sendNoToken(res: ServerResponse, csp: string): void {
  res.writeHead(401, {
    'content-type': 'text/plain; charset=utf-8',
    'content-security-policy': csp,
    'cache-control': 'no-store',
  });
  res.end(NO_TOKEN_MESSAGE);
}

/** A path that stays on this host: "//evil.example" or "/\\evil.example" in Location would leave it. */
export function sameSitePath(pathname: string): string {
  return /^\/(?![/\\])/.test(pathname) ? pathname : '/';
}

export function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
