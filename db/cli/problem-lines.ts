// How the CLI lists the rows an import could not take and its warnings: the same for the ledger and for
// agencies' reports, so a secretariat reads one format.
import type { ImportRejection, ImportWarning } from '../../shared/contract';

export function problemLines(rejected: readonly ImportRejection[], warnings: readonly ImportWarning[]): string[] {
  const caseNo = (no: string | null) => (no ? `（登録番号 ${no}）` : '');
  return [
    ...rejected.map((x) => `  × シート「${x.sheet}」${x.row}行目${caseNo(x.caseNo)}: ${x.reason}`),
    ...warnings.map(
      (w) => `  ! シート「${w.sheet}」${w.row === null ? '' : `${w.row}行目`}${caseNo(w.caseNo)}: ${w.message}`,
    ),
  ];
}
