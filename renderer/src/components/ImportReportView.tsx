// The dry-run report (step 3) and the commit result: counts, every field change of existing cases (with
// the choices on those that would undo a newer value), every row that cannot be imported, warnings.
import type { ImportReport } from '../../../shared/contract';
import type { DateStyle } from '../lib/date-style';
import type { Choices } from '../lib/import-choices';
import { ImportChanges } from './ImportChanges';

interface Props {
  report: ImportReport;
  dateStyle: DateStyle;
  /** In the preview only: the user's keep/overwrite choices. */
  choices?: Choices;
  onChoices?(next: Choices): void;
  disabled?: boolean;
}

export function ImportReportView({ report, dateStyle, choices, onChoices, disabled }: Props) {
  const n = (value: number) => value.toLocaleString('ja-JP');
  const nothingToChange =
    report.imported === 0 && report.updated === 0 && report.unchanged > 0 && report.updates.length === 0;
  return (
    <div className="report">
      {nothingToChange && (
        <p role="status" className="report-same">
          台帳はすでにこのファイルと同じ内容です。取り込んでも変更はありません。
        </p>
      )}
      <dl className="report-counts">
        <div>
          <dt>新規</dt>
          <dd>{n(report.imported)} 件</dd>
        </div>
        <div>
          <dt>更新</dt>
          <dd>{n(report.updated)} 件</dd>
        </div>
        <div>
          <dt>変更なし</dt>
          <dd>{n(report.unchanged)} 件</dd>
        </div>
        {report.updates.some((u) => u.changes.some((ch) => ch.undoes)) && (
          <div className="kept">
            <dt>{choices ? '新しい値に戻す変更' : '台帳の値を残した項目'}</dt>
            <dd>
              {n(
                choices
                  ? report.updates.reduce((k, u) => k + u.changes.filter((ch) => ch.undoes).length, 0)
                  : report.keptNewer,
              )}{' '}
              項目
            </dd>
          </div>
        )}
        <div className={report.rejected.length ? 'bad' : undefined}>
          <dt>取り込めない行</dt>
          <dd>{n(report.rejected.length)} 件</dd>
        </div>
      </dl>
      <ImportChanges
        updates={report.updates}
        dateStyle={dateStyle}
        choices={choices}
        onChoices={onChoices}
        disabled={disabled}
      />
      {report.rejected.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>取り込めない行</caption>
            <thead>
              <tr>
                <th scope="col">シート</th>
                <th scope="col">行</th>
                <th scope="col">登録番号</th>
                <th scope="col">理由</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r, i) => (
                <tr key={`${r.sheet}-${r.row}-${i}`}>
                  <td>{r.sheet}</td>
                  <td className="numeric">{r.row}</td>
                  <td>{r.caseNo ?? ''}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.warnings.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>注意（取り込みはされます）</caption>
            <thead>
              <tr>
                <th scope="col">シート</th>
                <th scope="col">行</th>
                <th scope="col">登録番号</th>
                <th scope="col">内容</th>
              </tr>
            </thead>
            <tbody>
              {report.warnings.map((w, i) => (
                <tr key={`${w.sheet}-${w.row ?? ''}-${i}`}>
                  <td>{w.sheet}</td>
                  <td className="numeric">{w.row ?? ''}</td>
                  <td>{w.caseNo ?? ''}</td>
                  <td>{w.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
