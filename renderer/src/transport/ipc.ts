// Electron: the preload bridge already speaks envelopes, one function per contract method; this only
// adapts it to Transport.
import type { Transport } from '../../../shared/api-client';

export function createIpcTransport(bridge: TsunaguBridge): Transport {
  return {
    invoke: (method, input) => bridge.methods[method](input),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
