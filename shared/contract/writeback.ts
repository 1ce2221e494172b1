// writeback.*: 台帳への反映 — a meeting's recorded decisions written into the ledger, and taken back.
import { z } from 'zod';
import { caseNoSchema } from '../ledger/case-no';
import type { WritebackApplyResult, WritebackPreview, WritebackUndoResult } from '../meeting/writeback';
import { meetingRef, method, result } from './method';

export const writebackMethods = {
  /** 台帳への反映: per case, what the meeting's recorded decisions would change, and the conflicts to settle. */
  'writeback.preview': method(meetingRef, result<WritebackPreview>()),
  /** Backs up, then writes the decisions into the ledger in one transaction (history rows name the meeting). */
  'writeback.apply': method(
    meetingRef
      .extend({
        excludeCaseNos: z.array(caseNoSchema).max(5000),
        resolutions: z
          .array(
            z
              .object({ caseNo: caseNoSchema, field: z.string().min(1).max(50), keep: z.enum(['ledger', 'meeting']) })
              .strict(),
          )
          .max(50_000),
      })
      .strict(),
    result<WritebackApplyResult>(),
  ),
  /** Reverts one application's changes where the field still holds the applied value; reports the rest. */
  'writeback.undo': method(
    z.object({ applicationId: z.number().int().positive() }).strict(),
    result<WritebackUndoResult>(),
  ),
} as const;
