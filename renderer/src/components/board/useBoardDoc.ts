// The editor's current document as React state: every command makes a new immutable doc, so a
// subscription is all a component needs to redraw.
import { useCallback, useSyncExternalStore } from 'react';
import type { BoardEditor } from '../../../../shared/board/editor';
import type { BoardDoc } from '../../../../shared/board/types';

export function useBoardDoc(editor: BoardEditor): BoardDoc {
  const subscribe = useCallback((listener: () => void) => editor.subscribe(() => listener()), [editor]);
  return useSyncExternalStore(subscribe, () => editor.doc);
}
