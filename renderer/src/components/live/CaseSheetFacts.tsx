// The console's part of ケースごとの集約 for the case under discussion: what the secretariat asked each agency to
// explain (説明してほしいこと), each agency's 安全スケール, the worries with their 聞き取り and the agencies that
// have not answered. The facilitator's screen only: the projector never shows it (the room would read one
// agency's worry before it has spoken), and it is unmasked like the rest of the console.
import { useBackendQuery } from '../../hooks/useBackendQuery';
import './case-sheet-facts.css';

interface Props {
  meetingId: number;
  caseNo: string;
}

export function CaseSheetFacts({ meetingId, caseNo }: Props) {
  const { data: sheet, error } = useBackendQuery(
    'casesheets.forCase',
    { meetingId, caseNo, masked: false },
    { refetchOn: ['assessments.changed'] },
  );
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!sheet || sheet.caseNo !== caseNo) return null;
  const answered = sheet.agencies.filter((a) => a.answered);
  return (
    <div className="case-sheet-facts" role="region" aria-label="説明してほしいこと・アセスメントの集約">
      <h4>説明してほしいこと</h4>
      {sheet.questions.length === 0 ? (
        <p className="muted">ありません。</p>
      ) : (
        <ul className="report-list">
          {sheet.questions.map((q) => (
            <li key={q.agency}>
              <strong>{q.agency}</strong>：{q.texts.join('／')}
            </li>
          ))}
        </ul>
      )}
      {sheet.agencies.length > 0 && (
        <>
          <h4>
            アセスメントシート（回答 {sheet.summary.answered}／{sheet.summary.asked} 機関）
          </h4>
          <dl>
            <div className="wide">
              <dt>安全スケール</dt>
              <dd>{answered.map((a) => `${a.agency} ${a.scale ?? '—'}`).join('、') || '—'}</dd>
            </div>
            <div className="wide">
              <dt>気がかり</dt>
              <dd>
                {sheet.worries.length === 0 ? (
                  'なし'
                ) : (
                  <ul className="worry-list">
                    {sheet.worries.map((w) => (
                      <li
                        key={`${w.requestId}-${w.agency}-${w.itemId}`}
                        className={w.status === '済' ? 'heard' : 'open'}
                      >
                        {w.status === '済' ? '✓' : '⚑'} {w.agency}：{w.label}（聞き取り{w.status}
                        {w.status === '済' && w.heard ? `：${w.heard}` : ''}）
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div className="wide">
              <dt>未回答の機関</dt>
              <dd>{sheet.summary.notAnswered.join('、') || 'なし'}</dd>
            </div>
          </dl>
        </>
      )}
    </div>
  );
}
