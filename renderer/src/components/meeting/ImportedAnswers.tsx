// What a returned assessment sheet (an agency's filled-in request workbook) brings in, or brought in: which
// request and agency, how many cases are new, replace an earlier answer (a corrected re-send) or are
// unchanged, and per case what a re-send changed. Cases are masked as on the rest of the meeting page.
import type { AnswerImportStatus, AnswersImport } from '../../../../shared/meeting/report-import';
import './imported-reports.css';

const STATUS_WORDS: Record<AnswerImportStatus, string> = { new: '新規', replaced: '差し替え', unchanged: '変更なし' };

export function answersTitle(a: AnswersImport): string {
  return `アセスメントシートの回答（依頼番号${a.requestId}・${a.agency}）`;
}

export function ImportedAnswers({ answers, pending }: { answers: AnswersImport; pending: boolean }) {
  const n = (v: number) => `${v.toLocaleString('ja-JP')} 件`;
  return (
    <div className="imported-answers">
      <h4>{answersTitle(answers)}</h4>
      <dl className="report-counts">
        <div>
          <dt>新規</dt>
          <dd>{n(answers.imported)}</dd>
        </div>
        <div>
          <dt>差し替え</dt>
          <dd>{n(answers.replaced)}</dd>
        </div>
        <div>
          <dt>変更なし</dt>
          <dd>{n(answers.unchanged)}</dd>
        </div>
      </dl>
      {answers.cases.length > 0 && (
        <div className="table-scroll imported-reports">
          <table>
            <caption>
              {pending ? '取り込む回答' : '取り込んだ回答'}（{n(answers.cases.length)}・氏名は伏せています）
            </caption>
            <thead>
              <tr>
                <th scope="col">ケース</th>
                <th scope="col">取り込み</th>
                <th scope="col">変わった項目</th>
              </tr>
            </thead>
            <tbody>
              {answers.cases.map((c) => (
                <tr key={c.caseNo} className={`answer-${c.status}`}>
                  <th scope="row" className="case-label">
                    {c.caseLabel}
                  </th>
                  <td className="report-source">{STATUS_WORDS[c.status]}</td>
                  <td>{c.status === 'replaced' ? c.changed.join('、') || '（なし）' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
