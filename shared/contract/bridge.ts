// What a preload puts on window.tsunagu (electron/bridge.ts builds it; the renderer's IPC transport reads
// it). Declared here, once, because both sides must agree and the renderer may import shared/ only.
import type { BackendEvent } from './events';
import type { Envelope } from './errors';
import type { MethodName } from './index';

export interface TsunaguBridge {
  /**
   * Exactly the allowed methods, each bound to its own IPC channel: every contract method in the console,
   * present.view alone in the projector window.
   */
  methods: Readonly<Partial<Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>>>>;
  onEvent(listener: (event: BackendEvent) => void): () => void;
}
