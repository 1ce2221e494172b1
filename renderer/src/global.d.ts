// The bridge Electron's preload puts on window (see electron/preload): absent in a plain browser.
import type { BackendEvent, Envelope, MethodName } from '../../shared/contract';

declare global {
  interface TsunaguBridge {
    /** Every contract method in the console; present.view alone in the projector window. */
    methods: Readonly<Partial<Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>>>>;
    onEvent(listener: (event: BackendEvent) => void): () => void;
  }
  interface Window {
    tsunagu?: TsunaguBridge;
  }
}

export {};
