// The bridge a preload puts on window.tsunagu: one function per allowed method, each bound to its own IPC
// channel, and the allowed events; never ipcRenderer itself nor a way to name an arbitrary channel. The
// console's preload allows the whole contract, the projector's only what the projector needs.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { BackendEvent, Envelope, MethodName, TsunaguBridge } from '../shared/contract';
import { EVENT_CHANNEL } from './channels';

export type { TsunaguBridge };

export function createBridge(
  ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>,
  methodNames: readonly MethodName[],
  eventNames: readonly string[],
): TsunaguBridge {
  const events: ReadonlySet<string> = new Set(eventNames);
  const isAllowedEvent = (value: unknown): value is BackendEvent =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string' &&
    events.has((value as { name: string }).name);
  return {
    methods: Object.freeze(
      Object.fromEntries(
        methodNames.map((method) => [
          method,
          (input: unknown) => ipcRenderer.invoke(method, input) as Promise<Envelope<unknown>>,
        ]),
      ) as TsunaguBridge['methods'],
    ),
    onEvent(listener) {
      if (typeof listener !== 'function') throw new TypeError('イベントの受け取り先が関数ではありません。');
      // The page gets the event only, never Electron's IpcRendererEvent (it carries the sender).
      const handler = (_event: IpcRendererEvent, payload: unknown) => {
        if (isAllowedEvent(payload)) listener(payload);
      };
      ipcRenderer.on(EVENT_CHANNEL, handler);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, handler);
      };
    },
  };
}
