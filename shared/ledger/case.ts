// One registered case of the 進行管理台帳. The field keys are the export JSON keys (stable API);
// Japanese labels for the screen and exported headers live in fields.ts.
import { z } from 'zod';
import { IMPORT_LIMITS } from './import-limits';
import { birthDateSchema, dayOrMonthSchema, daySchema } from './date-rules';

export const CLASSIFICATIONS = ['要保護児童', '要支援児童', '特定妊婦'] as const;
export const ABUSE_TYPES = ['身体的', '性的', 'ネグレクト', '心理的'] as const;
/** Ordered from most to least severe. */
export const RISK_LEVELS = ['生命の危険', '重度', '中度', '軽度', '危惧'] as const;
export const SEXES = ['male', 'female', 'unknown'] as const;
export const STATUSES = ['active', 'closed'] as const;
/**
 * 登録区分: registered with the 要対協, or a family the こども家庭センター supports outside it. A case without the
 * field is a 要対協 registration: every ledger kept before 登録区分 existed is a 要対協 ledger.
 */
export const REGISTRATIONS = ['要対協登録', 'センター支援'] as const;

export type Classification = (typeof CLASSIFICATIONS)[number];
export type AbuseType = (typeof ABUSE_TYPES)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type Sex = (typeof SEXES)[number];
export type CaseStatus = (typeof STATUSES)[number];
export type Registration = (typeof REGISTRATIONS)[number];

/** A real calendar day in a plausible window (date-rules.ts): 2025-02-31 and 9999-99-99 are refused. */
export const isoDate = daySchema;
/** nextReview may be a whole month (次回確認時期 is often "R7.12"). */
export const isoDateOrMonth = dayOrMonthSchema;

const text = z.string().max(2000).nullable();

export const caseFieldsSchema = z.object({
  caseNo: z.string().trim().min(1, '登録番号は必須です').max(100),
  classification: z.enum(CLASSIFICATIONS).nullable(),
  name: text,
  kana: text,
  birthDate: birthDateSchema.nullable(),
  dueDate: isoDate.nullable(),
  sex: z.enum(SEXES).nullable(),
  guardianName: text,
  guardianRelation: text,
  district: text,
  affiliation: text,
  abuseTypes: z.array(z.enum(ABUSE_TYPES)),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  leadAgency: text,
  agencies: z.array(z.string().min(1).max(200)),
  receivedDate: isoDate.nullable(),
  registeredDate: isoDate.nullable(),
  policy: text,
  nextReview: isoDateOrMonth.nullable(),
  status: z.enum(STATUSES),
  closedDate: isoDate.nullable(),
  closedReason: text,
  /** 登録区分; absent = 要対協登録 (see REGISTRATIONS). */
  registration: z.enum(REGISTRATIONS).optional(),
  /** Original column header → cell text, for every imported column that maps to no field. */
  extra: z.record(z.string().max(500), z.string().max(IMPORT_LIMITS.cellChars, '1つの値は 32,767 文字までです')),
});

export type LedgerCase = z.infer<typeof caseFieldsSchema>;
export type CaseField = Exclude<keyof LedgerCase, 'caseNo'>;

/** The order fields appear in exports and in the case panel. */
export const CASE_FIELD_ORDER = [
  'caseNo',
  'classification',
  'registration',
  'name',
  'kana',
  'birthDate',
  'dueDate',
  'sex',
  'guardianName',
  'guardianRelation',
  'district',
  'affiliation',
  'abuseTypes',
  'riskLevel',
  'leadAgency',
  'agencies',
  'receivedDate',
  'registeredDate',
  'policy',
  'nextReview',
  'status',
  'closedDate',
  'closedReason',
] as const satisfies readonly (keyof LedgerCase)[];
export type MappedField = (typeof CASE_FIELD_ORDER)[number];

/** A case's 登録区分, reading an absent one as 要対協登録. */
export function registrationOf(c: Pick<LedgerCase, 'registration'>): Registration {
  return c.registration ?? '要対協登録';
}

/** A case with every field absent: null, arrays empty, active. */
export function emptyCase(caseNo: string): LedgerCase {
  return {
    caseNo,
    classification: null,
    name: null,
    kana: null,
    birthDate: null,
    dueDate: null,
    sex: null,
    guardianName: null,
    guardianRelation: null,
    district: null,
    affiliation: null,
    abuseTypes: [],
    riskLevel: null,
    leadAgency: null,
    agencies: [],
    receivedDate: null,
    registeredDate: null,
    policy: null,
    nextReview: null,
    status: 'active',
    closedDate: null,
    closedReason: null,
    extra: {},
  };
}

/** Where a change to a case came from; every history row carries one. */
export const HISTORY_SOURCES = ['import', 'edit', 'meeting'] as const;
export type HistorySource = (typeof HISTORY_SOURCES)[number];

export interface HistoryEntry {
  id: number;
  caseNo: string;
  at: string; // ISO timestamp
  source: HistorySource;
  /** A field key, or `extra:<header>` for an extra column, or `*` for the case's creation. */
  field: string;
  oldValue: string | null;
  newValue: string | null;
  /** Free text: the imported file name, the meeting id, … */
  detail: string | null;
  /** Who made the change (the operator name); null for changes made before this was recorded. */
  by: string | null;
}
