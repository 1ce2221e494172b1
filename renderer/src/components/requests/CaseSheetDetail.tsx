// One case's merged sheet: the grid (items × agencies, then each agency's comments, own columns and 記入日／
// 記入者), the questions the secretariat wrote for it, and a 聞き取り form per worry. A worry cell reads
// 「はい ⚑ 聞き取り未」 and stays marked until its 聞き取り is saved as 済.
import { formatDate } from '../../../../shared/ledger/dates';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import type { DateStyle } from '../../lib/date-style';
import { CaseSheetGrid } from './CaseSheetGrid';
import { HearingForm } from './HearingForm';

interface Props {
  meetingId: number;
  caseNo: string;
  masked: boolean;
  dateStyle: DateStyle;
}

export function CaseSheetDetail({ meetingId, caseNo, masked, dateStyle }: Props) {
  const { data: sheet, error } = useBackendQuery(
    'casesheets.forCase',
    { meetingId, caseNo, masked },
    { refetchOn: ['assessments.changed', 'ledger.changed'] },
  );
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  // Another case's sheet is never shown under this one's title.
  if (!sheet || sheet.caseNo !== caseNo) return <p aria-busy="true">読み込み中…</p>;
  return (
    <div className="case-sheet" aria-label={`${sheet.label} の集約`} role="region">
      <h3>{sheet.label}</h3>
      <p className="hint">
        回答 {sheet.summary.answered}／{sheet.summary.asked} 機関
        {sheet.summary.notAnswered.length > 0 ? `（未回答：${sheet.summary.notAnswered.join('、')}）` : ''}
        。「※」は読み取れなかった記入（書かれたまま）、「—」はその機関への依頼になかった項目です。
      </p>
      <CaseSheetGrid sheet={sheet} date={(iso) => formatDate(iso, dateStyle)} />
      <h4>説明してほしいこと</h4>
      {sheet.questions.length === 0 ? (
        <p className="muted">このケースについての質問はありません。</p>
      ) : (
        <ul className="case-sheet-questions">
          {sheet.questions.map((q) => (
            <li key={q.agency}>
              <strong>{q.agency}</strong>：{q.texts.join('／')}
            </li>
          ))}
        </ul>
      )}
      <h4>
        聞き取り（気がかり {sheet.worries.length} 件・未 {sheet.summary.openHearings} 件）
      </h4>
      {sheet.worries.length === 0 ? (
        <p className="muted">「はい」と回答された気がかりの項目はありません。</p>
      ) : (
        <div className="hearing-list">
          {masked && (
            <p className="hint">
              記録するには「氏名を隠す」を外してください（伏せ字のまま保存して、聞き取った内容を失わないため）。
            </p>
          )}
          {sheet.worries.map((w) => (
            <HearingForm
              key={`${w.requestId}-${w.agency}-${w.itemId}-${masked}`}
              caseNo={caseNo}
              worry={w}
              masked={masked}
            />
          ))}
        </div>
      )}
    </div>
  );
}
