// The browser host's HTTP pieces (server/http.ts): the body limit, the Location path check and the method name
// decoding, which the host relies on before anything reaches the backend.
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeURIComponentSafe, failure, readBody, sameSitePath } from '../../server/http';

function request(chunks: string[], headers: Record<string, string> = {}): IncomingMessage {
  const stream = Readable.from(chunks.map((c) => Buffer.from(c, 'utf8')));
  return Object.assign(stream, { headers }) as unknown as IncomingMessage;
}

describe('the host HTTP helpers', () => {
  it('reads a body within the limit as UTF-8 text', async () => {
    await expect(readBody(request(['{"a":', '"あ"}']), 100)).resolves.toEqual({ ok: true, text: '{"a":"あ"}' });
  });

  it('refuses a body over the limit, whether declared or streamed', async () => {
    await expect(readBody(request(['x'], { 'content-length': '101' }), 100)).resolves.toEqual({
      ok: false,
      tooLarge: true,
    });
    await expect(readBody(request(['x'.repeat(60), 'y'.repeat(60)]), 100)).resolves.toEqual({
      ok: false,
      tooLarge: true,
    });
  });

  it('keeps a redirect on this host', () => {
    expect(sameSitePath('/present')).toBe('/present');
    expect(sameSitePath('//evil.example')).toBe('/');
    expect(sameSitePath('/\\evil.example')).toBe('/');
    expect(sameSitePath('evil')).toBe('/');
  });

  it('decodes a method name and leaves a malformed one as it is', () => {
    expect(decodeURIComponentSafe('ledger.get')).toBe('ledger.get');
    expect(decodeURIComponentSafe('%E3%81%82')).toBe('あ');
    expect(decodeURIComponentSafe('%E3%81')).toBe('%E3%81');
  });

  it('answers failures as envelopes', () => {
    expect(failure('forbidden', 'だめです。')).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'だめです。' },
    });
  });
});
