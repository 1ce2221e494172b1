// Loads a case's board into one editor, saves it shortly after every change (board.save writes the whole
// document), and keeps the snapshot list current. flush() is awaited before a snapshot so the snapshot is
// of what is on the screen.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SnapshotInfo } from '../../../../shared/contract';
import { createEditor, type BoardEditor } from '../../../../shared/board/editor';
import { emptyBoard, type BoardDoc } from '../../../../shared/board/types';
import { useApi } from '../../api-context';
import { errorMessage } from '../../lib/errors';
import { createRequestGate } from '../../lib/request-gate';
import { commitPendingEdits, registerPendingSave } from './pending-saves';

export type SaveState = { kind: 'saved' | 'pending' | 'saving' } | { kind: 'error'; message: string };

export interface BoardStore {
  editor: BoardEditor;
  /** null while loading; 'new' when the case has no board yet. */
  phase: 'loading' | 'new' | 'ready';
  loadError: string | null;
  save: SaveState;
  snapshots: SnapshotInfo[];
  /** Starts the board (from the ledger or blank) and saves it at once. */
  start(doc: BoardDoc): Promise<void>;
  flush(): Promise<void>;
  reloadSnapshots(): void;
}

const AUTOSAVE_MS = 700;

export function useBoardStore(caseNo: string): BoardStore {
  const api = useApi();
  const [editor] = useState(() => createEditor(emptyBoard(caseNo)));
  const [phase, setPhase] = useState<BoardStore['phase']>('loading');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [snapshots, setSnapshots] = useState<SnapshotInfo[]>([]);
  const savedRevision = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const started = useRef(false);

  const saveNow = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // Saves run one after another so an older document never lands after a newer one; a failed save must
    // not block the next one (the chain continues past a rejection).
    inFlight.current = inFlight.current
      .catch(() => undefined)
      .then(async () => {
        const revision = editor.revision;
        if (revision === savedRevision.current) return;
        setSave({ kind: 'saving' });
        try {
          await api.call('board.save', { caseNo, doc: editor.doc });
          savedRevision.current = revision;
          setSave(editor.revision === revision ? { kind: 'saved' } : { kind: 'pending' });
        } catch (e) {
          setSave({ kind: 'error', message: errorMessage(e) });
          throw e;
        }
      });
    return inFlight.current;
  }, [api, caseNo, editor]);

  // The board is loaded once per case into the editor (not a query kept current: later changes are the editor's own).
  const loads = useMemo(createRequestGate, []);
  useEffect(() => {
    const counts = loads.begin();
    api.call('board.get', { caseNo }).then(
      (state) => {
        if (!counts()) return;
        setSnapshots(state.snapshots);
        if (state.doc) {
          editor.reset(state.doc);
          savedRevision.current = editor.revision;
          started.current = true;
          setPhase('ready');
        } else {
          setPhase('new');
        }
      },
      (e: unknown) => counts() && setLoadError(errorMessage(e)),
    );
    return () => loads.invalidate();
  }, [api, caseNo, editor, loads]);

  useEffect(
    () =>
      editor.subscribe(() => {
        // A drag saves once, when it ends: the group is still open while the pointer moves.
        if (!started.current) return;
        setSave({ kind: 'pending' });
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          if (editor.inGroup) return;
          saveNow().catch(() => undefined);
        }, AUTOSAVE_MS);
      }),
    [editor, saveNow],
  );

  // Leaving the board (closing it, locking, switching screens) must not lose the last edits, including
  // text still in a field: React may run this before the field's own unmount commit.
  useEffect(
    () => () => {
      commitPendingEdits();
      if (started.current && editor.revision !== savedRevision.current) saveNow().catch(() => undefined);
    },
    [editor, saveNow],
  );

  const reloadSnapshots = useCallback(() => {
    api.call('board.get', { caseNo }).then(
      (state) => setSnapshots(state.snapshots),
      () => undefined,
    );
  }, [api, caseNo]);

  useEffect(
    () =>
      api.on('board.changed', (payload) => {
        if (payload.caseNo === caseNo) reloadSnapshots();
      }),
    [api, caseNo, reloadSnapshots],
  );

  const start = useCallback(
    async (doc: BoardDoc) => {
      editor.reset(doc);
      started.current = true;
      setPhase('ready');
      await saveNow();
    },
    [editor, saveNow],
  );

  // Text typed into a field goes into the document first, so closing, locking and snapshots save it.
  const flush = useCallback(() => {
    commitPendingEdits();
    return saveNow();
  }, [saveNow]);

  // Locking the app flushes every open board before the session closes.
  useEffect(() => registerPendingSave(flush), [flush]);

  return { editor, phase, loadError, save, snapshots, start, flush, reloadSnapshots };
}
