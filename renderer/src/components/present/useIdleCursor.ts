// The mouse pointer on the projector hides after a moment of stillness, so it does not sit in the middle
// of the room's screen; moving the mouse brings it back.
import { useEffect, useState } from 'react';

export const CURSOR_IDLE_MS = 2000;

/** True while the pointer has been still for `idleMs`. */
export function useIdleCursor(idleMs: number = CURSOR_IDLE_MS): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), idleMs);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), idleMs);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [idleMs]);
  return idle;
}
