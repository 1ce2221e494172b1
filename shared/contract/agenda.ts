// agenda.* (building and arranging a meeting's agenda before it runs) and handout.* (the 事前配布資料 made
// from that agenda).
import { z } from 'zod';
import { isoDate } from '../ledger/case';
import { caseNoSchema } from '../ledger/case-no';
import { draftDecisionSchema, GROUPS } from '../meeting/types';
import type { Agenda } from '../meeting/agenda-types';
import type { HandoutModel } from '../meeting/handout';
import { filePasswordSchema } from '../text/file-password';
import { method, result, type ExportedFile } from './method';

const meetingId = z.number().int().positive();

export const agendaMethods = {
  /** Builds (or rebuilds) the meeting's agenda; items already there keep their group, order, draft and override. */
  'agenda.suggest': method(
    z
      .object({
        meetingId,
        since: isoDate.nullable().optional(),
        allActive: z.boolean().optional(),
      })
      .strict(),
    result<Agenda>(),
  ),
  'agenda.get': method(z.object({ meetingId }).strict(), result<Agenda>()),
  /** Moves a card to a group and position; a move against the rules records an override. */
  'agenda.move': method(
    z
      .object({
        meetingId,
        caseNo: caseNoSchema,
        group: z.enum(GROUPS),
        index: z.number().int().min(0),
        reason: z.string().max(500).nullable().optional(),
      })
      .strict(),
    result<Agenda>(),
  ),
  'agenda.updateItem': method(
    z
      .object({
        meetingId,
        caseNo: caseNoSchema,
        draft: draftDecisionSchema.nullable().optional(),
        deepMinutes: z.number().int().min(1).max(120).nullable().optional(),
      })
      .strict(),
    result<Agenda>(),
  ),
  /** The same change to the drafts of several 確認 cases at once. */
  'agenda.bulkDraft': method(
    z
      .object({
        meetingId,
        caseNos: z.array(caseNoSchema).min(1),
        changes: draftDecisionSchema.partial().strict(),
      })
      .strict(),
    result<Agenda>(),
  ),
} as const;

const handoutOptions = z
  .object({
    meetingId,
    masked: z.boolean(),
    copies: z.number().int().min(1).max(100),
  })
  .strict();

export const handoutMethods = {
  /** 事前配布資料: DOCX, one numbered copy per section, 取扱注意・会議終了後回収 on every page. */
  'handout.export': method(
    /** `filePassword`: the DOCX's open password. */
    handoutOptions.extend({ filePassword: filePasswordSchema.optional() }).strict(),
    result<ExportedFile>(),
  ),
  /** The same handout as display strings, for the window's print view (印刷・PDF). */
  'handout.model': method(handoutOptions, result<HandoutModel>()),
} as const;
