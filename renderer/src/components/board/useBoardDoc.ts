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
export function useMeetingTitle(meetingId: number | null): string | null {
  const { data } = useBackendQuery('meetings.get', { id: meetingId ?? 0 }, { enabled: meetingId !== null });
  return meetingId === null ? null : (data?.title ?? null);
}
