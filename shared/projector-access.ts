// What the projector window may ask and hear. The projector shows the room what present.view allows and
// nothing else, so it gets that one method and the events that tell it to ask again; a projector page that
// were compromised (or a console page loaded into the projector window) could read no case beyond it.
// Type-only imports: the projector's preload bundles this file, and must carry no other method name.
import type { Transport } from './api-client';
import type { BackendEvent, Envelope, EventName, MethodName } from './contract';

export const PROJECTOR_METHODS = ['present.view'] as const satisfies readonly MethodName[];
export const PROJECTOR_EVENTS = [
  'live.changed',
  'agenda.changed',
  'board.changed',
  'ledger.changed',
  'session.changed',
] as const satisfies readonly EventName[];

const methods: ReadonlySet<string> = new Set(PROJECTOR_METHODS);
const eventNames: ReadonlySet<string> = new Set(PROJECTOR_EVENTS);

export const PROJECTOR_FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: '投影画面からはこの操作はできません。' },
};

export function isProjectorMethod(method: string): boolean {
  return methods.has(method);
}

export function isProjectorEvent(event: Pick<BackendEvent, 'name'>): boolean {
  return eventNames.has(event.name);
}

/** The backend as the projector window sees it: present.view and its events, every other call refused. */
export function projectorTransport(backend: Transport): Transport {
  return {
    invoke: (method, input) =>
      isProjectorMethod(method) ? backend.invoke(method, input) : Promise.resolve(PROJECTOR_FORBIDDEN),
    subscribe: (listener) =>
      backend.subscribe((event) => {
        if (isProjectorEvent(event)) listener(event);
      }),
  };
}
