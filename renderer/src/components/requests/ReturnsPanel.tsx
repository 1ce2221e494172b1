// 回収状況: per request, which agencies answered, re-sends, and who has not (督促の一覧).
import type { DateStyle } from '../../lib/date-style';

interface Props {
  /** null: the requests made between meetings. */
  meetingId: number | null;
  dateStyle: DateStyle;
}

export function ReturnsPanel(_props: Props) {
  return null;
}
