// The year's figures as tables: this year, the previous year and 増減 per row, the same tables the XLSX and
// the 報告資料 write (shared/stats/chart-tables.ts). On screen every count is exact: hiding small counts is for
// files that leave the office.
import { diffText, shownText, type ShownRow, type ShownTable } from '../../../../shared/stats/small-counts';

interface Props {
  tables: readonly ShownTable[];
  currentLabel: string;
  previousLabel: string;
}

export function StatsTables({ tables, currentLabel, previousLabel }: Props) {
  return (
    <div className="stats-tables">
      {tables.map((t) => (
        <table key={t.id} className="stats-table" data-table={t.id}>
          <caption>
            {t.title}（{t.unit}）{t.note && <span className="stats-note">{t.note}</span>}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.rowHead}</th>
              <th scope="col">{currentLabel}</th>
              <th scope="col">{previousLabel}</th>
              <th scope="col">増減</th>
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r, i) => (
              <Row key={`${i}-${r.label}`} row={r} />
            ))}
          </tbody>
          {t.total && (
            <tfoot>
              <Row row={t.total} />
            </tfoot>
          )}
        </table>
      ))}
    </div>
  );
}

function Row({ row }: { row: ShownRow }) {
  return (
    <tr>
      <th scope="row">{row.label}</th>
      <td>{shownText(row.current)}</td>
      <td>{shownText(row.previous)}</td>
      <td>{diffText(row.diff)}</td>
    </tr>
  );
}
