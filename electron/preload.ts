// The only bridge between the page and the main process. It exposes one function per contract method
// and the contract's events, never ipcRenderer itself nor a way to name an arbitrary channel: a page
// that is compromised can call no more than the UI can. Runs sandboxed, so it is bundled
// (build/scripts/build-electron.mjs).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, METHOD_NAMES, type BackendEvent, type Envelope, type MethodName } from '../shared/contract';
import { EVENT_CHANNEL } from './channels';
const eventNames: ReadonlySet<string> = new Set(EVENT_NAMES);

export interface TsunaguBridge {
  /** Exactly the contract's methods, each bound to its own IPC channel. */
  methods: Readonly<Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>>>;
  onEvent(listener: (event: BackendEvent) => void): () => void;
}

function isBackendEvent(value: unknown): value is BackendEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string' &&
    eventNames.has((value as { name: string }).name)
  );
}

const bridge: TsunaguBridge = {
  methods: Object.freeze(
    Object.fromEntries(
      METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(method, input) as Promise<Envelope<unknown>>]),
    ) as TsunaguBridge['methods'],
  ),
  onEvent(listener) {
    if (typeof listener !== 'function') throw new TypeError('イベントの受け取り先が関数ではありません。');
    // The page gets the event only, never Electron's IpcRendererEvent (it carries the sender).
    const handler = (_event: IpcRendererEvent, payload: unknown) => {
      if (isBackendEvent(payload)) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('tsunagu', bridge);
