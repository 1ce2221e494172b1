// The screen's side of the action registry: the BoardOps the actions act through (the editor, the selection,
// the camera, export), the state they read, their keyboard shortcuts, and the right-click menu's place and the
// state it acts on. BoardScreen renders what this returns.
import { useRef, useState } from 'react';
import type { BoardEditor, HistoryState } from '../../../../shared/board/editor';
import type { BoardDoc } from '../../../../shared/board/types';
import { useKeyBindings } from '../../hooks/useKeyBindings';
import { actionKeyBindings, actionState, type BoardOps } from './actions';
import type { useBoardExport } from './useBoardExport';
import type { useBoardSelection } from './useBoardSelection';
import type { MenuPlace, useBoardViewport } from './useBoardViewport';

interface Options {
  editor: BoardEditor;
  doc: BoardDoc;
  history: HistoryState;
  sel: ReturnType<typeof useBoardSelection>;
  view: Pick<ReturnType<typeof useBoardViewport>, 'viewCentre' | 'fit' | 'fitColumns' | 'menuPlace'>;
  output: Pick<ReturnType<typeof useBoardExport>, 'exportPng' | 'exportSvg' | 'printBoard'>;
  run: BoardOps['run'];
}

export function useBoardActions({ editor, doc, history, sel, view, output, run }: Options) {
  const [menu, setMenu] = useState<MenuPlace | null>(null);
  const pairKind = useRef<HTMLSelectElement>(null);

  const ops: BoardOps = {
    editor,
    run,
    select: sel.select,
    startPick: sel.startPick,
    focusPair: () => pairKind.current?.focus(),
    viewCentre: view.viewCentre,
    fit: view.fit,
    fitColumns: view.fitColumns,
    exportPng: output.exportPng,
    exportSvg: output.exportSvg,
    print: output.printBoard,
  };
  const state = actionState(doc, sel.selection, history, sel.pair);

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z), Delete from the registry; the keyboard's context menu and Escape
  // (stop picking the other end of a relation) belong to the screen.
  useKeyBindings([
    ...actionKeyBindings(state, ops),
    {
      chords: [{ key: 'ContextMenu' }, { key: 'F10', shift: true }],
      run: () => setMenu(view.menuPlace(sel.selection?.kind === 'person' ? sel.selection.id : null)),
    },
    { chords: [{ key: 'Escape' }], enabled: () => sel.pickFor !== null, run: sel.cancelPick, preventDefault: false },
  ]);

  // The right-click menu acts on its person (or, on the empty board, at its point).
  const menuState =
    menu &&
    actionState(doc, menu.personId ? { kind: 'person', id: menu.personId } : null, history, sel.pair, menu.board);
  const openMenu = (personId: string | null, screen: MenuPlace['screen'], board: MenuPlace['board']) => {
    // A right-click on a person outside the current pair selects it, as a left click would.
    if (personId && !(sel.pair?.includes(personId) ?? false)) sel.select({ kind: 'person', id: personId });
    setMenu({ personId, screen, board });
  };
  const closeMenu = () => setMenu(null);

  return { ops, state, pairKind, menu, menuState, openMenu, closeMenu };
}
