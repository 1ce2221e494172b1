// agenda.* (building and arranging a meeting's agenda before it runs) and handout.* (the 事前配布資料 made
// from that agenda).
import { z } from 'zod';
import { isoDate } from '../ledger/case';
import { caseNoSchema } from '../ledger/case-no';
import { programItemInputSchema, programTemplateSchema } from '../meeting/program';
import type { ProgramTemplates } from '../meeting/program-templates';
import { draftDecisionSchema, GROUPS, MEETING_KINDS } from '../meeting/types';
import type { Agenda } from '../meeting/agenda-types';
import type { HandoutModel } from '../meeting/handout';
import { filePasswordSchema } from '../text/file-password';
import { method, result, type ExportedFile } from './method';

const meetingId = z.number().int().positive();
const entryId = z.string().min(1).max(40);

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
  /** 次第: adds a non-case item at `index` (the end when omitted). */
  'agenda.addEntry': method(
    z.object({ meetingId, item: programItemInputSchema.strict(), index: z.number().int().min(0).optional() }).strict(),
    result<Agenda>(),
  ),
  /** 次第: changes an item's fields; `record` is what was said, written in the console. */
  'agenda.updateEntry': method(
    z
      .object({
        meetingId,
        id: entryId,
        changes: programItemInputSchema
          .partial()
          .extend({ record: z.string().max(8000).nullable().optional() })
          .strict(),
      })
      .strict(),
    result<Agenda>(),
  ),
  'agenda.removeEntry': method(z.object({ meetingId, id: entryId }).strict(), result<Agenda>()),
  /** 次第: moves an item (its id) or a case block (`block:quick` / `block:deep`) to an index. */
  'agenda.moveEntry': method(
    z.object({ meetingId, key: entryId, index: z.number().int().min(0) }).strict(),
    result<Agenda>(),
  ),
  /** The 次第 template of every meeting kind (what a new meeting starts from). */
  'agenda.programTemplates': method(z.object({}).strict(), result<ProgramTemplates>()),
  'agenda.saveProgramTemplate': method(
    z.object({ kind: z.enum(MEETING_KINDS), template: programTemplateSchema }).strict(),
    result<ProgramTemplates>(),
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
