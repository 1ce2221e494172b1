// Events the backend pushes to every window: each says what changed, and the window asks again.
import { z } from 'zod';

/** Events the backend pushes to every window. */
export const events = {
  'ledger.importProgress': z.object({
    token: z.string(),
    phase: z.enum(['read', 'parse', 'write']),
    done: z.number(),
    total: z.number(),
  }),
  'ledger.changed': z.object({ caseNos: z.array(z.string()).nullable() }),
  'session.changed': z.object({ state: z.enum(['uninitialized', 'locked', 'unlocked']) }),
  'meetings.changed': z.object({ meetingId: z.number().nullable() }),
  'agenda.changed': z.object({ meetingId: z.number() }),
  'board.changed': z.object({ caseNo: z.string() }),
  /** The running meeting changed (item, timer, projector, attendance, decisions). */
  'live.changed': z.object({ meetingId: z.number() }),
  /** A request, question, answer or 聞き取り changed; meetingId null: a request between meetings. */
  'assessments.changed': z.object({ meetingId: z.number().nullable() }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export type BackendEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

export const EVENT_NAMES = Object.keys(events) as EventName[];
