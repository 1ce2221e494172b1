// Electron: the preload bridge already speaks envelopes; this only adapts its names to Transport.
import type { Transport } from '../../../shared/api-client';

export function createIpcTransport(bridge: TsunaguBridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method, input),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
