// One window-level keyboard handler for a screen's shortcuts (the meeting console's single keys, the
// whiteboard's Ctrl+Z / Delete …). Keys never act while a text field has the focus: typing a decision or a
// name must not move the meeting on or delete a shape. The first enabled binding that matches wins, and only
// a handled key has its default prevented.
import { useEffect, useRef } from 'react';

/** A key, with modifiers required (true), forbidden (false) or ignored (left out). */
export interface KeyChord {
  /** KeyboardEvent.key; a single letter matches either case. */
  key: string;
  /** Ctrl, or ⌘ on a Mac. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface KeyBinding {
  chords: readonly KeyChord[];
  run(): void;
  /** A disabled binding lets the key through as if unbound. */
  enabled?(): boolean;
  /** Default true; false leaves the browser's own handling of the key alone (Escape, for one). */
  preventDefault?: boolean;
}

export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function chordMatches(
  chord: KeyChord,
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  const key = chord.key.length === 1 ? e.key.toLowerCase() === chord.key.toLowerCase() : e.key === chord.key;
  const flag = (want: boolean | undefined, has: boolean) => want === undefined || want === has;
  return key && flag(chord.mod, e.ctrlKey || e.metaKey) && flag(chord.shift, e.shiftKey) && flag(chord.alt, e.altKey);
}

/** aria-keyshortcuts for a set of chords ("Control+Z", "Space", "Delete"). */
export function ariaShortcut(chords: readonly KeyChord[]): string {
  const names = chords.map((c) =>
    [
      ...(c.mod ? ['Control'] : []),
      ...(c.alt ? ['Alt'] : []),
      ...(c.shift ? ['Shift'] : []),
      c.key === ' ' ? 'Space' : c.key.length === 1 ? c.key.toUpperCase() : c.key,
    ].join('+'),
  );
  return [...new Set(names)].join(' ');
}

/** Listens while mounted; the bindings may change every render (the latest ones are used). */
export function useKeyBindings(bindings: readonly KeyBinding[]): void {
  const latest = useRef(bindings);
  latest.current = bindings;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || typingIn(e.target)) return;
      const binding = latest.current.find((b) => b.chords.some((c) => chordMatches(c, e)) && (b.enabled?.() ?? true));
      if (!binding) return;
      if (binding.preventDefault !== false) e.preventDefault();
      binding.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
