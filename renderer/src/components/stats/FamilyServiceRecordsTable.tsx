// 家庭支援事業の記録: per service, the 利用勧奨 (口頭 / 文書), 措置 and moves back to the family's own application
// recorded in the case panel with a day in the year, this year beside the previous year. Shown on the screen
// only: the 報告資料 and the workbook keep their one-count-per-row tables (the decisions' 利用勧奨 / 措置).
import type { ServiceYearRow } from '../../../../shared/services/family-service-year';
import type { YearComparison } from '../../../../shared/stats/types';

type Count = Exclude<keyof ServiceYearRow, 'service'>;

const COLUMNS: readonly { key: Count; label: string }[] = [
  { key: 'recommendedOral', label: '利用勧奨（口頭）' },
  { key: 'recommendedWritten', label: '利用勧奨（文書）' },
  { key: 'recommendedUnknown', label: '利用勧奨（方法未記入）' },
  { key: 'measures', label: '措置' },
  { key: 'toApplication', label: '申請利用へ移行' },
];

interface Props {
  comparison: YearComparison;
  currentLabel: string;
  previousLabel: string;
}

export function FamilyServiceRecordsTable({ comparison, currentLabel, previousLabel }: Props) {
  const current = comparison.current.familyServiceRecords ?? [];
  const previous = comparison.previous.familyServiceRecords ?? [];
  const services = [...new Set([...current, ...previous].map((r) => r.service))];
  const count = (rows: ServiceYearRow[], service: string, key: Count) =>
    rows.find((r) => r.service === service)?.[key] ?? 0;
  // 方法未記入 appears only when some 利用勧奨 came from a meeting's decision and was not completed.
  const columns = COLUMNS.filter(
    (c) => c.key !== 'recommendedUnknown' || [...current, ...previous].some((r) => r.recommendedUnknown > 0),
  );
  return (
    <table className="stats-table stats-wide" data-table="familyServiceRecords">
      <caption>
        家庭支援事業の記録（件）
        <span className="stats-note">
          ケースごとの記録から、年度内の日付の利用勧奨・措置・申請利用への移行を延べ件数で数えます。
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            事業
          </th>
          {columns.map((c) => (
            <th key={c.key} scope="colgroup" colSpan={2}>
              {c.label}
            </th>
          ))}
        </tr>
        <tr>
          {columns.map((c) => [
            <th key={`${c.key}-c`} scope="col">
              {currentLabel}
            </th>,
            <th key={`${c.key}-p`} scope="col">
              {previousLabel}
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {services.map((service) => (
          <tr key={service}>
            <th scope="row">{service}</th>
            {columns.map((c) => [
              <td key={`${c.key}-c`}>{count(current, service, c.key)}</td>,
              <td key={`${c.key}-p`}>{count(previous, service, c.key)}</td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
