// How the CLI lists the rows an import could not take and its warnings: the same for the ledger and for
// agencies' reports, so a secretariat reads one format; and what a returned assessment sheet brought in.
import type { ImportRejection, ImportWarning } from '../../shared/contract';
import type { AnswerImportStatus, AnswersImport } from '../../shared/meeting/report-import';

export function problemLines(rejected: readonly ImportRejection[], warnings: readonly ImportWarning[]): string[] {
  const caseNo = (no: string | null) => (no ? `（登録番号 ${no}）` : '');
  return [
    ...rejected.map((x) => `  × シート「${x.sheet}」${x.row}行目${caseNo(x.caseNo)}: ${x.reason}`),
    ...warnings.map(
      (w) => `  ! シート「${w.sheet}」${w.row === null ? '' : `${w.row}行目`}${caseNo(w.caseNo)}: ${w.message}`,
    ),
  ];
}

const STATUS_WORDS: Record<AnswerImportStatus, string> = { new: '新規', replaced: '差し替え', unchanged: '変更なし' };

/** What a returned assessment sheet brought in: the counts, then a line per case with what a re-send changed. */
export function answerLines(a: AnswersImport): string[] {
  return [
    `アセスメントシートの回答（依頼番号${a.requestId}・${a.agency}）を取り込みました`,
    `  新規 ${a.imported} 件、差し替え ${a.replaced} 件、変更なし ${a.unchanged} 件`,
    ...a.cases.map(
      (c) =>
        `  - ${c.caseNo}: ${STATUS_WORDS[c.status]}${c.changed.length ? `（変わった項目：${c.changed.join('、')}）` : ''}`,
    ),
  ];
}
