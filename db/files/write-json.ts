import { CASE_FIELD_ORDER, registrationOf, type LedgerCase } from '../../shared/ledger/case';

export const JSON_FORMAT = 'tsunagu-ledger';
export const JSON_VERSION = 1;

/** `cases` already sorted; each object gets exactly the LedgerCase keys, in the canonical order. */
export function writeLedgerJson(cases: readonly LedgerCase[]): Buffer {
  // 登録区分 spelled out for a case without it, so a reader of the file need not know that absent means 要対協登録
  // (the database keeps the case as it is: canonicalCase is also how cases are stored).
  const spelled = (c: LedgerCase) => ({ ...canonicalCase(c), registration: registrationOf(c) });
  const doc = { format: JSON_FORMAT, version: JSON_VERSION, cases: cases.map(spelled) };
  return Buffer.from(JSON.stringify(doc, null, 2) + '\n', 'utf8');
}

export function canonicalCase(c: LedgerCase): LedgerCase {
  const out: Record<string, unknown> = {};
  for (const key of CASE_FIELD_ORDER) out[key] = c[key];
  out.extra = c.extra;
  return out as LedgerCase;
}
