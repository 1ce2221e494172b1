// The one contract between the UI and the backend. Every method and every event that crosses (Electron IPC,
// the test host's HTTP/WebSocket, direct calls in Node) is declared in this folder, one file per group of
// namespaces, each method's zod input schema beside its result type. The backend validates every input
// against the schema: the renderer is not trusted. This index merges the namespaces into the maps the rest
// of the code uses (`methods`, `MethodResults`), and re-exports the domain shapes the results are made of.
//
// A new method: one entry `'<namespace>.<name>': method(inputSchema, result<Result>())` in its namespace's
// file (a new namespace: its map, added to contractNamespaces below). tsc then asks for its 操作ログ entry
// (shared/audit/actions.ts) and its handler in db/ (the backend's handler map covers every method).
import type { z } from 'zod';
import type { MethodSpec, ResultOf } from './method';
import type { EventName, EventPayload } from './events';
import { sessionMethods, settingsMethods } from './session';
import { ledgerMethods } from './ledger';
import {
  agenciesMethods,
  casesMethods,
  meetingsMethods,
  reportsMethods,
  scopeTemplatesMethods,
  triageMethods,
} from './meetings';
import { agendaMethods, handoutMethods } from './agenda';
import { boardMethods } from './board';
import { decisionsMethods, liveMethods, presentMethods } from './live';
import { minutesMethods } from './minutes';
import { writebackMethods } from './writeback';
import { auditMethods } from './audit';
import { statsMethods } from './stats';
import { plansMethods } from './plans';
import { servicesMethods } from './services';
import { homeMethods } from './home';
import { jointMethods } from './joint';
import { casesheetsMethods } from './casesheets';
import { monthlyMethods } from './monthly';
import { returnsMethods } from './returns';
import { requestsMethods } from './requests';

/** Every namespace, by its name; a method's name starts with its namespace's (checked below). */
export const contractNamespaces = {
  session: sessionMethods,
  settings: settingsMethods,
  ledger: ledgerMethods,
  agencies: agenciesMethods,
  scopeTemplates: scopeTemplatesMethods,
  meetings: meetingsMethods,
  reports: reportsMethods,
  cases: casesMethods,
  triage: triageMethods,
  agenda: agendaMethods,
  handout: handoutMethods,
  board: boardMethods,
  live: liveMethods,
  decisions: decisionsMethods,
  present: presentMethods,
  // After the meeting.
  minutes: minutesMethods,
  writeback: writebackMethods,
  audit: auditMethods,
  // The year's figures (年度実績).
  stats: statsMethods,
  // サポートプラン records.
  plans: plansMethods,
  // 家庭支援事業 records.
  services: servicesMethods,
  // The first screen after unlocking.
  home: homeMethods,
  // The 合同ケース会議's proposals and standing list.
  joint: jointMethods,
  // ケースごとの集約: the merged assessment sheet per case and its 聞き取り.
  casesheets: casesheetsMethods,
  // 月次報告の遅れ.
  monthly: monthlyMethods,
  // 回収状況: the assessment sheets back per request.
  returns: returnsMethods,
  // Requests to agencies (assessment sheets out) and the questions for the meeting.
  requests: requestsMethods,
} as const;
type Namespaces = typeof contractNamespaces;

// A method whose name does not start with its namespace's fails to compile here, naming the method. Since
// the namespaces' names differ, this also means no two namespaces can declare the same method (merging
// them would silently keep only the last one); tests/unit/contract-namespaces.test.ts checks it at run time.
type Misplaced = { [N in keyof Namespaces]: Exclude<keyof Namespaces[N], `${N}.${string}`> }[keyof Namespaces];
type MustBeNever<T extends never> = T;
type _EveryMethodInItsNamespace = MustBeNever<Misplaced>;

// The namespaces' maps, a union, become one map holding every key (they share none, see above).
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** Every method's spec (input schema and result type), by name. */
type Specs = UnionToIntersection<Namespaces[keyof Namespaces]>;

export type MethodName = keyof Specs & string;

/** Method name → zod input schema, in the namespaces' order. */
export const methods = Object.fromEntries(
  Object.values(contractNamespaces).flatMap((namespace) =>
    Object.entries(namespace as Record<string, MethodSpec>).map(([name, spec]) => [name, spec.input]),
  ),
) as { readonly [M in MethodName]: Specs[M]['input'] };

export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]>;
/** The result type of every method. */
export type MethodResults = { [M in MethodName]: ResultOf<Specs[M]> };
export type MethodResult<M extends MethodName> = MethodResults[M];

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

/** The typed API a window sees, whatever the transport. */
export interface Api {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export { events, EVENT_NAMES, type BackendEvent, type EventName, type EventPayload } from './events';
export { AppError, ERROR_CODES, type Envelope, type ErrorCode } from './errors';
export type { TsunaguBridge } from './bridge';
export type { ExportedFile } from './method';
export type { PlanDetail, PlanEvent } from './plans';
export type { CaseServices, ServiceEvent, ServiceRecordView } from './services';
export {
  DATE_STYLES,
  DEFAULT_SETTINGS,
  LOCK_REASON_NAMES,
  settingsSchema,
  type SessionStatus,
  type Settings,
} from './session';
export {
  caseChangesSchema,
  CSV_ENCODINGS,
  EXPORT_FORMATS,
  type CaseChanges,
  type CsvEncoding,
  type ExportFormat,
} from './ledger';

// Domain shapes that results are made of: they live with their domain, and are re-exported here so that
// code importing them from the contract keeps working.
export type { CaseDetail } from '../ledger/case-detail';
export {
  columnTargetSchema,
  mappingOverrideSchema,
  type ColumnTarget,
  type ImportCaseUpdate,
  type ImportFieldChange,
  type ImportPreview,
  type ImportRejection,
  type ImportReport,
  type ImportWarning,
  type MappingOverride,
  type PreviewColumn,
  type PreviewSheet,
} from '../ledger/import-types';
export type { ReportImportResult } from '../meeting/report-import';
export type { Agenda } from '../meeting/agenda-types';
export type { BoardState, SnapshotInfo } from '../board/state';
export type { CaseBrief, LiveSnapshot } from '../meeting/live-snapshot';
