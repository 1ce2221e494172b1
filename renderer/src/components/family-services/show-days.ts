// Texts made by the backend and the rules (events, refusals) write days as ISO; on screen they are shown in the
// user's 和暦/西暦 style like every other date.
import { formatDate } from '../../../../shared/ledger/dates';
import type { DateStyle } from '../../lib/date-style';

const ISO_DAY = /\d{4}-\d{2}-\d{2}/g;

export function showDays(text: string, style: DateStyle): string {
  return text.replace(ISO_DAY, (day) => formatDate(day, style));
}
