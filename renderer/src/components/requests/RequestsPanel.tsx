// 関係機関への依頼: 説明してほしいこと, the request per agency and its files (依頼文, アセスメントシート).
import type { DateStyle } from '../../lib/date-style';

interface Props {
  meetingId: number;
  dateStyle: DateStyle;
}

export function RequestsPanel(_props: Props) {
  return null;
}
