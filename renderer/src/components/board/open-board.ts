// Any screen (the case panel, a meeting) opens a case's whiteboard through this, without knowing where
// the app shows it.
import { createContext, useContext } from 'react';

export interface BoardTarget {
  caseNo: string;
  meetingId: number | null;
}

export const BoardOpenerContext = createContext<((target: BoardTarget) => void) | null>(null);

/** null when no board can be opened from here (e.g. a screen rendered on its own). */
export function useOpenBoard(): ((target: BoardTarget) => void) | null {
  return useContext(BoardOpenerContext);
}
