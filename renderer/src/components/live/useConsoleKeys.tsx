// The console's keyboard: single keys while no text field has the focus (typing a decision must never
// move the meeting on). Each key is also shown beside its button and set as aria-keyshortcuts. The listening
// itself is the shared useKeyBindings, which the whiteboard uses too.
import { useKeyBindings, type KeyBinding } from '../../hooks/useKeyBindings';

export const CONSOLE_KEYS = {
  next: { keys: ['ArrowRight', 'PageDown'], hint: '→' },
  previous: { keys: ['ArrowLeft', 'PageUp'], hint: '←' },
  timer: { keys: [' '], hint: 'Space' },
  blackout: { keys: ['b', 'B'], hint: 'B' },
  mask: { keys: ['m', 'M'], hint: 'M' },
  confirm: { keys: ['c', 'C'], hint: 'C' },
  toDeep: { keys: ['d', 'D'], hint: 'D' },
} as const;
export type ConsoleAction = keyof typeof CONSOLE_KEYS;

/** aria-keyshortcuts wants "Space" and key names, not the characters. */
export function ariaKeys(action: ConsoleAction): string {
  return CONSOLE_KEYS[action].keys
    .map((k) => (k === ' ' ? 'Space' : k))
    .filter((k) => k.length > 1 || k === k.toUpperCase())
    .join(' ');
}

export function useConsoleKeys(handlers: Partial<Record<ConsoleAction, () => void>>): void {
  // A focused button would also "click" on Space; the shortcut wins so Space always means the timer.
  // Single keys only: with Ctrl, ⌘ or Alt the key belongs to the browser.
  const bindings: KeyBinding[] = (Object.keys(CONSOLE_KEYS) as ConsoleAction[]).flatMap((action) => {
    const handler = handlers[action];
    if (!handler) return [];
    return [{ chords: CONSOLE_KEYS[action].keys.map((key) => ({ key, mod: false, alt: false })), run: handler }];
  });
  useKeyBindings(bindings);
}

export function KeyHint({ action }: { action: ConsoleAction }) {
  return (
    <kbd className="key-hint" aria-hidden="true">
      {CONSOLE_KEYS[action].hint}
    </kbd>
  );
}
