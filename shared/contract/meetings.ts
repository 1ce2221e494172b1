// Preparing meetings: agencies.*, scopeTemplates.*, meetings.*, reports.* (agencies' reports on cases),
// cases.* (what the secretariat sets on a case outside the ledger's fields) and triage.* (the rules that
// sort cases into the agenda's groups).
import { z } from 'zod';
import { isoDate } from '../ledger/case';
import { caseNoSchema } from '../ledger/case-no';
import {
  agencyReportSchema,
  agencySchema,
  meetingSchema,
  scopeTemplateSchema,
  triageSettingsSchema,
  type Agency,
  type AgencyReport,
  type Meeting,
  type ScopeTemplate,
  type TriageSettings,
} from '../meeting/types';
import { reopenReasonSchema, type MeetingReopening } from '../meeting/status';
import type { ReportImportResult } from '../meeting/report-import';
import { empty, fileUpload, method, result } from './method';
import { incomingFilePasswordSchema } from './ledger';

const id = z.number().int().positive();

export const agenciesMethods = {
  'agencies.list': method(empty, result<{ agencies: Agency[] }>()),
  'agencies.save': method(agencySchema.extend({ id: id.optional() }).strict(), result<Agency>()),
  'agencies.remove': method(z.object({ id }).strict(), result<{ agencies: Agency[] }>()),
} as const;

export const scopeTemplatesMethods = {
  'scopeTemplates.list': method(empty, result<{ templates: ScopeTemplate[] }>()),
  'scopeTemplates.save': method(scopeTemplateSchema.extend({ id: id.optional() }).strict(), result<ScopeTemplate>()),
  'scopeTemplates.remove': method(z.object({ id }).strict(), result<{ templates: ScopeTemplate[] }>()),
} as const;

export const meetingsMethods = {
  'meetings.list': method(empty, result<{ meetings: Meeting[] }>()),
  'meetings.get': method(z.object({ id }).strict(), result<Meeting>()),
  'meetings.create': method(z.object({ meeting: meetingSchema }).strict(), result<Meeting>()),
  /**
   * Status moves only forward (shared/meeting/status.ts); an ended meeting refuses every change, a running one
   * some fields (shared/meeting/meeting-edit.ts). `expected`: the values the editor loaded ('conflict' if changed).
   */
  'meetings.update': method(
    z
      .object({ id, changes: meetingSchema.partial().strict(), expected: meetingSchema.partial().strict().optional() })
      .strict(),
    result<Meeting>(),
  ),
  /** Reopens an ended meeting (back to 進行中) with a required reason, recorded with who and when. */
  'meetings.reopen': method(z.object({ id, reason: reopenReasonSchema }).strict(), result<MeetingReopening>()),
  /** Every reopening of a meeting, oldest first. */
  'meetings.reopenings': method(z.object({ id }).strict(), result<{ reopenings: MeetingReopening[] }>()),
} as const;

export const reportsMethods = {
  /** Reports on one case, merged across agencies, newest first. */
  'reports.list': method(z.object({ caseNo: caseNoSchema }).strict(), result<{ reports: AgencyReport[] }>()),
  'reports.add': method(z.object({ report: agencyReportSchema }).strict(), result<AgencyReport>()),
  /** Imports agencies' reports (one row per case) from xlsx/csv; dryRun reports without writing. */
  'reports.import': method(
    fileUpload.extend({ dryRun: z.boolean().optional(), filePassword: incomingFilePasswordSchema.optional() }).strict(),
    result<ReportImportResult>(),
  ),
} as const;

export const casesMethods = {
  /** The secretariat proposes (or withdraws) a case's closure: the suggestion then gives CLOSURE_PROPOSED. */
  'cases.proposeClosure': method(
    z.object({ caseNo: caseNoSchema, proposed: z.boolean() }).strict(),
    result<{ caseNo: string; proposed: boolean }>(),
  ),
  /** Support plan (サポートプラン) review date of a case; null removes it. */
  'cases.setPlanReview': method(
    z.object({ caseNo: caseNoSchema, reviewDue: isoDate.nullable() }).strict(),
    result<{ caseNo: string; reviewDue: string | null }>(),
  ),
} as const;

export const triageMethods = {
  'triage.getSettings': method(empty, result<TriageSettings>()),
  'triage.updateSettings': method(triageSettingsSchema.partial().strict(), result<TriageSettings>()),
} as const;
