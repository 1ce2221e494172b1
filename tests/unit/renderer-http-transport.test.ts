import { describe, it, expect } from 'vitest';
import { createApi } from '../../shared/api-client';
import { AppError } from '../../shared/contract';
import { createHttpTransport } from '../../renderer/src/transport/http-transport';

class FakeSocket {
  static made: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((m: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  close() {
    this.closed = true;
  }
}

const ORIGIN = 'http://127.0.0.1:5180';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('http transport', () => {
  it('posts the input as JSON to /api/<method> and unwraps the envelope', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const transport = createHttpTransport({
      origin: ORIGIN,
      fetchImpl: async (url, init) => {
        calls.push({ url: String(url), init });
        return jsonResponse({ ok: true, value: { state: 'locked', dbPath: '/tmp/x.db' } });
      },
    });
    const api = createApi(transport);
    await expect(api.call('session.status', {})).resolves.toEqual({ state: 'locked', dbPath: '/tmp/x.db' });
    expect(calls[0]?.url).toBe(`${ORIGIN}/api/session.status`);
    expect(calls[0]?.init?.method).toBe('POST');
    expect(new Headers(calls[0]?.init?.headers).get('content-type')).toBe('application/json');
    expect(calls[0]?.init?.body).toBe('{}');
  });

  it('turns backend errors and network failures into AppErrors with Japanese messages', async () => {
    const wrong = createApi(
      createHttpTransport({
        origin: ORIGIN,
        fetchImpl: async () =>
          jsonResponse({ ok: false, error: { code: 'wrong_passphrase', message: 'パスフレーズが違います。' } }),
      }),
    );
    const error = await wrong.call('session.unlock', { passphrase: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('wrong_passphrase');
    expect((error as AppError).message).toBe('パスフレーズが違います。');

    const down = createApi(
      createHttpTransport({
        origin: ORIGIN,
        fetchImpl: async () => {
          throw new TypeError('fetch failed');
        },
      }),
    );
    const offline = await down.call('ledger.list', {}).catch((e: unknown) => e);
    expect((offline as AppError).message).toMatch(/接続できません/);

    const html = createApi(
      createHttpTransport({ origin: ORIGIN, fetchImpl: async () => jsonResponse({ hello: 1 }, 502) }),
    );
    expect(((await html.call('ledger.list', {}).catch((e: unknown) => e)) as AppError).message).toMatch(/HTTP 502/);
  });

  it('delivers valid events from /events, drops malformed ones, and reconnects after a close', async () => {
    FakeSocket.made = [];
    const transport = createHttpTransport({
      origin: ORIGIN,
      fetchImpl: async () => jsonResponse({ ok: true, value: null }),
      createSocket: (url) => new FakeSocket(url) as unknown as WebSocket,
    });
    const seen: unknown[] = [];
    const unsubscribe = transport.subscribe((e) => seen.push(e));
    const first = FakeSocket.made[0];
    expect(first?.url).toBe('ws://127.0.0.1:5180/events');
    first?.onopen?.();
    first?.onmessage?.({ data: JSON.stringify({ name: 'ledger.changed', payload: { caseNos: ['T-1'] } }) });
    first?.onmessage?.({ data: JSON.stringify({ name: 'ledger.changed', payload: { caseNos: 'T-1' } }) });
    first?.onmessage?.({ data: JSON.stringify({ name: 'nope', payload: {} }) });
    first?.onmessage?.({ data: '{not json' });
    expect(seen).toEqual([{ name: 'ledger.changed', payload: { caseNos: ['T-1'] } }]);

    first?.onclose?.();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(FakeSocket.made).toHaveLength(2);

    unsubscribe();
    expect(FakeSocket.made[1]?.closed).toBe(true);
  });
});
