// 月次報告の遅れ: children whose school or nursery has not sent its monthly report within the set days.
import type { DateStyle } from '../../lib/date-style';

interface Props {
  dateStyle: DateStyle;
}

export function OverdueMonthlyReports(_props: Props) {
  return null;
}
