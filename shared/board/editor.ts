// A headless editor around one board: the current document, an undo stack of inverses and a redo stack of the
// commands themselves. A group (beginGroup … endGroup) turns many commands — every pointer-move of one drag —
// into one undo step. The renderer subscribes and redraws; tests drive it without any canvas (tldraw's idea).
// Two channels: `subscribe` hears document changes (the autosave counts those), `subscribeHistory` hears what
// undo/redo would do and whether a group is open — ending an empty drag changes that without a new document,
// and the toolbar and the frozen panels must still follow.
import { applyCommand, commandLabel, type Command } from './commands';
import type { BoardDoc } from './types';

export interface HistoryStep {
  label: string;
  /** Applied in order to undo the step. */
  undo: Command;
  /** Applied in order to redo the step. */
  redo: Command;
}

export type EditorListener = (doc: BoardDoc) => void;

/** What the undo/redo buttons show; a new object whenever any of it changes, so it works as a React snapshot. */
export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  readonly inGroup: boolean;
}

export interface BoardEditor {
  /** The current document; a new object after every change (immutable), so it works as a React snapshot. */
  readonly doc: BoardDoc;
  /** Increments on every change of `doc` (save-state tracking: compare with the revision last saved). */
  readonly revision: number;
  /** Applies a command; throws BoardCommandError (Japanese message) and leaves the document as it was. */
  execute(cmd: Command, label?: string): void;
  undo(): boolean;
  redo(): boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Labels of the step undo()/redo() would take, for the menu tooltip. */
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  /** Starts collecting commands into one undo step; nested groups join the outer one. */
  beginGroup(label: string): void;
  /** Closes the group; an empty group leaves no step. */
  endGroup(): void;
  /** Reverts everything done since beginGroup (Escape during a drag) and closes the group. */
  cancelGroup(): void;
  readonly inGroup: boolean;
  /** Replaces the document (loading a board or a snapshot) and clears the history. */
  reset(doc: BoardDoc): void;
  subscribe(listener: EditorListener): () => void;
  /** The current undo/redo availability and group state. */
  readonly history: HistoryState;
  /** Called after `history` changes (every change of the document, and a group opening or closing). */
  subscribeHistory(listener: () => void): () => void;
}

interface OpenGroup {
  label: string;
  depth: number;
  undos: Command[];
  redos: Command[];
}

const HISTORY_LIMIT = 500;

export function createEditor(initial: BoardDoc): BoardEditor {
  let doc = initial;
  let revision = 0;
  let undoStack: HistoryStep[] = [];
  let redoStack: HistoryStep[] = [];
  let group: OpenGroup | null = null;
  const listeners = new Set<EditorListener>();
  const historyListeners = new Set<() => void>();

  const readHistory = (): HistoryState => ({
    canUndo: undoStack.length > 0 && group === null,
    canRedo: redoStack.length > 0 && group === null,
    undoLabel: undoStack.at(-1)?.label ?? null,
    redoLabel: redoStack.at(-1)?.label ?? null,
    inGroup: group !== null,
  });
  let history = readHistory();
  const historyChanged = () => {
    const next = readHistory();
    const keys = Object.keys(next) as (keyof HistoryState)[];
    if (keys.every((k) => next[k] === history[k])) return;
    history = next;
    for (const listener of [...historyListeners]) listener();
  };

  const changed = (next: BoardDoc) => {
    doc = next;
    revision += 1;
    for (const listener of [...listeners]) listener(doc);
    historyChanged();
  };

  const pushStep = (step: HistoryStep) => {
    undoStack.push(step);
    if (undoStack.length > HISTORY_LIMIT) undoStack = undoStack.slice(-HISTORY_LIMIT);
    redoStack = [];
  };

  const closeGroup = (open: OpenGroup) => {
    group = null;
    if (open.redos.length === 0) return;
    pushStep({
      label: open.label,
      undo: { type: 'batch', commands: [...open.undos].reverse() },
      redo: { type: 'batch', commands: open.redos },
    });
  };

  return {
    get doc() {
      return doc;
    },
    get revision() {
      return revision;
    },
    get canUndo() {
      return history.canUndo;
    },
    get canRedo() {
      return history.canRedo;
    },
    get undoLabel() {
      return history.undoLabel;
    },
    get redoLabel() {
      return history.redoLabel;
    },
    get inGroup() {
      return history.inGroup;
    },
    get history() {
      return history;
    },

    execute(cmd, label) {
      const { doc: next, inverse } = applyCommand(doc, cmd);
      if (group) {
        group.undos.push(inverse);
        group.redos.push(cmd);
      } else {
        pushStep({ label: label ?? commandLabel(cmd), undo: inverse, redo: cmd });
      }
      changed(next);
    },

    undo() {
      // Undo in the middle of a drag would interleave with the group's own commands.
      if (group) return false;
      const step = undoStack.pop();
      if (!step) return false;
      const next = applyCommand(doc, step.undo).doc;
      redoStack.push(step);
      changed(next);
      return true;
    },

    redo() {
      if (group) return false;
      const step = redoStack.pop();
      if (!step) return false;
      // Re-deriving the inverse keeps undo exact even if redo's result differs in array order.
      const applied = applyCommand(doc, step.redo);
      undoStack.push({ ...step, undo: applied.inverse });
      changed(applied.doc);
      return true;
    },

    beginGroup(label) {
      if (group) group.depth += 1;
      else group = { label, depth: 1, undos: [], redos: [] };
      historyChanged();
    },

    endGroup() {
      if (!group) return;
      group.depth -= 1;
      if (group.depth === 0) closeGroup(group);
      historyChanged();
    },

    cancelGroup() {
      const open = group;
      if (!open) return;
      group = null;
      if (open.undos.length > 0) changed(applyCommand(doc, { type: 'batch', commands: [...open.undos].reverse() }).doc);
      historyChanged();
    },

    reset(next) {
      group = null;
      undoStack = [];
      redoStack = [];
      changed(next);
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    subscribeHistory(listener) {
      historyListeners.add(listener);
      return () => {
        historyListeners.delete(listener);
      };
    },
  };
}
