// ホワイトボード: one case's genogram, ecomap and Signs-of-Safety map on a Konva canvas, with the toolbar,
// a side panel for the selected shape, the safety scales and the snapshots. Every edit is a command on the
// editor (undo/redo); the store saves the document shortly after each change. This screen composes the
// parts: the actions come from one registry (components/board/actions.ts), the camera from the viewport
// hook, the selection, export and data from their own hooks.
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { boardFromCase } from '../../../shared/board/from-ledger';
import type { LabelOf } from '../../../shared/board/diff';
import { maskedLabels } from '../../../shared/board/mask';
import { DEFAULT_NOTATION, type NotationProfile } from '../../../shared/board/notation';
import { emptyBoard, type BoardDoc } from '../../../shared/board/types';
import { useApi } from '../api-context';
import {
  actionItems,
  actionKeyBindings,
  actionState,
  addChildTo,
  removeTarget,
  reportingRun,
  SURFACES,
  type BoardOps,
} from '../components/board/actions';
import { BoardCanvas } from '../components/board/BoardCanvas';
import { BoardContents } from '../components/board/BoardContents';
import { BoardHead, BoardStart } from '../components/board/BoardHead';
import { BoardPrint } from '../components/board/BoardPrint';
import { BoardSidePanel } from '../components/board/BoardSidePanel';
import { BoardToolbar } from '../components/board/BoardToolbar';
import { ContextMenu } from '../components/board/ContextMenu';
import { Frozen } from '../components/board/Frozen';
import { useBoardDoc, useBoardHistory, useMeetingTitle } from '../components/board/useBoardDoc';
import { useBoardExport } from '../components/board/useBoardExport';
import { useBoardSelection } from '../components/board/useBoardSelection';
import { useBoardStore } from '../components/board/useBoardStore';
import { useBoardViewport, type MenuPlace } from '../components/board/useBoardViewport';
import { useRoomView } from '../components/board/useRoomView';
import { useKeyBindings } from '../hooks/useKeyBindings';
import { errorMessage } from '../lib/errors';
import { todayIso } from '../lib/today';
import '../components/board/board.css';
import { nameOrUnnamed } from '../../../shared/board/person-name';

interface Props {
  caseNo: string;
  meetingId: number | null;
  operatorName: string;
  onClose(): void;
}

export function BoardScreen({ caseNo, meetingId, operatorName, onClose }: Props) {
  const api = useApi();
  const id = useId();
  const store = useBoardStore(caseNo);
  const { editor } = store;
  const doc = useBoardDoc(editor);
  const history = useBoardHistory(editor);
  const meetingTitle = useMeetingTitle(meetingId);
  const today = todayIso();
  const view = useBoardViewport(editor, store.phase === 'ready');
  const sel = useBoardSelection(doc);
  const [menu, setMenu] = useState<MenuPlace | null>(null);
  const pairKind = useRef<HTMLSelectElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [projector, setProjector] = useState(false);
  // The canvas's notation controls set this, so the SVG export draws what the screen shows.
  const [notation, setNotation] = useState<NotationProfile>(DEFAULT_NOTATION);

  /** Names on the board: the labels, or on the projector the role words (本人, 母, きょうだい1 …). */
  const labelsOf = useCallback(
    (d: BoardDoc) => {
      const labels = projector ? maskedLabels(d) : new Map(d.persons.map((p) => [p.id, p.label]));
      return (personId: string) => labels.get(personId) ?? '';
    },
    [projector],
  );
  const labelOf = useMemo(() => labelsOf(doc), [labelsOf, doc]);
  const roomDoc = useRoomView(doc, caseNo, projector, today, operatorName);
  const personLabel = useCallback<LabelOf>((d, personId) => nameOrUnnamed(labelsOf(d)(personId)), [labelsOf]);

  const run = reportingRun(setProblem);
  const output = useBoardExport({ editor, stageRef: view.stageRef, caseNo, today, notation, masked: projector, run });

  const ops: BoardOps = {
    editor,
    run,
    select: sel.select,
    startPick: sel.startPick,
    focusPair: () => pairKind.current?.focus(),
    viewCentre: view.viewCentre,
    fit: view.fit,
    fitColumns: view.fitColumns,
    exportPng: output.exportPng,
    exportSvg: output.exportSvg,
    print: output.printBoard,
  };
  const state = actionState(doc, sel.selection, history, sel.pair);

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z), Delete from the registry; the keyboard's context menu and Escape
  // (stop picking the other end of a relation) belong to the screen.
  useKeyBindings([
    ...actionKeyBindings(state, ops),
    {
      chords: [{ key: 'ContextMenu' }, { key: 'F10', shift: true }],
      run: () => setMenu(view.menuPlace(sel.selection?.kind === 'person' ? sel.selection.id : null)),
    },
    { chords: [{ key: 'Escape' }], enabled: () => sel.pickFor !== null, run: sel.cancelPick, preventDefault: false },
  ]);

  const saveSnapshot = async (label: string) => {
    await store.flush();
    await api.call('board.snapshot', { caseNo, meetingId, label });
    store.reloadSnapshots();
  };

  const fromLedger = () => {
    setProblem(null);
    api
      .call('ledger.get', { caseNo })
      .then(
        (detail) => store.start(boardFromCase(detail.case)),
        (e: unknown) => setProblem(errorMessage(e)),
      )
      .catch((e: unknown) => setProblem(errorMessage(e)));
  };

  // Closing saves the last edits first; if that fails the board stays open so nothing is lost silently.
  const close = () => {
    setProblem(null);
    store.flush().then(onClose, (e: unknown) => setProblem(`保存できなかったため、閉じていません。${errorMessage(e)}`));
  };

  // The right-click menu acts on its person (or, on the empty board, at its point).
  const menuState =
    menu &&
    actionState(doc, menu.personId ? { kind: 'person', id: menu.personId } : null, history, sel.pair, menu.board);
  const menuPerson = menuState?.person ?? null;
  const openMenu = (personId: string | null, screen: MenuPlace['screen'], board: MenuPlace['board']) => {
    // A right-click on a person outside the current pair selects it, as a left click would.
    if (personId && !(sel.pair?.includes(personId) ?? false)) sel.select({ kind: 'person', id: personId });
    setMenu({ personId, screen, board });
  };

  // Every render outside an editor group (a drag, a slider) lets the panels follow; within one they hold.
  const panelRenders = useRef(0);
  if (!history.inGroup) panelRenders.current += 1;

  return (
    <div className={`board-screen${projector ? ' projector' : ''}`} role="region" aria-labelledby={`${id}-title`}>
      <BoardHead
        titleId={`${id}-title`}
        caseNo={caseNo}
        meetingId={meetingId}
        meetingTitle={meetingTitle}
        save={store.save}
        projector={projector}
        onProjector={setProjector}
        onClose={close}
      />
      {store.loadError && (
        <p role="alert" className="error banner">
          {store.loadError}
        </p>
      )}
      {problem && (
        <p role="alert" className="error banner">
          {problem}
        </p>
      )}
      {store.phase === 'loading' && !store.loadError && <p aria-busy="true">読み込み中…</p>}
      {store.phase === 'new' && (
        <BoardStart
          onLedger={fromLedger}
          onBlank={() => store.start(emptyBoard(caseNo)).catch((e: unknown) => setProblem(errorMessage(e)))}
        />
      )}
      {store.phase === 'ready' && (
        <>
          <BoardToolbar groups={SURFACES.toolbar.map((ids) => actionItems(ids, state, ops))} />
          <div className="board-body">
            <div className="board-canvas" ref={view.frame}>
              <BoardCanvas
                doc={roomDoc}
                editor={editor}
                stageRef={view.stageRef}
                width={view.size.width}
                height={view.size.height}
                selection={sel.selection}
                onSelect={sel.select}
                labelOf={labelOf}
                meetingDate={today}
                large={projector}
                onNotationChange={setNotation}
                onShiftSelectPerson={sel.shiftSelectPerson}
                onContextMenu={openMenu}
              />
              {menu && menuState && (
                <ContextMenu
                  label={menu.personId ? `${nameOrUnnamed(labelOf(menu.personId))} の操作` : 'ボードの操作'}
                  at={menu.screen}
                  bounds={view.size}
                  actions={actionItems(menuPerson ? SURFACES.contextPerson : SURFACES.contextBoard, menuState, ops)}
                  onClose={() => setMenu(null)}
                />
              )}
              {sel.pickFor && (
                <p
                  className="board-pick"
                  role="status"
                >{`${nameOrUnnamed(labelOf(sel.pickFor))} との関係：相手の人物をクリックしてください（Escで取りやめ）`}</p>
              )}
              <Frozen version={panelRenders.current}>
                <BoardContents doc={roomDoc} labelOf={labelOf} meetingDate={today} onSelect={sel.select} />
              </Frozen>
            </div>
            <BoardSidePanel
              editor={editor}
              doc={doc}
              sel={sel}
              labelOf={labelOf}
              panelVersion={panelRenders.current}
              pairKind={pairKind}
              personActions={actionItems(SURFACES.personMenu, state, ops)}
              onAddChild={(unionOrParent) => addChildTo(ops, unionOrParent)}
              onRemove={() => removeTarget(ops, sel.selection)}
              operatorName={operatorName}
              today={today}
              snapshots={store.snapshots}
              meetingId={meetingId}
              meetingTitle={meetingTitle}
              onSaveSnapshot={saveSnapshot}
              personLabel={personLabel}
            />
          </div>
        </>
      )}
      {output.print && <BoardPrint key={output.print.n} svg={output.print.svg} masked={output.print.masked} />}
    </div>
  );
}
