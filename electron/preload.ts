// The console's only bridge between the page and the main process: one function per contract method and
// the contract's events (electron/bridge.ts), never ipcRenderer itself nor a way to name an arbitrary
// channel: a page that is compromised can call no more than the UI can. Runs sandboxed, so it is bundled
// (build/scripts/build-electron.mjs). The projector window has its own, smaller one (preload-projector.ts).
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_NAMES, METHOD_NAMES } from '../shared/contract';
import { createBridge } from './bridge';

export type { TsunaguBridge } from '../shared/contract';

const bridge = createBridge(ipcRenderer, METHOD_NAMES, EVENT_NAMES);
contextBridge.exposeInMainWorld('tsunagu', bridge);
