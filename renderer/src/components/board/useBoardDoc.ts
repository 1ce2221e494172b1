// The board's data as React state: the editor's document and undo/redo state (every command makes a new
// immutable doc, every history change a new snapshot, so a subscription is all a component needs to redraw),
// and the title of the meeting the board was opened from.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { BoardEditor, HistoryState } from '../../../../shared/board/editor';
import type { BoardDoc } from '../../../../shared/board/types';
import { useApi } from '../../api-context';

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
  const api = useApi();
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    if (meetingId === null) return;
    let live = true;
    api.call('meetings.get', { id: meetingId }).then((m) => live && setTitle(m.title), () => undefined);
    return () => {
      live = false;
    };
  }, [api, meetingId]);
  return title;
}
