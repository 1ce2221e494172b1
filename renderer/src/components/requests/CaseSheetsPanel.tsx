// ケースごとの集約: each case's answers from every agency, and the 聞き取り after a worry.
import type { DateStyle } from '../../lib/date-style';

interface Props {
  meetingId: number;
  dateStyle: DateStyle;
}

export function CaseSheetsPanel(_props: Props) {
  return null;
}
