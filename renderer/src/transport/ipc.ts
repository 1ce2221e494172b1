// Electron: the preload bridge already speaks envelopes, one function per allowed method; this only
// adapts it to Transport. The projector window's bridge has present.view alone: any other method is
// answered like the main process would answer it, with a forbidden envelope.
import type { Transport } from '../../../shared/api-client';
import { PROJECTOR_FORBIDDEN } from '../../../shared/projector-access';

export function createIpcTransport(bridge: TsunaguBridge): Transport {
  return {
    invoke: (method, input) => bridge.methods[method]?.(input) ?? Promise.resolve(PROJECTOR_FORBIDDEN),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
