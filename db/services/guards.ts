// Checks several handlers share before they write something that belongs to a case.
import { AppError } from '../../shared/contract';
import type { Store } from '../repos/store';

/** Refuses a case number the ledger does not hold (marks, reports and boards belong to a case). */
export function requireCase(store: Store, caseNo: string): void {
  if (!store.cases.has(caseNo)) throw new AppError('not_found', `登録番号「${caseNo}」のケースが台帳にありません。`);
}
