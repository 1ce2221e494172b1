// The projector window's preload: present.view and the events that make it ask again, nothing else. Checked
// on the source with Electron mocked, and on the esbuild bundle run as a sandboxed preload would be.
import { describe, it, expect, vi, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { electronBundles } from '../../build/scripts/build-electron.mjs';
import type { TsunaguBridge } from '../../electron/bridge';
import { METHOD_NAMES, type BackendEvent } from '../../shared/contract';
import { PROJECTOR_METHODS } from '../../shared/projector-access';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Set<(...args: unknown[]) => void>();
  return {
    exposed,
    listeners,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
      on: (_channel: string, listener: (...args: unknown[]) => void) => listeners.add(listener),
      removeListener: (_channel: string, listener: (...args: unknown[]) => void) => listeners.delete(listener),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let bridge: TsunaguBridge;

beforeAll(async () => {
  await import('../../electron/preload-projector');
  bridge = electron.exposed.get('tsunagu') as TsunaguBridge;
});

describe('the projector preload', () => {
  it('exposes present.view alone, bound to its own channel', async () => {
    expect(Object.keys(bridge.methods)).toEqual(['present.view']);
    expect(Object.isFrozen(bridge.methods)).toBe(true);
    await bridge.methods['present.view']!({ meetingId: 1 });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('present.view', { meetingId: 1 });
    for (const method of METHOD_NAMES.filter((m) => m !== 'present.view'))
      expect(bridge.methods[method], method).toBeUndefined();
  });

  it('delivers the events that make the projector ask again, and no other', () => {
    const received: BackendEvent[] = [];
    const off = bridge.onEvent((e) => received.push(e));
    const send = (payload: unknown) => electron.listeners.forEach((l) => l({ sender: {} }, payload));
    send({ name: 'live.changed', payload: { meetingId: 1 } });
    send({ name: 'ledger.importProgress', payload: { token: 't', phase: 'read', done: 1, total: 2 } });
    send({ name: 'meetings.changed', payload: { meetingId: 1 } });
    expect(received.map((e) => e.name)).toEqual(['live.changed']);
    off();
    expect(electron.listeners.size).toBe(0);
  });

  it('bundles to a sandboxable script that names no other contract method', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const result = await build({
      ...electronBundles(root).projectorPreload,
      write: false,
      sourcemap: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles?.[0]?.text ?? '';
    for (const method of METHOD_NAMES.filter((m) => !(PROJECTOR_METHODS as readonly string[]).includes(m))) {
      expect(code, method).not.toContain(`"${method}"`);
    }
    const exposed = new Map<string, unknown>();
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (channel: string) => ({ ok: true, value: channel }),
        on: () => {},
        removeListener: () => {},
      },
    };
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });
    const built = exposed.get('tsunagu') as {
      methods: Record<string, ((input: unknown) => Promise<unknown>) | undefined>;
    };
    expect(Object.keys(built.methods)).toEqual(['present.view']);
    await expect(built.methods['present.view']?.({ meetingId: 1 })).resolves.toEqual({
      ok: true,
      value: 'present.view',
    });
  });
});
