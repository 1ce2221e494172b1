// The browser host (server/): POST /api/<method> for calls, one WebSocket at /events for pushes.
// A network failure becomes an error envelope, so the UI handles it like any backend error.
import type { Transport } from '../../../shared/api-client';
import { events, type BackendEvent, type Envelope, type EventName } from '../../../shared/contract';

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 10_000;

export interface HttpTransportOptions {
  /** e.g. "http://127.0.0.1:5180"; the page's own origin when omitted. */
  origin?: string;
  fetchImpl?: typeof fetch;
  createSocket?: (url: string) => WebSocket;
}

export function createHttpTransport(options: HttpTransportOptions = {}): Transport {
  const origin = options.origin ?? location.origin;
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url));
  const listeners = new Set<(event: BackendEvent) => void>();
  let socket: WebSocket | null = null;
  let retryMs = RECONNECT_MIN_MS;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const connect = () => {
    const url = new URL('/events', origin);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = createSocket(url.toString());
    socket = ws;
    ws.onopen = () => {
      retryMs = RECONNECT_MIN_MS;
    };
    ws.onmessage = (message) => {
      const event = parseEvent(message.data);
      if (event) for (const listener of listeners) listener(event);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      // Keep retrying with back-off while anyone listens: the host may restart during a test run.
      if (listeners.size > 0) {
        retryTimer = setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, RECONNECT_MAX_MS);
      }
    };
  };

  const disconnect = () => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    const ws = socket;
    socket = null;
    ws?.close();
  };

  return {
    async invoke(method, input) {
      try {
        const response = await fetchImpl(new URL('/api/' + method, origin).toString(), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        const body: unknown = await response.json();
        if (isEnvelope(body)) return body;
        return failure(`サーバーから予期しない応答がありました（HTTP ${response.status}）。`);
      } catch {
        return failure('サーバーに接続できません。アプリが起動しているか確認してください。');
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!socket && !retryTimer) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) disconnect();
      };
    },
  };
}

function failure(message: string): Envelope<unknown> {
  return { ok: false, error: { code: 'internal', message } };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
}

function parseEvent(data: unknown): BackendEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed !== 'object' || parsed === null || !('name' in parsed) || !('payload' in parsed)) return null;
    const name = parsed.name;
    if (typeof name !== 'string' || !Object.hasOwn(events, name)) return null;
    const payload = events[name as EventName].safeParse(parsed.payload);
    return payload.success ? ({ name, payload: payload.data } as BackendEvent) : null;
  } catch {
    return null;
  }
}
