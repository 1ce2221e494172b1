// The worker side of the job protocol (protocol.ts): starts a job per 'start' message, feeds it the
// caller's chunks, posts its parts and its result, and an error as { code, message } so the caller
// re-throws the same AppError.
import type { MessagePort } from 'node:worker_threads';
import { AppError } from '../../shared/contract';
import { jobs } from './jobs';
import type { ToMain, ToWorker } from './protocol';

interface UntypedContext {
  chunks: AsyncIterable<unknown>;
  send: (part: unknown) => void;
}

interface Inbox {
  queue: unknown[];
  ended: boolean;
  wake?: () => void;
}

export function serveJobs(port: Pick<MessagePort, 'on' | 'postMessage'>): void {
  const inboxes = new Map<number, Inbox>();
  const post = (message: ToMain, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'chunk' || message.type === 'end') {
      const inbox = inboxes.get(message.id);
      if (!inbox) return;
      if (message.type === 'chunk') inbox.queue.push(message.chunk);
      else inbox.ended = true;
      inbox.wake?.();
      return;
    }
    const { id, name, input } = message;
    const inbox: Inbox = { queue: [], ended: false };
    inboxes.set(id, inbox);
    const ctx = {
      chunks: drain(inbox),
      send: (part: unknown) => post({ type: 'part', id, part }),
    };
    // The message names the job; its input and chunks are that job's by the protocol.
    const run = jobs[name] as unknown as (input: unknown, ctx: UntypedContext) => Promise<unknown>;
    run(input, ctx)
      .then(
        (result) => post({ type: 'done', id, result }, transferablesOf(result)),
        (err: unknown) =>
          post({
            type: 'error',
            id,
            error: {
              code: err instanceof AppError ? err.code : undefined,
              message: err instanceof Error ? err.message : String(err),
            },
          }),
      )
      .finally(() => inboxes.delete(id));
  });
}

async function* drain(inbox: Inbox): AsyncGenerator<unknown> {
  for (;;) {
    while (inbox.queue.length > 0) yield inbox.queue.shift();
    if (inbox.ended) return;
    await new Promise<void>((resolve) => (inbox.wake = resolve));
    inbox.wake = undefined;
  }
}

/** A result's top-level byte arrays move to the caller instead of being copied. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  if (!value || typeof value !== 'object') return [];
  const out: ArrayBuffer[] = [];
  for (const v of Object.values(value)) {
    if (v instanceof Uint8Array && v.buffer instanceof ArrayBuffer && v.byteLength === v.buffer.byteLength)
      out.push(v.buffer);
  }
  return out;
}
