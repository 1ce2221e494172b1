// The triage board's keys (renderer/src/lib/triage-keys.ts): roving focus within a column, Ctrl+arrows to
// move a card, Space/x to select, Enter to open; and where a card moved by keys lands.
import { describe, expect, it } from 'vitest';
import { cardCommand, focusIndex, keyboardMove } from '../../renderer/src/lib/triage-keys';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('cardCommand', () => {
  it('moves the focus with plain arrows, Home and End', () => {
    expect(cardCommand(press('ArrowUp'))).toEqual({ kind: 'focus', to: 'previous' });
    expect(cardCommand(press('ArrowDown'))).toEqual({ kind: 'focus', to: 'next' });
    expect(cardCommand(press('Home'))).toEqual({ kind: 'focus', to: 'first' });
    expect(cardCommand(press('End'))).toEqual({ kind: 'focus', to: 'last' });
  });

  it('moves the card only with Ctrl (or Cmd) held', () => {
    expect(cardCommand(press('ArrowRight', { ctrl: true }))).toEqual({ kind: 'move', direction: 'right' });
    expect(cardCommand(press('ArrowLeft', { meta: true }))).toEqual({ kind: 'move', direction: 'left' });
    expect(cardCommand(press('ArrowUp', { ctrl: true }))).toEqual({ kind: 'move', direction: 'up' });
    // Plain ←/→ do nothing: Tab is the way between columns, and a card never moves by accident.
    expect(cardCommand(press('ArrowRight'))).toBeNull();
    expect(cardCommand(press('Home', { ctrl: true }))).toBeNull();
  });

  it('selects with Space or x and opens with Enter', () => {
    expect(cardCommand(press(' '))).toEqual({ kind: 'select' });
    expect(cardCommand(press('x'))).toEqual({ kind: 'select' });
    expect(cardCommand(press('Enter'))).toEqual({ kind: 'open' });
  });

  it('leaves Alt (browser Back), Shift and other keys to the browser', () => {
    expect(cardCommand(press('ArrowLeft', { alt: true }))).toBeNull();
    expect(cardCommand(press('ArrowDown', { shift: true }))).toBeNull();
    expect(cardCommand(press('Tab'))).toBeNull();
    expect(cardCommand(press('a'))).toBeNull();
  });
});

describe('focusIndex', () => {
  it('steps and stops at the ends', () => {
    expect(focusIndex(0, 3, 'previous')).toBe(0);
    expect(focusIndex(0, 3, 'next')).toBe(1);
    expect(focusIndex(2, 3, 'next')).toBe(2);
    expect(focusIndex(1, 3, 'first')).toBe(0);
    expect(focusIndex(0, 3, 'last')).toBe(2);
    expect(focusIndex(0, 0, 'next')).toBe(-1);
  });
});

describe('keyboardMove', () => {
  const columns = { quick: ['Q1', 'Q2'], deep: ['D1', 'D2', 'D3'], hold: [] };

  it('takes a card to the end of the column beside', () => {
    expect(keyboardMove(columns, 'Q1', 'right')).toEqual({ group: 'deep', index: 3 });
    expect(keyboardMove(columns, 'D2', 'right')).toEqual({ group: 'hold', index: 0 });
    expect(keyboardMove(columns, 'D1', 'left')).toEqual({ group: 'quick', index: 2 });
  });

  it('reorders within the column', () => {
    expect(keyboardMove(columns, 'D2', 'up')).toEqual({ group: 'deep', index: 0 });
    expect(keyboardMove(columns, 'D2', 'down')).toEqual({ group: 'deep', index: 2 });
  });

  it('has nowhere to go past an edge or for an unknown card', () => {
    expect(keyboardMove(columns, 'Q1', 'left')).toBeNull();
    expect(keyboardMove(columns, 'Q1', 'up')).toBeNull();
    expect(keyboardMove(columns, 'D3', 'down')).toBeNull();
    expect(keyboardMove({ ...columns, hold: ['H1'] }, 'H1', 'right')).toBeNull();
    expect(keyboardMove(columns, 'X', 'right')).toBeNull();
  });
});
