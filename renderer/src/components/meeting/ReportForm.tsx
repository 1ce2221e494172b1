// One agency report typed in by hand; the reports of the chosen case are listed below it, newest first.
import { useId, useState, type FormEvent } from 'react';
import type { AgencyReport, AgencyReportInput } from '../../../../shared/meeting/types';
import { useApi } from '../../api-context';
import { errorMessage } from '../../lib/errors';
import { intOrNull, textOrNull } from '../../lib/lists';
import { todayIso } from '../../lib/today';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { useDateProblems } from '../../hooks/useDateProblems';
import { DateField } from '../DateField';
import { useDateStyle } from '../../lib/date-style';
import { formatDate } from '../../../../shared/ledger/dates';
import { PickField } from './PickField';

const yesNo = (value: string): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);
const NO_REPORTS: AgencyReport[] = [];
const showYesNo = (value: boolean | null) => (value === null ? '—' : value ? 'あり' : 'なし');

export function ReportForm({ agencyNames, caseNos }: { agencyNames: readonly string[]; caseNos: readonly string[] }) {
  const api = useApi();
  const id = useId();
  const [caseNo, setCaseNo] = useState('');
  const [reportDate, setReportDate] = useState<string | null>(todayIso());
  const dates = useDateProblems();
  const dateStyle = useDateStyle();
  const [agency, setAgency] = useState('');
  const [daysAbsent, setDaysAbsent] = useState('');
  const [unexplained, setUnexplained] = useState('');
  const [injury, setInjury] = useState('');
  const [homeChange, setHomeChange] = useState('');
  const [safety, setSafety] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const shownCase = caseNo.trim();
  const listed = useBackendQuery('reports.list', { caseNo: shownCase }, { enabled: shownCase !== '' });
  // No case typed, or one the backend cannot list: no reports rather than an error under a half-typed number.
  const reports = shownCase && listed.failure === null ? (listed.data?.reports ?? NO_REPORTS) : NO_REPORTS;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dates.invalid || reportDate === null)
      return setMessage({ error: true, text: '報告日を正しく入力してください。' });
    const report: AgencyReportInput = {
      caseNo: shownCase,
      reportDate,
      agency: agency.trim(),
      periodFrom: null,
      periodTo: null,
      daysAbsent: intOrNull(daysAbsent),
      unexplainedAbsence: yesNo(unexplained),
      injury: yesNo(injury),
      homeChange: textOrNull(homeChange),
      safetyScale: intOrNull(safety),
      note: textOrNull(note),
    };
    if (!report.caseNo || !report.agency)
      return setMessage({ error: true, text: '登録番号と報告機関を入力してください。' });
    api.call('reports.add', { report }).then(
      () => {
        setMessage({ error: false, text: `${report.caseNo} の報告を追加しました。` });
        listed.reload();
      },
      (e: unknown) => setMessage({ error: true, text: errorMessage(e) }),
    );
  };

  const select = (key: string, label: string, value: string, set: (v: string) => void) => (
    <div className="field-inline">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">不明</option>
        <option value="yes">あり</option>
        <option value="no">なし</option>
      </select>
    </div>
  );

  return (
    <form className="report-form" aria-labelledby={`${id}-h`} onSubmit={submit}>
      <h3 id={`${id}-h`}>報告を入力する</h3>
      <div className="form-grid">
        <PickField id={`${id}-case`} label="登録番号" value={caseNo} options={caseNos} onChange={setCaseNo} />
        <div className="field-inline">
          <label htmlFor={`${id}-date`}>報告日</label>
          <DateField
            id={`${id}-date`}
            rule="day"
            required
            value={reportDate}
            onChange={setReportDate}
            onProblem={(m) => dates.report('reportDate', m)}
          />
        </div>
        <PickField id={`${id}-agency`} label="報告機関" value={agency} options={agencyNames} onChange={setAgency} />
        <div className="field-inline">
          <label htmlFor={`${id}-absent`}>欠席日数</label>
          <input
            id={`${id}-absent`}
            type="number"
            min={0}
            max={366}
            value={daysAbsent}
            onChange={(e) => setDaysAbsent(e.target.value)}
          />
        </div>
        {select('unexplained', '連絡のない欠席', unexplained, setUnexplained)}
        {select('injury', '外傷', injury, setInjury)}
        <div className="field-inline">
          <label htmlFor={`${id}-safety`}>安全スケール（0〜10）</label>
          <input
            id={`${id}-safety`}
            type="number"
            min={0}
            max={10}
            value={safety}
            onChange={(e) => setSafety(e.target.value)}
          />
        </div>
        <div className="field-inline wide">
          <label htmlFor={`${id}-home`}>家庭状況の変化</label>
          <input id={`${id}-home`} value={homeChange} onChange={(e) => setHomeChange(e.target.value)} />
        </div>
        <div className="field-inline wide">
          <label htmlFor={`${id}-note`}>所見</label>
          <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      <button type="submit">報告を追加</button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      )}
      {reports.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{shownCase} の報告（新しい順）</caption>
            <thead>
              <tr>
                <th scope="col">報告日</th>
                <th scope="col">報告機関</th>
                <th scope="col">欠席</th>
                <th scope="col">連絡のない欠席</th>
                <th scope="col">外傷</th>
                <th scope="col">安全</th>
                <th scope="col">所見</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td>{formatDate(r.reportDate, dateStyle)}</td>
                  <td>{r.agency}</td>
                  <td className="numeric">{r.daysAbsent ?? '—'}</td>
                  <td>{showYesNo(r.unexplainedAbsence)}</td>
                  <td>{showYesNo(r.injury)}</td>
                  <td className="numeric">{r.safetyScale ?? '—'}</td>
                  <td>{[r.homeChange, r.note].filter(Boolean).join(' / ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </form>
  );
}
