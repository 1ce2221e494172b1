// The console's keyboard: single keys while no text field has the focus (typing a decision must never
// move the meeting on). Each key is also shown beside its button and set as aria-keyshortcuts.
import { useEffect, useRef } from 'react';

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
  return CONSOLE_KEYS[action].keys.map((k) => (k === ' ' ? 'Space' : k)).filter((k) => k.length > 1 || k === k.toUpperCase()).join(' ');
}

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useConsoleKeys(handlers: Partial<Record<ConsoleAction, () => void>>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing || typingIn(e.target)) return;
      // A focused button would also "click" on Space; the shortcut wins so Space always means the timer.
      const action = (Object.keys(CONSOLE_KEYS) as ConsoleAction[]).find((a) => (CONSOLE_KEYS[a].keys as readonly string[]).includes(e.key));
      const handler = action ? latest.current[action] : undefined;
      if (!handler) return;
      e.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function KeyHint({ action }: { action: ConsoleAction }) {
  return <kbd className="key-hint" aria-hidden="true">{CONSOLE_KEYS[action].hint}</kbd>;
}
