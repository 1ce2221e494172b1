// Databases made before 登録番号 were normalized may hold numbers with full-width letters, invisible
// characters or other dashes. They are never rewritten behind the user's back: lookups find them by their
// normalized form, and an import or a new case that would duplicate one is refused with both spellings.
import { normalizeCaseNo } from '../../shared/ledger/case-no';
import type { Db } from '../open';

/** Stored numbers not in normalized form, by their normalized form (empty on a clean database). */
export function legacySpellings(db: Db): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const stored of db.prepare('SELECT case_no FROM cases').pluck().all() as string[]) {
    const key = normalizeCaseNo(stored);
    if (key === stored) continue;
    const list = out.get(key);
    if (list) list.push(stored);
    else out.set(key, [stored]);
  }
  return out;
}

/** The stored spelling of a (normalized) number: itself, or the one legacy spelling that normalizes to it. */
export function storedCaseNo(db: Db, caseNo: string): string {
  const exact = db.prepare('SELECT 1 FROM cases WHERE case_no = ?').pluck().get(caseNo);
  if (exact !== undefined) return caseNo;
  const spellings = legacySpellings(db).get(caseNo);
  return spellings?.length === 1 ? spellings[0]! : caseNo;
}
