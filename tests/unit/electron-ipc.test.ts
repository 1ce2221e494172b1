import { describe, it, expect, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { registerIpc, type EventReceiver, type IpcMainLike } from '../../electron/ipc';
import { EVENT_CHANNEL } from '../../electron/channels';
import { isTrustedSender } from '../../electron/security';
import { METHOD_NAMES, type BackendEvent, type Envelope } from '../../shared/contract';
import type { Transport } from '../../shared/api-client';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => {
      handlers.delete(channel);
    },
  };
  return { ipcMain, handlers };
}

function fakeBackend() {
  const listeners = new Set<(event: BackendEvent) => void>();
  const invoke = vi.fn(async (method: string, input: unknown): Promise<Envelope<unknown>> => ({
    ok: true,
    value: { method, input },
  }));
  const backend: Transport = {
    invoke: invoke as Transport['invoke'],
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (event: BackendEvent) => listeners.forEach((listener) => listener(event));
  return { backend, invoke, emit, listeners };
}

function senderEvent(url: string, parent: unknown = null): IpcMainInvokeEvent {
  return { senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent;
}

const trustFrame = (event: IpcMainInvokeEvent) => isTrustedSender(event.senderFrame);

function receiver(url: string, destroyed = false): EventReceiver & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    isDestroyed: () => destroyed,
    getURL: () => url,
    send: (channel, event) => sent.push([channel, event]),
  };
}

describe('registerIpc', () => {
  it('registers exactly one handler per contract method and nothing else', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpc(ipcMain, fakeBackend().backend, trustFrame, () => []);
    expect([...handlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
    expect(handlers.has(EVENT_CHANNEL)).toBe(false);
  });

  it('forwards a trusted call to the backend unchanged', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { backend, invoke } = fakeBackend();
    registerIpc(ipcMain, backend, trustFrame, () => []);
    const input = { caseNo: 'R7-0001' };
    const result = await handlers.get('ledger.get')!(senderEvent('app://tsunagu/index.html'), input);
    expect(invoke).toHaveBeenCalledWith('ledger.get', input);
    expect(result).toEqual({ ok: true, value: { method: 'ledger.get', input } });
  });

  it.each([
    ['another origin', senderEvent('https://example.com/')],
    ['a subframe of ours', senderEvent('app://tsunagu/index.html', { url: 'app://tsunagu/index.html' })],
    ['a disposed frame', { senderFrame: null } as unknown as IpcMainInvokeEvent],
  ])('answers %s with a forbidden envelope and never calls the backend', async (_name, event) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { backend, invoke } = fakeBackend();
    registerIpc(ipcMain, backend, trustFrame, () => []);
    const result = (await handlers.get('ledger.list')!(event, {})) as Envelope<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('forbidden');
      expect(result.error.message).toMatch(/[ぁ-んァ-ン一-龯]/);
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('treats a sender check that throws as untrusted', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { backend, invoke } = fakeBackend();
    registerIpc(
      ipcMain,
      backend,
      () => {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      () => [],
    );
    const result = (await handlers.get('session.status')!(senderEvent('app://tsunagu/'), {})) as Envelope<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('turns a backend that throws into an internal envelope instead of an IPC rejection', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { backend, invoke } = fakeBackend();
    invoke.mockRejectedValueOnce(new Error('boom'));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    registerIpc(ipcMain, backend, trustFrame, () => []);
    const result = await handlers.get('ledger.list')!(senderEvent('app://tsunagu/'), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    consoleError.mockRestore();
  });

  it('pushes backend events to live windows of our origin only', () => {
    const { ipcMain } = fakeIpcMain();
    const { backend, emit } = fakeBackend();
    const ours = receiver('app://tsunagu/index.html');
    const closed = receiver('app://tsunagu/index.html', true);
    const foreign = receiver('https://example.com/');
    registerIpc(ipcMain, backend, trustFrame, () => [ours, closed, foreign]);
    const event: BackendEvent = { name: 'ledger.changed', payload: { caseNos: ['R7-0001'] } };
    emit(event);
    expect(ours.sent).toEqual([[EVENT_CHANNEL, event]]);
    expect(closed.sent).toEqual([]);
    expect(foreign.sent).toEqual([]);
  });

  it('answers the projector window with present.view only, and sends it only the events it follows', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { backend, invoke, emit } = fakeBackend();
    const console_ = receiver('app://tsunagu/index.html');
    const projector = receiver('app://tsunagu/present?meeting=1');
    registerIpc(
      ipcMain,
      backend,
      trustFrame,
      () => [console_, projector],
      (contents) => contents === projector,
    );
    const fromProjector = {
      ...senderEvent('app://tsunagu/present?meeting=1'),
      sender: projector,
    } as unknown as IpcMainInvokeEvent;
    const fromConsole = {
      ...senderEvent('app://tsunagu/index.html'),
      sender: console_,
    } as unknown as IpcMainInvokeEvent;

    expect(await handlers.get('present.view')!(fromProjector, { meetingId: 1 })).toMatchObject({ ok: true });
    for (const method of ['ledger.list', 'ledger.export', 'live.command', 'handout.model', 'session.lock']) {
      expect(await handlers.get(method)!(fromProjector, {}), method).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(invoke.mock.calls.map(([method]) => method)).toEqual(['present.view']);
    expect(await handlers.get('ledger.list')!(fromConsole, {})).toMatchObject({ ok: true });

    emit({ name: 'live.changed', payload: { meetingId: 1 } });
    emit({ name: 'ledger.importProgress', payload: { token: 't', phase: 'read', done: 1, total: 2 } });
    expect(projector.sent.map((s) => (s as [string, BackendEvent])[1].name)).toEqual(['live.changed']);
    expect(console_.sent).toHaveLength(2);
  });

  it('answers as to the projector when it cannot tell who is asking', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { backend, invoke } = fakeBackend();
    registerIpc(
      ipcMain,
      backend,
      trustFrame,
      () => [],
      () => {
        throw new Error('Object has been destroyed');
      },
    );
    expect(await handlers.get('ledger.list')!(senderEvent('app://tsunagu/'), {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('removes its handlers and stops forwarding when disposed', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { backend, emit, listeners } = fakeBackend();
    const ours = receiver('app://tsunagu/index.html');
    const dispose = registerIpc(ipcMain, backend, trustFrame, () => [ours]);
    dispose();
    expect(handlers.size).toBe(0);
    expect(listeners.size).toBe(0);
    emit({ name: 'session.changed', payload: { state: 'locked' } });
    expect(ours.sent).toEqual([]);
  });
});
