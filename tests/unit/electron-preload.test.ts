import { describe, it, expect, vi, beforeAll } from 'vitest';
import { METHOD_NAMES, type BackendEvent } from '../../shared/contract';
import { EVENT_CHANNEL } from '../../electron/channels';
import type { TsunaguBridge } from '../../electron/preload';

// vi.mock is hoisted above the imports; the fakes it uses must be hoisted with it.
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed,
    listeners,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let bridge: TsunaguBridge;

beforeAll(async () => {
  await import('../../electron/preload');
  bridge = electron.exposed.get('tsunagu') as TsunaguBridge;
});

function emitFromMain(payload: unknown) {
  const fakeIpcEvent = { sender: { secret: 'ipcRenderer internals' } };
  for (const listener of electron.listeners.get(EVENT_CHANNEL) ?? []) listener(fakeIpcEvent, payload);
}

describe('preload bridge', () => {
  it('exposes window.tsunagu with exactly the contract methods and onEvent', () => {
    expect([...electron.exposed.keys()]).toEqual(['tsunagu']);
    expect(Object.keys(bridge).sort()).toEqual(['methods', 'onEvent']);
    expect(Object.keys(bridge.methods).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.isFrozen(bridge.methods)).toBe(true);
  });

  it('binds each contract method to the IPC channel of the same name', async () => {
    for (const method of METHOD_NAMES) {
      await bridge.methods[method]!({ probe: method });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(method, { probe: method });
    }
  });

  it.each(['tsunagu:event', 'ELECTRON_BROWSER_REQUIRE', 'ledger.drop', '', '__proto__', 'invoke'])(
    'offers no way to reach the channel %j',
    (name) => {
      expect(Object.prototype.hasOwnProperty.call(bridge.methods, name)).toBe(false);
      expect(Object.prototype.hasOwnProperty.call(bridge, name)).toBe(false);
    },
  );

  it('delivers backend events without the IPC event object, until unsubscribed', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args) => received.push(args));
    const event: BackendEvent = { name: 'ledger.changed', payload: { caseNos: null } };
    emitFromMain(event);
    expect(received).toEqual([[event]]);

    emitFromMain({ name: 'not.an.event', payload: {} });
    emitFromMain('garbage');
    expect(received).toHaveLength(1);

    unsubscribe();
    emitFromMain(event);
    expect(received).toHaveLength(1);
    expect(electron.listeners.get(EVENT_CHANNEL)?.size ?? 0).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge.onEvent('x' as unknown as () => void)).toThrow(TypeError);
  });
});
