import { createContext, useContext } from 'react';
import type { DateStyle } from '../../../shared/time/date-style';

export type { DateStyle };

/** The user's 和暦/西暦 choice for every DateField, provided once by the unlocked app. */
export const DateStyleContext = createContext<DateStyle>('wareki');

export function useDateStyle(): DateStyle {
  return useContext(DateStyleContext);
}
