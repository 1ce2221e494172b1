// The triage board by keyboard: what a key pressed on a focused card means, and where a card goes when it
// is moved by keys. The board is a roving focus (one Tab stop per column, arrows within it), so the keys
// of the cards are plain arrows; moving a card takes Ctrl as well, so that moving focus never moves a card.
// Pure, so the mapping is unit-tested; AgendaCard and TriageBoard carry it out.
import { GROUPS, type Group } from '../../../shared/meeting/types';

export type CardCommand =
  | { kind: 'focus'; to: 'previous' | 'next' | 'first' | 'last' }
  | { kind: 'move'; direction: 'up' | 'down' | 'left' | 'right' }
  /** Space or x: select the card for the bulk 事務局案 (確認 cards only). */
  | { kind: 'select' }
  /** Enter: the card's own field (the 事務局案 editor of a 確認 card, the minutes of a 協議 card). */
  | { kind: 'open' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const FOCUS_KEYS: Record<string, 'previous' | 'next' | 'first' | 'last'> = {
  ArrowUp: 'previous',
  ArrowDown: 'next',
  Home: 'first',
  End: 'last',
};

const MOVE_KEYS: Record<string, 'up' | 'down' | 'left' | 'right'> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The command of a key pressed on a card itself (not inside one of its fields); null: not the board's key. */
export function cardCommand(press: KeyPress): CardCommand | null {
  // Alt+← is the browser's Back and Shift+arrows select text: both are left alone.
  if (press.altKey || press.shiftKey) return null;
  // Cmd on a Mac, where Ctrl+arrows switch desktops.
  if (press.ctrlKey || press.metaKey) {
    const direction = MOVE_KEYS[press.key];
    return direction ? { kind: 'move', direction } : null;
  }
  const to = FOCUS_KEYS[press.key];
  if (to) return { kind: 'focus', to };
  if (press.key === ' ' || press.key === 'x' || press.key === 'X') return { kind: 'select' };
  if (press.key === 'Enter') return { kind: 'open' };
  return null;
}

/** The card that gets the focus in a column of `length` cards; the ends stop (no wrapping round). */
export function focusIndex(current: number, length: number, to: 'previous' | 'next' | 'first' | 'last'): number {
  if (length === 0) return -1;
  switch (to) {
    case 'first':
      return 0;
    case 'last':
      return length - 1;
    case 'previous':
      return Math.max(0, current - 1);
    case 'next':
      return Math.min(length - 1, current + 1);
  }
}

export interface KeyboardMove {
  group: Group;
  /** Index among the target column's other cards, as agenda.move counts it. */
  index: number;
}

/**
 * Where Ctrl+arrow takes a card: ↑/↓ one place within its column, ←/→ to the end of the column beside
 * (確認 ⇄ 協議 ⇄ 保留). Null at an edge, where there is nowhere to go.
 */
export function keyboardMove(
  columns: Readonly<Record<Group, readonly string[]>>,
  caseNo: string,
  direction: 'up' | 'down' | 'left' | 'right',
): KeyboardMove | null {
  const group = GROUPS.find((g) => columns[g].includes(caseNo));
  if (!group) return null;
  const index = columns[group].indexOf(caseNo);
  if (direction === 'up') return index > 0 ? { group, index: index - 1 } : null;
  if (direction === 'down') return index < columns[group].length - 1 ? { group, index: index + 1 } : null;
  const next = GROUPS[GROUPS.indexOf(group) + (direction === 'left' ? -1 : 1)];
  return next ? { group: next, index: columns[next].length } : null;
}
