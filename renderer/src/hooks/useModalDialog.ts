// A <dialog> shown modal for as long as its component is mounted (so focus is trapped and the page behind is
// inert), and closed when it unmounts.
import { useEffect, useRef } from 'react';

export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return dialog;
}
