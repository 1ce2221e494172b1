// Locks the app after the set minutes without keyboard, pointer, wheel or touch input in this window (the
// console). The projector window never runs this: nobody touches it during a meeting, so only the console's
// idleness locks (shared/session/idle-lock.ts). The clock is injectable for tests; the e2e test drives the
// page's own clock instead (Playwright's clock), which this default uses.
import { useEffect, useRef } from 'react';
import { shouldIdleLock } from '../../../shared/session/idle-lock';

export interface IdleClock {
  now(): number;
  every(ms: number, tick: () => void): () => void;
}

const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

export const browserClock: IdleClock = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const timer = window.setInterval(tick, ms);
    return () => window.clearInterval(timer);
  },
};

export function useIdleLock(minutes: number, onIdle: () => void, clock: IdleClock = browserClock): void {
  const lastInputAt = useRef(clock.now());
  const fire = useRef(onIdle);
  fire.current = onIdle;

  useEffect(() => {
    lastInputAt.current = clock.now();
    const touched = () => {
      lastInputAt.current = clock.now();
    };
    for (const name of INPUT_EVENTS) window.addEventListener(name, touched, { capture: true, passive: true });
    let fired = false;
    const stop = clock.every(CHECK_EVERY_MS, () => {
      if (fired || !shouldIdleLock({ lastInputAt: lastInputAt.current, now: clock.now(), minutes })) return;
      fired = true;
      fire.current();
    });
    return () => {
      stop();
      for (const name of INPUT_EVENTS) window.removeEventListener(name, touched, { capture: true });
    };
  }, [minutes, clock]);
}
