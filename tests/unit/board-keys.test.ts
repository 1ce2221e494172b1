// The key-binding matcher the whiteboard and the meeting console share (renderer/src/hooks/useKeyBindings.ts).
import { describe, expect, it } from 'vitest';
import { ariaShortcut, chordMatches } from '../../renderer/src/hooks/useKeyBindings';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('key chords', () => {
  it('requires, forbids or ignores each modifier as the chord says', () => {
    const undo = { key: 'z', mod: true, shift: false };
    expect(chordMatches(undo, press('z', { ctrl: true }))).toBe(true);
    expect(chordMatches(undo, press('z', { meta: true }))).toBe(true);
    expect(chordMatches(undo, press('Z', { ctrl: true, shift: true }))).toBe(false);
    expect(chordMatches(undo, press('z'))).toBe(false);
    const single = { key: 'b', mod: false, alt: false };
    expect(chordMatches(single, press('B', { shift: true }))).toBe(true);
    expect(chordMatches(single, press('b', { ctrl: true }))).toBe(false);
    expect(chordMatches({ key: 'Delete' }, press('Delete', { ctrl: true }))).toBe(true);
    expect(chordMatches({ key: 'Delete' }, press('delete'))).toBe(false);
  });

  it('names chords for aria-keyshortcuts', () => {
    expect(ariaShortcut([{ key: ' ' }])).toBe('Space');
    expect(
      ariaShortcut([
        { key: 'y', mod: true },
        { key: 'z', mod: true, shift: true },
      ]),
    ).toBe('Control+Y Control+Shift+Z');
    expect(ariaShortcut([{ key: 'b' }, { key: 'B' }])).toBe('B');
  });
});
