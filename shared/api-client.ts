// Turns a transport (Electron's preload bridge, the test host's HTTP + WebSocket, or a direct
// backend in Node) into the typed Api. Errors arrive as envelopes and leave as AppError.
import {
  AppError,
  type Api,
  type BackendEvent,
  type Envelope,
  type EventName,
  type EventPayload,
  type MethodName,
} from './contract';

export interface Transport {
  invoke(method: MethodName, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: BackendEvent) => void): () => void;
}

export function createApi(transport: Transport): Api {
  return {
    async call(method, input) {
      const envelope = await transport.invoke(method, input);
      if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message);
      return envelope.value as never;
    },
    on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
      return transport.subscribe((event) => {
        if (event.name === name) listener(event.payload as EventPayload<E>);
      });
    },
  };
}
