// A stored day as the plan screens show it, in the 和暦/西暦 setting (null → '').
import { useCallback } from 'react';
import { displayDate } from '../../../../shared/ledger/dates';
import { useDateStyle } from '../../lib/date-style';

export function useDay(): (iso: string | null) => string {
  const style = useDateStyle();
  return useCallback((iso: string | null) => displayDate(iso, style), [style]);
}
