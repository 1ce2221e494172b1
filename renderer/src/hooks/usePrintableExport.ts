// What the 配布資料 and 議事録 panels share: one export at a time with its busy state and error; a print view
// (印刷・PDF) that gives the focus back to the button that opened it, so the keyboard continues where it left;
// and the question asked before a file with names leaves the app (UnmaskedConfirm; the backend logs it either way).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBackendAction } from './useBackendAction';

export function usePrintableExport<Model>() {
  const { busy, error, setError, run: runAction } = useBackendAction();
  const [preview, setPreview] = useState<Model | null>(null);
  const [asking, setAsking] = useState<(() => void) | null>(null);
  const printOpener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (wasOpen.current && !preview) printOpener.current?.focus();
    wasOpen.current = preview !== null;
  }, [preview]);
  const closePreview = useCallback(() => setPreview(null), []);

  /** Ignored while another export runs; `done` gets the answer, a failure shows its message. */
  const run = <T>(call: () => Promise<T>, done: (value: T) => void) => {
    if (busy) return;
    void runAction(call).then((outcome) => outcome.ok && done(outcome.value));
  };
  /** An export with names (not masked) is asked for first. */
  const guarded = (masked: boolean, action: () => void) => () => (masked ? action() : setAsking(() => action));
  const question = asking && {
    onConfirm: () => {
      setAsking(null);
      asking();
    },
    onCancel: () => setAsking(null),
  };

  return { busy, error, setError, run, preview, setPreview, closePreview, printOpener, guarded, question };
}
