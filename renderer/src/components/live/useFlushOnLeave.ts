// What the console's autosaving fields share: text typed and not yet saved is saved before it could be lost —
// before a lock (the pending-saves registry), when the window is hidden or closed, and when the field goes.
import { useEffect } from 'react';
import { registerPendingSave } from '../board/pending-saves';

export function useFlushOnLeave(flush: () => Promise<void>): void {
  useEffect(() => {
    const unregister = registerPendingSave(flush);
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unregister();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);
}
