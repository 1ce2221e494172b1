// A hand-written check of exactly what caseFieldsSchema accepts, for the import's hot path: zod takes
// about a fifth of a 10,000-row parse, and almost every row is valid. The import asks this first and runs
// zod only for a row this refuses, to word the reasons (parse-row.ts schemaProblems). A unit test holds the
// two to the same answers on generated cases, so a change to the schema that is not made here fails it.
import { ABUSE_TYPES, CLASSIFICATIONS, REGISTRATIONS, RISK_LEVELS, SEXES, STATUSES, type LedgerCase } from './case';
import { isoDateProblem, latestTodayIso, type DateRule } from './date-rules';
import { IMPORT_LIMITS } from './import-limits';

const TEXT_FIELDS = [
  'name',
  'kana',
  'guardianName',
  'guardianRelation',
  'district',
  'affiliation',
  'leadAgency',
  'policy',
  'closedReason',
] as const satisfies readonly (keyof LedgerCase)[];
const DATE_FIELDS: readonly (readonly [keyof LedgerCase, DateRule])[] = [
  ['birthDate', 'birth'],
  ['dueDate', 'day'],
  ['receivedDate', 'day'],
  ['registeredDate', 'day'],
  ['nextReview', 'dayOrMonth'],
  ['closedDate', 'day'],
];
const TEXT_MAX = 2000;

const oneOf = (values: readonly string[]) => {
  const set = new Set(values);
  return (v: unknown) => typeof v === 'string' && set.has(v);
};
const isClassification = oneOf(CLASSIFICATIONS);
const isAbuseType = oneOf(ABUSE_TYPES);
const isRisk = oneOf(RISK_LEVELS);
const isSex = oneOf(SEXES);
const isStatus = oneOf(STATUSES);
const isRegistration = oneOf(REGISTRATIONS);

/** True when caseFieldsSchema.safeParse(value) would succeed; false when it would not. */
export function isValidCase(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const c = value as Record<string, unknown>;
  if (typeof c.caseNo !== 'string') return false;
  const caseNo = c.caseNo.trim();
  if (caseNo.length < 1 || caseNo.length > 100) return false;
  if (c.classification !== null && !isClassification(c.classification)) return false;
  if (c.sex !== null && !isSex(c.sex)) return false;
  if (c.riskLevel !== null && !isRisk(c.riskLevel)) return false;
  if (!isStatus(c.status)) return false;
  if (c.registration !== undefined && !isRegistration(c.registration)) return false;
  for (const field of TEXT_FIELDS) {
    const v = c[field];
    if (v !== null && (typeof v !== 'string' || v.length > TEXT_MAX)) return false;
  }
  const today = latestTodayIso();
  for (const [field, rule] of DATE_FIELDS) {
    const v = c[field];
    if (v !== null && (typeof v !== 'string' || isoDateProblem(v, rule, today) !== null)) return false;
  }
  if (!Array.isArray(c.abuseTypes) || !c.abuseTypes.every(isAbuseType)) return false;
  if (!Array.isArray(c.agencies)) return false;
  for (const a of c.agencies) if (typeof a !== 'string' || a.length < 1 || a.length > 200) return false;
  return isValidExtra(c.extra);
}

function isValidExtra(extra: unknown): boolean {
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) return false;
  if (Object.getPrototypeOf(extra) !== Object.prototype && Object.getPrototypeOf(extra) !== null) return false;
  for (const [key, v] of Object.entries(extra)) {
    if (key.length > 500 || typeof v !== 'string' || v.length > IMPORT_LIMITS.cellChars) return false;
  }
  return true;
}
