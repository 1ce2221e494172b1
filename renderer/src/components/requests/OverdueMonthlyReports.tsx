// 月次報告の遅れ: children whose school or nursery has not sent its monthly report within the set days
// (shared/assessment/monthly-reports.ts), the longest wait first, and the setting 「遅れとみなす日数」.
import { useId, useState, type FormEvent } from 'react';
import { formatDate } from '../../../../shared/ledger/dates';
import type { DateStyle } from '../../lib/date-style';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { errorMessage } from '../../lib/errors';
import { intOrNull } from '../../lib/lists';
import './sheet-items.css';

interface Props {
  dateStyle: DateStyle;
}

/** The bounds of settingsSchema's monthlyReportDays, repeated so the message can name them. */
const MIN_DAYS = 7;
const MAX_DAYS = 120;

export function OverdueMonthlyReports({ dateStyle }: Props) {
  const id = useId();
  // A report import or an answer changes the last report; a ledger change the children watched.
  const query = useBackendQuery(
    'monthly.overdue',
    {},
    { refetchOn: ['ledger.changed', 'assessments.changed', 'meetings.changed'] },
  );
  const { busy, run } = useBackendAction();
  const [days, setDays] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const list = query.data;
  const shownDays = days ?? (list ? String(list.days) : '');

  const save = (event: FormEvent) => {
    event.preventDefault();
    const n = intOrNull(shownDays);
    if (n === null || n < MIN_DAYS || n > MAX_DAYS)
      return setMessage({ error: true, text: `遅れとみなす日数は${MIN_DAYS}〜${MAX_DAYS}の整数で入力してください。` });
    void run('settings.update', { monthlyReportDays: n }).then((outcome) => {
      if (!outcome.ok) return setMessage({ error: true, text: errorMessage(outcome.error) });
      setDays(null);
      setMessage({ error: false, text: '保存しました。' });
      query.reload();
    });
  };

  return (
    <section className="overdue-monthly" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>月次報告の遅れ</h2>
      <p className="hint">
        所属が学校・保育所等のケースについて、その所属からの最後の報告（関係機関からの報告またはアセスメントシート）から日数が過ぎているものです。
      </p>
      <form className="overdue-monthly-days" noValidate onSubmit={save}>
        <label htmlFor={`${id}-days`}>遅れとみなす日数</label>
        <input
          id={`${id}-days`}
          type="number"
          min={MIN_DAYS}
          max={MAX_DAYS}
          value={shownDays}
          aria-invalid={message?.error || undefined}
          onChange={(e) => {
            setDays(e.target.value);
            setMessage(null);
          }}
        />
        <span>日</span>
        <button type="submit" disabled={busy || !list}>
          日数を保存
        </button>
      </form>
      {message?.error && (
        <p role="alert" className="error">
          {message.text}
        </p>
      )}
      <p role="status" className="saved">
        {message && !message.error ? message.text : ''}
      </p>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {!list ? (
        !query.error && <p className="hint">読み込み中…</p>
      ) : list.rows.length === 0 ? (
        <p className="muted">遅れている月次報告はありません（対象 {list.watched}件）。</p>
      ) : (
        <table className="overdue-monthly-table">
          <caption className="hint">
            {list.rows.length}件（対象 {list.watched}件、{list.days}日を過ぎたもの）
          </caption>
          <thead>
            <tr>
              <th scope="col">ケース</th>
              <th scope="col">所属</th>
              <th scope="col">最後の報告</th>
              <th scope="col" className="num">
                経過日数
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr key={r.caseNo}>
                <th scope="row">{r.label}</th>
                <td>{r.affiliation}</td>
                <td>{r.lastReportDay ? formatDate(r.lastReportDay, dateStyle) : '報告なし'}</td>
                <td className="num">
                  {r.daysSince === null ? '不明' : `${r.daysSince}日${r.lastReportDay ? '' : '（登録日から）'}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
