// The projector window's bridge: present.view and the events that make it ask again, nothing else (the
// main process refuses any other call from this window anyway, see ipc.ts). It does not import the
// contract, so its bundle holds no other method's name and none of the contract's schemas.
import { contextBridge, ipcRenderer } from 'electron';
import { PROJECTOR_EVENTS, PROJECTOR_METHODS } from '../shared/projector-access';
import { createBridge } from './bridge';

const bridge = createBridge(ipcRenderer, PROJECTOR_METHODS, PROJECTOR_EVENTS);
contextBridge.exposeInMainWorld('tsunagu', bridge);
