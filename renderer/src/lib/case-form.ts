// The case panel edits text; this turns the text back into case values and works out which fields
// actually changed, so ledger.update gets only those (each one becomes a history row).
import type { CaseChanges } from '../../../shared/contract';
import {
  ABUSE_TYPES,
  CASE_FIELD_ORDER,
  registrationOf,
  type AbuseType,
  type LedgerCase,
} from '../../../shared/ledger/case';
import type { DateRule } from '../../../shared/ledger/date-rules';
import { parseDateCell } from '../../../shared/ledger/dates';

export type ScalarField = Exclude<(typeof CASE_FIELD_ORDER)[number], 'caseNo' | 'abuseTypes'>;
export const SCALAR_FIELDS = CASE_FIELD_ORDER.filter((f): f is ScalarField => f !== 'caseNo' && f !== 'abuseTypes');

export type FieldKind =
  | 'text'
  | 'longText'
  | 'date'
  | 'dateOrMonth'
  | 'agencies'
  | 'classification'
  | 'registration'
  | 'sex'
  | 'risk'
  | 'status';

export const FIELD_KINDS: Record<ScalarField, FieldKind> = {
  classification: 'classification',
  registration: 'registration',
  name: 'text',
  kana: 'text',
  birthDate: 'date',
  dueDate: 'date',
  sex: 'sex',
  guardianName: 'text',
  guardianRelation: 'text',
  district: 'text',
  affiliation: 'text',
  riskLevel: 'risk',
  leadAgency: 'text',
  agencies: 'agencies',
  receivedDate: 'date',
  registeredDate: 'date',
  policy: 'longText',
  nextReview: 'dateOrMonth',
  status: 'status',
  closedDate: 'date',
  closedReason: 'longText',
};

/** Which plausibility rule each date field's DateField applies (the backend's schema applies the same). */
export const DATE_RULES: Partial<Record<ScalarField, DateRule>> = {
  birthDate: 'birth',
  dueDate: 'day',
  receivedDate: 'day',
  registeredDate: 'day',
  nextReview: 'dayOrMonth',
  closedDate: 'day',
};

export interface CaseFormValues {
  /** '' means empty (null); agencies as one line separated by 、. */
  scalars: Record<ScalarField, string>;
  abuseTypes: AbuseType[];
  extra: Record<string, string>;
}

export interface FormProblem {
  field: ScalarField;
  message: string;
}

export function toFormValues(c: LedgerCase): CaseFormValues {
  const scalars = {} as Record<ScalarField, string>;
  for (const field of SCALAR_FIELDS) {
    // The select shows what an absent 登録区分 means; formChanges compares the same way, so it is no change.
    const value = field === 'registration' ? registrationOf(c) : c[field];
    scalars[field] = Array.isArray(value) ? value.join('、') : (value ?? '');
  }
  return { scalars, abuseTypes: sortAbuseTypes(c.abuseTypes), extra: { ...c.extra } };
}

export function splitAgencies(text: string): string[] {
  return text
    .split(/[、,，\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** What to send to ledger.update, or the problems that must be fixed first (with field labels left to the caller). */
export function formChanges(
  original: LedgerCase,
  values: CaseFormValues,
): { changes: CaseChanges; problems: FormProblem[] } {
  const changes: Record<string, unknown> = {};
  const problems: FormProblem[] = [];

  for (const field of SCALAR_FIELDS) {
    const raw = values.scalars[field];
    let next: unknown;
    if (FIELD_KINDS[field] === 'agencies') next = splitAgencies(raw);
    else if (FIELD_KINDS[field] === 'dateOrMonth') {
      const parsed = parseNextReview(raw);
      if (parsed === undefined) {
        problems.push({
          field,
          message: `「${raw.trim()}」は日付または年月として読めません（例: 2025-12、2025-12-01、R7.12）。`,
        });
        continue;
      }
      next = parsed;
    } else if (FIELD_KINDS[field] === 'status' || FIELD_KINDS[field] === 'registration') next = raw;
    else
      next =
        raw.trim() === ''
          ? null
          : FIELD_KINDS[field] === 'text' || FIELD_KINDS[field] === 'longText'
            ? raw.trim()
            : raw;
    const before = field === 'registration' ? registrationOf(original) : original[field];
    if (!sameValue(before, next)) changes[field] = next;
  }

  const abuseTypes = sortAbuseTypes(values.abuseTypes);
  if (!sameValue(sortAbuseTypes(original.abuseTypes), abuseTypes)) changes.abuseTypes = abuseTypes;

  // extra is one record in the contract: send it whole when any column in it changed.
  const keys = new Set([...Object.keys(original.extra), ...Object.keys(values.extra)]);
  if ([...keys].some((k) => (original.extra[k] ?? '') !== (values.extra[k] ?? ''))) changes.extra = { ...values.extra };

  return { changes: changes as CaseChanges, problems };
}

/** undefined = unreadable; accepts YYYY-MM, YYYY-MM-DD and whatever the ledger's date reader knows (R7.12, 令和7年12月…). */
export function parseNextReview(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parsed = parseDateCell(trimmed, { allowMonth: true });
  if (parsed.kind === 'date' || parsed.kind === 'month') return parsed.iso;
  return undefined;
}

function sortAbuseTypes(types: readonly AbuseType[]): AbuseType[] {
  return ABUSE_TYPES.filter((t) => types.includes(t));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
