// ケースの印: what the secretariat marks on a case outside the ledger columns — a proposed closure and the
// support plan's review date. The backend has no way to read the marks back, so the form states both
// marks of the case each time (unticked = no proposal, empty date = no review date) and says what it wrote.
import { useId, useState, type FormEvent } from 'react';
import { formatDate } from '../../../../shared/ledger/dates';
import { useApi } from '../../api-context';
import type { DateStyle } from '../../lib/date-style';
import { useBackendAction } from '../../hooks/useBackendAction';
import { errorMessage } from '../../lib/errors';
import { useDateProblems } from '../../hooks/useDateProblems';
import { DateField } from '../DateField';
import './marks-and-settings.css';
import { PickField } from './PickField';

export function CaseMarks({ caseNos, dateStyle }: { caseNos: readonly string[]; dateStyle: DateStyle }) {
  const api = useApi();
  const id = useId();
  const [caseNo, setCaseNo] = useState('');
  const [closure, setClosure] = useState(false);
  const [reviewDue, setReviewDue] = useState('');
  const dates = useDateProblems();
  const { busy: saving, run } = useBackendAction();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = caseNo.trim();
    if (!target) return setMessage({ error: true, text: '登録番号を入力してください。' });
    if (dates.invalid) return setMessage({ error: true, text: 'サポートプランの見直し日を正しく入力してください。' });
    const review = reviewDue || null;
    setMessage(null);
    void run(async () => {
      await api.call('cases.proposeClosure', { caseNo: target, proposed: closure });
      await api.call('cases.setPlanReview', { caseNo: target, reviewDue: review });
    }).then((outcome) => {
      if (!outcome.ok) return setMessage({ error: true, text: errorMessage(outcome.error) });
      const what = [
        closure ? '終結の提案あり' : '終結の提案なし',
        review ? `サポートプランの見直し日 ${formatDate(review, dateStyle)}` : 'サポートプランの見直し日なし',
      ];
      setMessage({
        error: false,
        text: `${target}：${what.join('、')}と記録しました。「議題を提案」で議題に反映されます。`,
      });
    });
  };

  return (
    <section className="detail-section case-marks" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>ケースの印</h2>
      <form aria-labelledby={`${id}-h`} onSubmit={submit}>
        <div className="form-row">
          <PickField id={`${id}-case`} label="登録番号" value={caseNo} options={caseNos} onChange={setCaseNo} />
          <label className="check">
            <input type="checkbox" checked={closure} onChange={(e) => setClosure(e.target.checked)} />
            終結を提案する
          </label>
          <div className="field-inline">
            <label htmlFor={`${id}-review`}>サポートプランの見直し日</label>
            <DateField
              id={`${id}-review`}
              rule="day"
              value={reviewDue || null}
              onChange={(iso) => setReviewDue(iso ?? '')}
              onProblem={(m) => dates.report('reviewDue', m)}
            />
          </div>
          <button type="submit" disabled={saving}>
            記録する
          </button>
        </div>
        <p className="hint">
          記録するたびに、このケースの2つの印をこの内容で置き換えます（チェックなし＝終結の提案を取り下げ、日付が空欄＝見直し日なし）。
        </p>
        {message?.error && (
          <p role="alert" className="error">
            {message.text}
          </p>
        )}
        <p role="status" className="saved">
          {message && !message.error ? message.text : ''}
        </p>
      </form>
    </section>
  );
}
