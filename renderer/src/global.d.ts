// The bridge Electron's preload puts on window (see electron/preload): absent in a plain browser. Its type
// is the contract's (shared/contract/bridge.ts), the same one the preload builds; here it is only named
// globally for the renderer's IPC transport.
import type { TsunaguBridge as ContractBridge } from '../../shared/contract';

declare global {
  type TsunaguBridge = ContractBridge;
  interface Window {
    tsunagu?: TsunaguBridge;
  }
}

export {};
