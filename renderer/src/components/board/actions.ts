// The whiteboard's actions, once: each has one id, one label and at most one shortcut, and the toolbar, the
// 「操作」 menu, the right-click menu and the keyboard all list them from here, so the same action is never
// named two ways. An action reads an ActionState (what it acts on) and acts through BoardOps (the editor and
// the screen's few side effects); both are plain objects, so the registry is tested in Node.
import type { BoardEditor, HistoryState } from '../../../../shared/board/editor';
import type { BoardDoc, Person, Point, Union } from '../../../../shared/board/types';
import { ariaShortcut, type KeyBinding, type KeyChord } from '../../hooks/useKeyBindings';
import { errorMessage } from '../../lib/errors';
import { BOARD_ACTIONS } from './action-definitions';
import type { Selection } from './selection';
import { japaneseMessageOr } from '../../../../shared/text/japanese';

export { addChildTo, BOARD_ACTIONS, removeTarget } from './action-definitions';

export interface ActionState {
  doc: BoardDoc;
  /** What the action acts on: the right-clicked person in its menu, else the selection. */
  target: Selection;
  person: Person | null;
  union: Union | null;
  /** The board point the right-click menu was opened at; null elsewhere (the view's centre is used). */
  at: Point | null;
  /** The person is one of the two selected as a pair (Shift+click, or 関係を追加 then a click). */
  inPair: boolean;
  history: HistoryState;
}

/** What actions act through: the editor, and what only the screen can do. */
export interface BoardOps {
  editor: BoardEditor;
  /** Runs an edit, showing its Japanese error message (a rule of the board) instead of throwing. */
  run(edit: () => void): void;
  select(selection: Selection): void;
  /** 関係を追加: the next click on a person picks the other end. */
  startPick(personId: string): void;
  /** Moves the focus to the pair panel's relation kind. */
  focusPair(): void;
  viewCentre(): Point;
  fit(): void;
  fitColumns(): void;
  exportPng(): void;
  exportSvg(): void;
  print(): void;
}

export interface BoardAction {
  id: string;
  label: string;
  shortcut?: readonly KeyChord[];
  /** Shown on a surface that lists it (default: always). */
  visible?(s: ActionState): boolean;
  /** Enabled when shown (default: always). */
  enabled?(s: ActionState): boolean;
  /** A tooltip (undo/redo name the step they would take). */
  title?(s: ActionState): string | undefined;
  perform(ops: BoardOps, s: ActionState): void;
}

/**
 * BoardOps.run for a screen that shows one problem line: clears it, runs the edit, and shows a board rule's
 * own Japanese message as it is, anything else as the app's error text.
 */
export function reportingRun(setProblem: (message: string | null) => void): BoardOps['run'] {
  return (edit) => {
    setProblem(null);
    try {
      edit();
    } catch (e) {
      setProblem(japaneseMessageOr(e, errorMessage(e)));
    }
  };
}

const byId = new Map(BOARD_ACTIONS.map((a) => [a.id, a]));

export function boardAction(id: string): BoardAction {
  const action = byId.get(id);
  if (!action) throw new Error(`unknown board action: ${id}`);
  return action;
}

/** Which actions each surface lists, in order. */
export const SURFACES = {
  toolbar: [
    ['addPerson', 'addPartner', 'addChild', 'addParents', 'addAgency', 'addNote'],
    ['undo', 'redo'],
    ['relayout', 'fit', 'fitColumns'],
    ['exportPng', 'exportSvg', 'print'],
  ],
  /** 「操作」 beside the selected person. */
  personMenu: ['addPartner', 'addChild', 'addParents', 'remove'],
  /** Right-click on a person. */
  contextPerson: ['addPartner', 'addChild', 'addParents', 'relate', 'relatePair', 'pin', 'unpin', 'remove'],
  /** Right-click on the empty board. */
  contextBoard: ['addPerson', 'addNote'],
} as const;

/** One entry of a toolbar or menu: what a button needs. */
export interface ActionItem {
  id: string;
  label: string;
  disabled: boolean;
  title: string | undefined;
  keyshortcuts: string | undefined;
  onSelect(): void;
}

/** The visible actions of a surface for this state, each bound to perform on `ops`. */
export function actionItems(ids: readonly string[], s: ActionState, ops: BoardOps): ActionItem[] {
  return ids
    .map(boardAction)
    .filter((a) => a.visible?.(s) ?? true)
    .map((a) => ({
      id: a.id,
      label: a.label,
      disabled: !(a.enabled?.(s) ?? true),
      title: a.title?.(s),
      keyshortcuts: a.shortcut ? ariaShortcut(a.shortcut) : undefined,
      onSelect: () => a.perform(ops, s),
    }));
}

/** The registry's shortcuts as key bindings: a disabled action lets its key through. */
export function actionKeyBindings(s: ActionState, ops: BoardOps): KeyBinding[] {
  return BOARD_ACTIONS.flatMap((a) =>
    a.shortcut
      ? [
          {
            chords: a.shortcut,
            enabled: () => a.enabled?.(s) ?? true,
            run: () => a.perform(ops, s),
          },
        ]
      : [],
  );
}

/** The state for acting on `target` (and, from the right-click menu, at a board point). */
export function actionState(
  doc: BoardDoc,
  target: Selection,
  history: HistoryState,
  pair: readonly string[] | null,
  at: Point | null = null,
): ActionState {
  const person = target?.kind === 'person' ? (doc.persons.find((p) => p.id === target.id) ?? null) : null;
  const union = target?.kind === 'union' ? (doc.unions.find((u) => u.id === target.id) ?? null) : null;
  return { doc, target, person, union, at, inPair: person !== null && (pair?.includes(person.id) ?? false), history };
}
