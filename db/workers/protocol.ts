// The messages between the backend thread and the file worker: a job starts with its input, may take
// chunks from the caller (the cases of an export) and send parts back (the parsed cases of an import),
// and ends with a result or an error. Big payloads go in many small messages, so that neither thread
// spends long on any one of them (deserializing is done on the receiving thread's event loop).
import type { ErrorCode } from '../../shared/contract';
import type { JobName } from './jobs';

/** Cases travel in parts of this many, each its own message: no single message stalls the receiver. */
export const CASES_PER_PART = 500;

export type ToWorker =
  | { type: 'start'; id: number; name: JobName; input: unknown }
  | { type: 'chunk'; id: number; chunk: unknown }
  | { type: 'end'; id: number };

export type ToMain =
  | { type: 'part'; id: number; part: unknown }
  | { type: 'done'; id: number; result: unknown }
  | { type: 'error'; id: number; error: { code?: ErrorCode; message: string } };
