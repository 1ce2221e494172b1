// Locks the session when the OS locks the screen, goes to sleep or switches user (Electron powerMonitor):
// nobody is at the console any more, so the database must not stay open. The lock goes through the backend
// like the ロック button (logged with its reason); the backend's session.changed event then reaches every
// window through the IPC adapter, so the console shows its lock screen and the projector its blank 「つなぐ」.
import type { Backend } from '../db/backend';

/** The powerMonitor events that mean the user left: screen locked, system suspending, fast user switching (macOS). */
export const OS_LOCK_EVENTS = ['lock-screen', 'suspend', 'user-did-resign-active'] as const;

interface PowerMonitorLike {
  on(event: (typeof OS_LOCK_EVENTS)[number], listener: () => void): unknown;
  off(event: (typeof OS_LOCK_EVENTS)[number], listener: () => void): unknown;
}

/** Wires the events to a lock; returns the function that unwires them. */
export function lockOnOsEvents(powerMonitor: PowerMonitorLike, backend: () => Backend | null): () => void {
  const lock = () => {
    void backend()?.invoke('session.lock', { reason: 'os' });
  };
  for (const event of OS_LOCK_EVENTS) powerMonitor.on(event, lock);
  return () => {
    for (const event of OS_LOCK_EVENTS) powerMonitor.off(event, lock);
  };
}
