// The meeting while it runs: live.* (the console drives it), decisions.* (what is decided per case) and
// present.* (what the projector may show).
import { z } from 'zod';
import { caseNoSchema } from '../ledger/case-no';
import { decisionSchema, DECISION_STATES, type Decision } from '../meeting/decision';
import { liveCommandSchema } from '../meeting/live';
import type { CaseBrief, LiveSnapshot } from '../meeting/live-snapshot';
import type { PresentView } from '../meeting/present';
import { meetingRef, method, result } from './method';

export const liveMethods = {
  /** The running meeting: its live state and every decision so far. */
  'live.get': method(meetingRef, result<LiveSnapshot>()),
  /** One console action (start, next, timer, mask, blackout, end …); the projector follows through live.changed. */
  'live.command': method(meetingRef.extend({ command: liveCommandSchema }).strict(), result<LiveSnapshot>()),
  /** What the console shows about one case: ledger row, latest reports, last decision, plan review, draft. */
  'live.caseBrief': method(meetingRef.extend({ caseNo: caseNoSchema }).strict(), result<CaseBrief>()),
} as const;

export const decisionsMethods = {
  /** Saves a decision: 'draft' as the facilitator types (nothing is lost), 'recorded' when settled. */
  'decisions.save': method(
    meetingRef
      .extend({
        caseNo: caseNoSchema,
        decision: decisionSchema,
        state: z.enum(DECISION_STATES),
      })
      .strict(),
    result<Decision>(),
  ),
  /** 確認: records each 確認 case as 事務局案どおり (its draft decision); 一括確認 passes all that remain. */
  'decisions.confirm': method(
    meetingRef.extend({ caseNos: z.array(caseNoSchema).min(1).max(5000) }).strict(),
    result<LiveSnapshot>(),
  ),
  /** Takes a case's decision back (a confirmation made by mistake, a case pulled out to 協議). */
  'decisions.remove': method(meetingRef.extend({ caseNo: caseNoSchema }).strict(), result<LiveSnapshot>()),
} as const;

export const presentMethods = {
  /** What the projector may show now (masked unless revealed). */
  'present.view': method(meetingRef, result<PresentView>()),
  /** Opens the projector window where the host can (Electron: on the second display); else the page opens /present. */
  'present.open': method(meetingRef, result<{ openedByHost: boolean }>()),
} as const;
