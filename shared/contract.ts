// The one contract between the UI and the backend. Every method and every event that crosses
// (Electron IPC, the test host's HTTP/WebSocket, direct calls in Node) is listed here, with a zod
// schema for its input. The backend validates every input against it: the renderer is not trusted.
import { z } from 'zod';
import { caseFieldsSchema, CASE_FIELD_ORDER, isoDate, type HistoryEntry, type LedgerCase, type MappedField } from './ledger/case';
import {
  agencyReportSchema, agencySchema, draftDecisionSchema, GROUPS, meetingSchema, scopeTemplateSchema,
  triageSettingsSchema, type Agency, type AgencyReport, type AgendaItem, type Meeting, type ScopeTemplate,
  type TriageSettings,
} from './meeting/types';
import { caseNoSchema } from './ledger/case-no';
import type { HandoutModel } from './meeting/handout';
import { decisionSchema, DECISION_STATES, type Decision } from './meeting/decision';
import { liveCommandSchema, type LiveState } from './meeting/live';
import { reopenReasonSchema } from './meeting/status';
import type { PresentView } from './meeting/present';
import type { BoardDoc } from './board/types';
import { DEFAULT_TIME_ZONE, isTimeZone } from './time/zone';
import { passphraseProblem } from './session/passphrase-strength';
import { DEFAULT_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES } from './session/idle-lock';
import { AUDIT_KINDS, type AuditEntry } from './audit/actions';

const empty = z.object({}).strict();
const meetingRef = z.object({ meetingId: z.number().int().positive() }).strict();
/** A passphrase being set (setup, change) must meet the stated strength rule; unlocking takes any. */
const newPassphrase = z.string().max(256).superRefine((value, ctx) => {
  const problem = passphraseProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
export const LOCK_REASON_NAMES = ['manual', 'idle', 'os'] as const;
const auditFilter = z.object({
  kind: z.enum(AUDIT_KINDS).optional(),
  actor: z.string().trim().max(100).optional(),
  /** Days (YYYY-MM-DD) in the council's calendar, both included. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** What a column of an imported sheet becomes: a case field, an `extra` column, or nothing. */
export const columnTargetSchema = z.union([z.enum(CASE_FIELD_ORDER), z.literal('extra'), z.literal('ignore')]);
export type ColumnTarget = MappedField | 'extra' | 'ignore';

/** Per sheet name, per column index (0-based, as a string key) → the user's choice in the wizard. */
export const mappingOverrideSchema = z.record(z.string(), z.record(z.string(), columnTargetSchema));
export type MappingOverride = z.infer<typeof mappingOverrideSchema>;

const fileUpload = z.object({
  fileName: z.string().min(1).max(500),
  /** The file's bytes, base64: the same on every transport. 64 MiB of file at most. */
  dataBase64: z.string().max(90_000_000, 'ファイルが大きすぎます（64MB まで）'),
});

export const DATE_STYLES = ['wareki', 'seireki'] as const;
export const settingsSchema = z.object({
  dateStyle: z.enum(DATE_STYLES),
  /** Who is at the keyboard: recorded with overrides of the triage (「誰が」). */
  operatorName: z.string().trim().min(1).max(100),
  /** The council's IANA time zone: every date and time shown or written is in it, whatever the machine's zone. */
  timeZone: z.string().refine(isTimeZone, 'タイムゾーンは IANA の名前で入力してください（例：Asia/Tokyo）'),
  /** Minutes without input on the console before the app locks itself. */
  idleLockMinutes: z.number().int().min(1, '自動ロックまでの時間は1分以上にしてください').max(MAX_IDLE_LOCK_MINUTES, `自動ロックまでの時間は${MAX_IDLE_LOCK_MINUTES}分以下にしてください`),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  dateStyle: 'wareki', operatorName: '事務局', timeZone: DEFAULT_TIME_ZONE, idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
};

export const caseChangesSchema = caseFieldsSchema.omit({ caseNo: true }).partial().strict();
export type CaseChanges = z.infer<typeof caseChangesSchema>;

export const EXPORT_FORMATS = ['xlsx', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const handoutOptions = z.object({
  meetingId: z.number().int().positive(),
  masked: z.boolean(),
  copies: z.number().int().min(1).max(100),
}).strict();

/** Only the shape here: parseBoard (shared/board) checks every part, and migrates older versions. */
const boardDocInput = z.custom<BoardDoc>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'ホワイトボードの内容が正しくありません' },
);

export const methods = {
  /** Whether the database exists yet and whether it is unlocked. Works while locked. */
  'session.status': empty,
  /** First start: create the encrypted database with this passphrase. */
  'session.setup': z.object({ passphrase: newPassphrase }).strict(),
  /** Every start: open the database. A wrong passphrase is refused and nothing is written. */
  'session.unlock': z.object({ passphrase: z.string().min(1).max(256) }).strict(),
  /** Locks the session; the reason (the ロック button, idle time, the OS locking or sleeping) goes into the 操作ログ. */
  'session.lock': z.object({ reason: z.enum(LOCK_REASON_NAMES).optional() }).strict(),
  /** Rekeys the database: backs it up first (the backup keeps the current passphrase), then checks the new key. */
  'session.changePassphrase': z.object({ current: z.string().min(1).max(256), next: newPassphrase }).strict(),

  'settings.get': empty,
  'settings.update': settingsSchema.partial().strict(),

  /** Every case (the table filters and sorts on the client side; 10,000 rows is a few MB). */
  'ledger.list': empty,
  'ledger.get': z.object({ caseNo: caseNoSchema }).strict(),
  'ledger.create': z.object({ case: caseFieldsSchema.extend({ caseNo: caseNoSchema }) }).strict(),
  /** `version` is the case's version the editor loaded (CaseDetail.version): an edit on an older one is refused ('conflict'). */
  'ledger.update': z.object({ caseNo: caseNoSchema, changes: caseChangesSchema, version: z.number().int().positive().optional() }).strict(),

  /** Reads the file and reports what an import would do; writes nothing. Returns a token for commit. */
  'ledger.importPreview': fileUpload.extend({ mapping: mappingOverrideSchema.optional() }).strict(),
  /** Applies a previewed import (with the mapping the user settled on) in one transaction. */
  'ledger.importCommit': z.object({
    token: z.string().min(1),
    mapping: mappingOverrideSchema.optional(),
    /**
     * Changes that would undo a newer value set in the app (ImportFieldChange.undoes) are kept out unless
     * named here, per case and field, or 'all' (the CLI's --overwrite-newer).
     */
    overwriteNewer: z.union([
      z.literal('all'),
      z.array(z.object({ caseNo: caseNoSchema, field: z.string().min(1).max(600) }).strict()).max(500_000),
    ]).optional(),
  }).strict(),

  'ledger.export': z.object({ format: z.enum(EXPORT_FORMATS) }).strict(),

  'agencies.list': empty,
  'agencies.save': agencySchema.extend({ id: z.number().int().positive().optional() }).strict(),
  'agencies.remove': z.object({ id: z.number().int().positive() }).strict(),

  'scopeTemplates.list': empty,
  'scopeTemplates.save': scopeTemplateSchema.extend({ id: z.number().int().positive().optional() }).strict(),
  'scopeTemplates.remove': z.object({ id: z.number().int().positive() }).strict(),

  'meetings.list': empty,
  'meetings.get': z.object({ id: z.number().int().positive() }).strict(),
  'meetings.create': z.object({ meeting: meetingSchema }).strict(),
  /** Status moves only forward (shared/meeting/status.ts); an ended meeting refuses every change. */
  'meetings.update': z.object({ id: z.number().int().positive(), changes: meetingSchema.partial().strict() }).strict(),
  /** Reopens an ended meeting (back to 進行中) with a required reason, recorded with who and when. */
  'meetings.reopen': z.object({ id: z.number().int().positive(), reason: reopenReasonSchema }).strict(),
  /** Every reopening of a meeting, oldest first. */
  'meetings.reopenings': z.object({ id: z.number().int().positive() }).strict(),

  /** Reports on one case, merged across agencies, newest first. */
  'reports.list': z.object({ caseNo: caseNoSchema }).strict(),
  'reports.add': z.object({ report: agencyReportSchema }).strict(),
  /** Imports agencies' reports (one row per case) from xlsx/csv; dryRun reports without writing. */
  'reports.import': fileUpload.extend({ dryRun: z.boolean().optional() }).strict(),

  /** The secretariat proposes (or withdraws) a case's closure: the suggestion then gives CLOSURE_PROPOSED. */
  'cases.proposeClosure': z.object({ caseNo: caseNoSchema, proposed: z.boolean() }).strict(),
  /** Support plan (サポートプラン) review date of a case; null removes it. */
  'cases.setPlanReview': z.object({ caseNo: caseNoSchema, reviewDue: isoDate.nullable() }).strict(),

  'triage.getSettings': empty,
  'triage.updateSettings': triageSettingsSchema.partial().strict(),

  /** Builds (or rebuilds) the meeting's agenda; items already there keep their group, order, draft and override. */
  'agenda.suggest': z.object({
    meetingId: z.number().int().positive(),
    since: isoDate.nullable().optional(),
    allActive: z.boolean().optional(),
  }).strict(),
  'agenda.get': z.object({ meetingId: z.number().int().positive() }).strict(),
  /** Moves a card to a group and position; a move against the rules records an override. */
  'agenda.move': z.object({
    meetingId: z.number().int().positive(),
    caseNo: caseNoSchema,
    group: z.enum(GROUPS),
    index: z.number().int().min(0),
    reason: z.string().max(500).nullable().optional(),
  }).strict(),
  'agenda.updateItem': z.object({
    meetingId: z.number().int().positive(),
    caseNo: caseNoSchema,
    draft: draftDecisionSchema.nullable().optional(),
    deepMinutes: z.number().int().min(1).max(120).nullable().optional(),
  }).strict(),
  /** The same change to the drafts of several 確認 cases at once. */
  'agenda.bulkDraft': z.object({
    meetingId: z.number().int().positive(),
    caseNos: z.array(caseNoSchema).min(1),
    changes: draftDecisionSchema.partial().strict(),
  }).strict(),

  /** 事前配布資料: DOCX, one numbered copy per section, 取扱注意・会議終了後回収 on every page. */
  'handout.export': handoutOptions,
  /** The same handout as display strings, for the window's print view (印刷・PDF). */
  'handout.model': handoutOptions,

  /** The case's whiteboard (null before the first save) and its snapshots, newest first. */
  'board.get': z.object({ caseNo: caseNoSchema }).strict(),
  /** Replaces the stored board; the backend validates (and migrates) the whole document with parseBoard. */
  'board.save': z.object({ caseNo: caseNoSchema, doc: boardDocInput }).strict(),
  /** Freezes the stored board as a snapshot, of a meeting or on its own. */
  'board.snapshot': z.object({
    caseNo: caseNoSchema,
    meetingId: z.number().int().positive().nullable(),
    label: z.string().trim().min(1, 'スナップショットの名前を入力してください').max(200),
  }).strict(),
  'board.snapshotGet': z.object({ id: z.number().int().positive() }).strict(),

  /** The running meeting: its live state and every decision so far. */
  'live.get': meetingRef,
  /** One console action (start, next, timer, mask, blackout, end …); the projector follows through live.changed. */
  'live.command': meetingRef.extend({ command: liveCommandSchema }).strict(),
  /** What the console shows about one case: ledger row, latest reports, last decision, plan review, draft. */
  'live.caseBrief': meetingRef.extend({ caseNo: caseNoSchema }).strict(),

  /** Saves a decision: 'draft' as the facilitator types (nothing is lost), 'recorded' when settled. */
  'decisions.save': meetingRef.extend({
    caseNo: caseNoSchema,
    decision: decisionSchema,
    state: z.enum(DECISION_STATES),
  }).strict(),
  /** 確認: records each 確認 case as 事務局案どおり (its draft decision); 一括確認 passes all that remain. */
  'decisions.confirm': meetingRef.extend({ caseNos: z.array(caseNoSchema).min(1).max(5000) }).strict(),
  /** Takes a case's decision back (a confirmation made by mistake, a case pulled out to 協議). */
  'decisions.remove': meetingRef.extend({ caseNo: caseNoSchema }).strict(),

  /** What the projector may show now (masked unless revealed). */
  'present.view': meetingRef,
  /** Opens the projector window where the host can (Electron: on the second display); else the page opens /present. */
  'present.open': meetingRef,

  // — after the meeting (minutes, write-back): added below this line —
  /** 議事録 as display strings (the print view); masked = caseNo + initials, names in free text hidden. */
  'minutes.model': meetingRef.extend({ masked: z.boolean() }).strict(),
  /** 議事録 as DOCX, XLSX (決定一覧 + one sheet per agency) or PDF (only where the host can print to PDF); logged. */
  'minutes.export': meetingRef.extend({ masked: z.boolean(), format: z.enum(['docx', 'xlsx', 'pdf']) }).strict(),
  /** The export log of a meeting's minutes, newest first. */
  'minutes.exports': meetingRef,
  /** 台帳への反映: per case, what the meeting's recorded decisions would change, and the conflicts to settle. */
  'writeback.preview': meetingRef,
  /** Backs up, then writes the decisions into the ledger in one transaction (history rows name the meeting). */
  'writeback.apply': meetingRef.extend({
    excludeCaseNos: z.array(caseNoSchema).max(5000),
    resolutions: z.array(z.object({ caseNo: caseNoSchema, field: z.string().min(1).max(50), keep: z.enum(['ledger', 'meeting']) }).strict()).max(50_000),
  }).strict(),
  /** Reverts one application's changes where the field still holds the applied value; reports the rest. */
  'writeback.undo': z.object({ applicationId: z.number().int().positive() }).strict(),

  /** 操作ログ: who did what and when, newest first (at most 5,000 rows a call). */
  'audit.list': auditFilter.strict(),
  /** The 操作ログ (the same filter) as xlsx or CSV; the export is itself logged. */
  'audit.export': auditFilter.extend({ format: z.enum(['xlsx', 'csv']) }).strict(),
} as const;

export type MethodName = keyof typeof methods;
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]>;

export interface SessionStatus {
  state: 'uninitialized' | 'locked' | 'unlocked';
  dbPath: string;
}

export interface ImportRejection { sheet: string; row: number; caseNo: string | null; reason: string }
export interface ImportWarning { sheet: string; row: number | null; caseNo: string | null; message: string }

export interface ImportReport {
  imported: number;
  /** Cases with at least one change written (or, in a preview, to be written). */
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
  warnings: ImportWarning[];
  /** Every existing case the file differs from, field by field (old → new). */
  updates: ImportCaseUpdate[];
  /** Field changes not written because they would undo a newer value (the app's value is kept). */
  keptNewer: number;
}

/** One field an import changes; `field` is a case field key or `extra:<header>`, values as history stores them. */
export interface ImportFieldChange {
  field: string;
  from: string | null;
  to: string | null;
  /** The newer change in the app this would undo (see shared/ledger/undoes.ts), or null. */
  undoes: import('./ledger/undoes').UndoneChange | null;
  /** True when the app's newer value is kept: an undoing change not chosen for overwriting. */
  kept: boolean;
}

export interface ImportCaseUpdate { caseNo: string; changes: ImportFieldChange[] }

export interface PreviewColumn {
  index: number;
  header: string;
  target: ColumnTarget;
  /** What header synonyms suggested, before any override. */
  suggested: ColumnTarget;
}

export interface PreviewSheet {
  name: string;
  /** 1-based sheet rows of the header (two rows when the header is merged over two). */
  headerRows: { first: number; last: number } | null;
  /** Set when the sheet's name gives the classification of its rows. */
  classification: LedgerCase['classification'];
  columns: PreviewColumn[];
  dataRows: number;
  /** A few parsed rows, for the wizard to show. */
  sample: { row: number; case: LedgerCase }[];
}

export interface ImportPreview {
  token: string;
  fileName: string;
  sheets: PreviewSheet[];
  /** What committing with this mapping would do (a dry run). */
  report: ImportReport;
}

export interface CaseDetail {
  case: LedgerCase;
  history: HistoryEntry[];
  /** Bumped by every write to the case; ledger.update sends it back. */
  version: number;
}

export interface ExportedFile { fileName: string; mimeType: string; dataBase64: string }

/** The result type of every method. */
export interface MethodResults {
  'session.status': SessionStatus;
  'session.setup': SessionStatus;
  'session.unlock': SessionStatus;
  'session.lock': SessionStatus;
  'session.changePassphrase': { backupPath: string };
  'settings.get': Settings;
  'settings.update': Settings;
  'ledger.list': { cases: LedgerCase[] };
  'ledger.get': CaseDetail;
  'ledger.create': CaseDetail;
  'ledger.update': CaseDetail;
  'ledger.importPreview': ImportPreview;
  'ledger.importCommit': ImportReport;
  'ledger.export': ExportedFile;
  'agencies.list': { agencies: Agency[] };
  'agencies.save': Agency;
  'agencies.remove': { agencies: Agency[] };
  'scopeTemplates.list': { templates: ScopeTemplate[] };
  'scopeTemplates.save': ScopeTemplate;
  'scopeTemplates.remove': { templates: ScopeTemplate[] };
  'meetings.list': { meetings: Meeting[] };
  'meetings.get': Meeting;
  'meetings.create': Meeting;
  'meetings.update': Meeting;
  'meetings.reopen': import('./meeting/status').MeetingReopening;
  'meetings.reopenings': { reopenings: import('./meeting/status').MeetingReopening[] };
  'reports.list': { reports: AgencyReport[] };
  'reports.add': AgencyReport;
  'reports.import': ReportImportResult;
  'cases.proposeClosure': { caseNo: string; proposed: boolean };
  'cases.setPlanReview': { caseNo: string; reviewDue: string | null };
  'triage.getSettings': TriageSettings;
  'triage.updateSettings': TriageSettings;
  'agenda.suggest': Agenda;
  'agenda.get': Agenda;
  'agenda.move': Agenda;
  'agenda.updateItem': Agenda;
  'agenda.bulkDraft': Agenda;
  'handout.export': ExportedFile;
  'handout.model': HandoutModel;
  'board.get': BoardState;
  'board.save': { caseNo: string; updatedAt: string };
  'board.snapshot': SnapshotInfo;
  'board.snapshotGet': { info: SnapshotInfo; doc: BoardDoc };
  'live.get': LiveSnapshot;
  'live.command': LiveSnapshot;
  'live.caseBrief': CaseBrief;
  'decisions.save': Decision;
  'decisions.confirm': LiveSnapshot;
  'decisions.remove': LiveSnapshot;
  'present.view': PresentView;
  'present.open': { openedByHost: boolean };
  // — after the meeting: results added below this line —
  'minutes.model': import('./meeting/minutes').MinutesModel;
  'minutes.export': ExportedFile;
  'minutes.exports': { exports: import('./meeting/minutes').MinutesExportRecord[] };
  'writeback.preview': import('./meeting/writeback').WritebackPreview;
  'writeback.apply': import('./meeting/writeback').WritebackApplyResult;
  'writeback.undo': import('./meeting/writeback').WritebackUndoResult;
  'audit.list': { entries: AuditEntry[]; truncated: boolean };
  'audit.export': ExportedFile;
}

export interface LiveSnapshot {
  state: LiveState;
  decisions: Decision[];
}

/** The console's facts about one case. */
export interface CaseBrief {
  case: LedgerCase;
  /** Newest first, at most five. */
  reports: AgencyReport[];
  lastDecision: (Decision & { meetingDate: string; meetingTitle: string }) | null;
  planReviewDue: string | null;
  closureProposed: boolean;
}

/** A frozen copy of a case's board; the document itself is fetched with board.snapshotGet. */
export interface SnapshotInfo {
  id: number;
  caseNo: string;
  meetingId: number | null;
  label: string;
  createdAt: string;
}

export interface BoardState {
  doc: BoardDoc | null;
  updatedAt: string | null;
  /** Newest first. */
  snapshots: SnapshotInfo[];
}

export interface ReportImportResult {
  imported: number;
  /** Rows identical to a report already stored (same case, agency and date): importing twice adds nothing. */
  unchanged: number;
  rejected: ImportRejection[];
  warnings: ImportWarning[];
}

/** A meeting's agenda, with the cases' ledger rows so a screen needs no second call. */
export interface Agenda {
  meetingId: number;
  /** The date changes were counted from (the last meeting of the same kind and scope, or `since`). */
  since: string | null;
  items: AgendaItem[];
  cases: LedgerCase[];
  /** Whether a suggestion has been made yet. */
  suggested: boolean;
}
export type MethodResult<M extends MethodName> = MethodResults[M];

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
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export type BackendEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** What crosses a transport for every call: never a thrown exception. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const ERROR_CODES = [
  'invalid_input', 'locked', 'already_initialized', 'not_initialized', 'wrong_passphrase', 'not_found',
  'duplicate', 'unreadable_file', 'expired', 'incompatible_database', 'unknown_method', 'forbidden', 'internal',
  // Another program changed the case first / holds the database / the disk is full or failing / restore while open.
  'conflict', 'busy', 'disk_full', 'io', 'in_use',
  // Too many wrong passphrases: wait before the next try.
  'throttled',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type the backend throws: its message is Japanese and meant for the user. */
export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
  }
}

/** The typed API a window sees, whatever the transport. */
export interface Api {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
