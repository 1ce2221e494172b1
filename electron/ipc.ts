// The IPC adapter: one `ipcMain.handle` per contract method and no other channel, each call checked for
// its sender before it reaches the backend, and every backend event pushed to our windows. It adds no
// logic of its own: the backend validates every input against the contract. A call or an event for the
// projector window goes through projectorTransport: present.view and its events only.
import type { IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type BackendEvent, type Envelope, type MethodName } from '../shared/contract';
import type { Transport } from '../shared/api-client';
import { isProjectorEvent, projectorTransport } from '../shared/projector-access';
import { EVENT_CHANNEL } from './channels';
import { isAppUrl } from './security';

/** The part of Electron's ipcMain this adapter uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** The part of Electron's WebContents that receives events. */
export interface EventReceiver {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, event: BackendEvent): void;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'この画面からの操作は許可されていません。' },
};

const INTERNAL: Envelope<never> = {
  ok: false,
  error: { code: 'internal', message: '内部エラーが発生しました。アプリを再起動してください。' },
};

/**
 * Registers the handlers; returns a function that removes them and stops forwarding events.
 * `targets` lists the webContents that receive events (in the app: every window's). `isProjector` says
 * whether a webContents is the projector window's (the sender of a call, or an event's target).
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  backend: Transport,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  targets: () => EventReceiver[],
  isProjector: (contents: unknown) => boolean = () => false,
): () => void {
  const projector = projectorTransport(backend);
  const forSender = (event: IpcMainInvokeEvent) => {
    try {
      return isProjector(event.sender) ? projector : backend;
    } catch {
      // Unsure who asks: answer as to the projector, which can read the least.
      return projector;
    }
  };
  for (const method of METHOD_NAMES) {
    ipcMain.handle(method, (event, input) => handleCall(forSender(event), isTrusted, method, event, input));
  }
  const unsubscribe = backend.subscribe((event) => {
    for (const target of targets()) {
      // A window that navigated away from our origin (it should not be able to) gets no case data.
      if (target.isDestroyed() || !isAppUrl(target.getURL())) continue;
      if (isProjector(target) && !isProjectorEvent(event)) continue;
      target.send(EVENT_CHANNEL, event);
    }
  });
  return () => {
    unsubscribe();
    for (const method of METHOD_NAMES) ipcMain.removeHandler(method);
  };
}

async function handleCall(
  backend: Transport,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  method: MethodName,
  event: IpcMainInvokeEvent,
  input: unknown,
): Promise<Envelope<unknown>> {
  let trusted = false;
  try {
    trusted = isTrusted(event);
  } catch {
    // Reading a frame that was disposed meanwhile throws: such a sender is not trusted.
  }
  if (!trusted) return FORBIDDEN;
  try {
    return await backend.invoke(method, input);
  } catch (error) {
    // The backend promises never to throw; if it does anyway, the window still gets an envelope.
    console.error(`[ipc] ${method}`, error);
    return INTERNAL;
  }
}
