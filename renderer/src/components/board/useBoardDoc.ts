// The board's data as React state: the editor's document and undo/redo state (every command makes a new
// immutable doc, every history change a new snapshot, so a subscription is all a component needs to redraw),
// and the title of the meeting the board was opened from.
import { useCallback, useSyncExternalStore } from 'react';
import type { BoardEditor, HistoryState } from '../../../../shared/board/editor';
import type { BoardDoc } from '../../../../shared/board/types';
import { useBackendQuery } from '../../hooks/useBackendQuery';

export function useBoardDoc(editor: BoardEditor): BoardDoc {
  const subscribe = useCallback((listener: () => void) => editor.subscribe(() => listener()), [editor]);
  return useSyncExternalStore(subscribe, () => editor.doc);
}

/** Undo/redo availability and whether a drag or slider group is open. */
export function useBoardHistory(editor: BoardEditor): HistoryState {
  const subscribe = useCallback((listener: () => void) => editor.subscribeHistory(listener), [editor]);
  return useSyncExternalStore(subscribe, () => editor.history);
}

/** Opened from a meeting: its title names the board's context and the default snapshot label. */
/**
 * The meeting a board was opened from (the console's and the meeting page's 「ホワイトボード」 pass its id in the
 * board route): its title, and its date, the day the board's ages are counted to (null until loaded, and
 * for a board opened from the ledger).
 */
export function useBoardMeeting(meetingId: number | null): { title: string | null; date: string | null } {
  const { data } = useBackendQuery('meetings.get', { id: meetingId ?? 0 }, { enabled: meetingId !== null });
  return meetingId === null || !data ? { title: null, date: null } : { title: data.title, date: data.date };
}
