// Japanese labels and display of case fields, and the export column layout. The export headers are
// header synonyms (headers.ts), so an exported file imports back to the same cases.
import type { CaseStatus, LedgerCase, MappedField, Sex } from './case';
import { CASE_FIELD_ORDER, registrationOf } from './case';
import { formatDate, isRealIsoDate } from './dates';
import { isoOfUtcDate } from './text';
import type { DateStyle } from '../time/date-style';

export const FIELD_LABELS: Readonly<Record<MappedField, string>> = {
  caseNo: '登録番号',
  classification: '種別',
  registration: '登録区分',
  name: '児童氏名',
  kana: 'ふりがな',
  birthDate: '生年月日',
  dueDate: '出産予定日',
  sex: '性別',
  guardianName: '保護者氏名',
  guardianRelation: '続柄',
  district: '地区',
  affiliation: '所属',
  abuseTypes: '虐待の種類',
  riskLevel: '重症度',
  leadAgency: '主担当機関',
  agencies: '関係機関',
  receivedDate: '受理日',
  registeredDate: '登録日',
  policy: '支援方針',
  nextReview: '次回確認時期',
  status: '状態',
  closedDate: '終結日',
  closedReason: '終結理由',
};

export const SEX_LABELS: Readonly<Record<Sex, string>> = { male: '男', female: '女', unknown: '不明' };
export const STATUS_LABELS: Readonly<Record<CaseStatus, string>> = { active: '継続', closed: '終結' };

/** Fields holding an ISO day (nextReview may also be a month). */
export const DATE_FIELDS = [
  'birthDate',
  'dueDate',
  'receivedDate',
  'registeredDate',
  'nextReview',
  'closedDate',
] as const satisfies readonly MappedField[];
export type DateField = (typeof DATE_FIELDS)[number];

export function isDateField(field: MappedField): field is DateField {
  return (DATE_FIELDS as readonly MappedField[]).includes(field);
}

/** Label of a history/diff field key: a case field, `extra:<header>`, or `*` (creation). */
export function fieldLabel(field: string): string {
  if (field.startsWith('extra:')) return field.slice('extra:'.length);
  if (field === '*') return '新規登録';
  return (FIELD_LABELS as Record<string, string>)[field] ?? field;
}

/** A field's value as the screen shows it; '' when absent. */
export function displayFieldValue(c: LedgerCase, field: MappedField, dateStyle: DateStyle): string {
  if (field === 'sex') return c.sex === null ? '' : SEX_LABELS[c.sex];
  if (field === 'status') return STATUS_LABELS[c.status];
  if (field === 'registration') return registrationOf(c);
  if (field === 'abuseTypes' || field === 'agencies') return c[field].join('、');
  if (isDateField(field)) return formatDate(c[field], dateStyle);
  return c[field] ?? '';
}

export interface ExportCell {
  header: string;
  value: string | Date | null;
}

function utcDate(iso: string): Date {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function exportValue(c: LedgerCase, field: MappedField): string | Date | null {
  if (field === 'nextReview' && c.nextReview !== null && c.nextReview.length === 7) {
    // A month stays text so it imports back as a month, not as the 1st of the month.
    return formatDate(c.nextReview, 'seireki');
  }
  if (isDateField(field)) {
    const iso = c[field];
    if (iso === null) return null;
    // A bad value already in a database (2025-99-99) goes out as the text it is, not as the day
    // Date.UTC would roll it over to (2033/06/07).
    return isRealIsoDate(iso) ? utcDate(iso) : iso;
  }
  if (field === 'sex') return c.sex === null ? null : SEX_LABELS[c.sex];
  if (field === 'status') return STATUS_LABELS[c.status];
  // Written out even when absent, so the file says which cases are the 要対協's (absent = 要対協登録).
  if (field === 'registration') return registrationOf(c);
  if (field === 'abuseTypes' || field === 'agencies') return c[field].length ? c[field].join('、') : null;
  return c[field];
}

/**
 * One export row: every field in CASE_FIELD_ORDER under its label, then one cell per extra header.
 * Days are Dates at UTC midnight so Excel gets real dates.
 */
export function caseToExportRow(c: LedgerCase, extraHeaders: readonly string[]): ExportCell[] {
  const cells: ExportCell[] = CASE_FIELD_ORDER.map((field) => ({
    header: FIELD_LABELS[field],
    value: exportValue(c, field),
  }));
  for (const header of extraHeaders) cells.push({ header, value: c.extra[header] ?? null });
  return cells;
}

/** Every extra header used by the cases, in first-seen order: the extra columns of an export. */
export function collectExtraHeaders(cases: readonly LedgerCase[]): string[] {
  const seen = new Set<string>();
  for (const c of cases) for (const h of Object.keys(c.extra)) seen.add(h);
  return [...seen];
}

/** An export cell as CSV text; days as 2025/04/01, which imports back as the same day. */
export function exportCellText(value: string | Date | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return isoOfUtcDate(value).replaceAll('-', '/');
}
