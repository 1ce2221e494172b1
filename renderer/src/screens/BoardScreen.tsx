// ホワイトボード: one case's genogram, ecomap and Signs-of-Safety map on a Konva canvas, with the toolbar,
// a side panel for the selected shape, the safety scales and the snapshots. Every edit is a command on the
// editor (undo/redo); the store saves the document shortly after each change. This screen composes the
// parts: the actions come from one registry (components/board/actions.ts), bound to the screen by
// useBoardActions (ops, shortcuts, the right-click menu), the camera from the viewport hook, the selection,
// export and data from their own hooks.
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { boardFromCase } from '../../../shared/board/from-ledger';
import type { LabelOf } from '../../../shared/board/diff';
import { maskedLabels } from '../../../shared/board/mask';
import { DEFAULT_NOTATION, type NotationProfile } from '../../../shared/board/notation';
import { emptyBoard, type BoardDoc } from '../../../shared/board/types';
import { useApi } from '../api-context';
import { actionItems, addChildTo, removeTarget, reportingRun, SURFACES } from '../components/board/actions';
import { BoardCanvas } from '../components/board/BoardCanvas';
import { BoardContents } from '../components/board/BoardContents';
import { BoardHead, BoardStart } from '../components/board/BoardHead';
import { BoardPrint } from '../components/board/BoardPrint';
import { BoardSidePanel } from '../components/board/BoardSidePanel';
import { BoardToolbar } from '../components/board/BoardToolbar';
import { ContextMenu } from '../components/board/ContextMenu';
import { Frozen } from '../components/board/Frozen';
import { useBoardActions } from '../components/board/useBoardActions';
import { useBoardDoc, useBoardHistory, useBoardMeeting } from '../components/board/useBoardDoc';
import { useBoardExport } from '../components/board/useBoardExport';
import { useBoardSelection } from '../components/board/useBoardSelection';
import { useBoardStore } from '../components/board/useBoardStore';
import { useBoardViewport } from '../components/board/useBoardViewport';
import { useRoomView } from '../components/board/useRoomView';
import { errorMessage } from '../lib/errors';
import { todayIso } from '../lib/today';
import { boardAgeDate } from '../../../shared/board/age';
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
  const meeting = useBoardMeeting(meetingId);
  const meetingTitle = meeting.title;
  const today = todayIso();
  // Ages as of the meeting's date in a meeting (as the console and the projector show them), else today.
  const asOf = boardAgeDate(meetingId, meeting.date, today);
  const view = useBoardViewport(editor, store.phase === 'ready');
  const sel = useBoardSelection(doc);
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
  const roomDoc = useRoomView(doc, caseNo, projector, asOf, operatorName);
  const personLabel = useCallback<LabelOf>((d, personId) => nameOrUnnamed(labelsOf(d)(personId)), [labelsOf]);

  const run = reportingRun(setProblem);
  const output = useBoardExport({
    editor,
    caseNo,
    today,
    asOf,
    notation,
    masked: projector,
    run,
  });
  const actions = useBoardActions({ editor, doc, history, sel, view, output, run });
  const { ops, state, pairKind, menu, menuState } = actions;
  const menuPerson = menuState?.person ?? null;

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
        asOf={meetingId === null ? null : meeting.date}
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
                meetingDate={asOf}
                large={projector}
                onNotationChange={setNotation}
                onShiftSelectPerson={sel.shiftSelectPerson}
                onContextMenu={actions.openMenu}
              />
              {menu && menuState && (
                <ContextMenu
                  label={menu.personId ? `${nameOrUnnamed(labelOf(menu.personId))} の操作` : 'ボードの操作'}
                  at={menu.screen}
                  bounds={view.size}
                  actions={actionItems(menuPerson ? SURFACES.contextPerson : SURFACES.contextBoard, menuState, ops)}
                  onClose={actions.closeMenu}
                />
              )}
              {sel.pickFor && (
                <p
                  className="board-pick"
                  role="status"
                >{`${nameOrUnnamed(labelOf(sel.pickFor))} との関係：相手の人物をクリックしてください（Escで取りやめ）`}</p>
              )}
              <Frozen version={panelRenders.current}>
                <BoardContents doc={roomDoc} labelOf={labelOf} meetingDate={asOf} onSelect={sel.select} />
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
