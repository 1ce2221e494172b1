// ホワイトボード: one case's genogram, ecomap and Signs-of-Safety map on a Konva canvas, with the toolbar,
// a side panel for the selected shape, the safety scales and the snapshots. Every edit is a command on the
// editor (undo/redo); the store saves the document shortly after each change.
import type Konva from 'konva';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  addChildCommand, addParentsCommand, addPartnerCommand, makePerson, newId, type Command,
} from '../../../shared/board/commands';
import { boardFromCase } from '../../../shared/board/from-ledger';
import { relayoutCommand } from '../../../shared/board/layout';
import type { LabelOf } from '../../../shared/board/diff';
import { maskedLabels } from '../../../shared/board/mask';
import { DEFAULT_NOTATION, type NotationProfile } from '../../../shared/board/notation';
import { boardToSvg } from '../../../shared/board/svg';
import { emptyBoard, type BoardDoc, type Person, type Point } from '../../../shared/board/types';
import { useApi } from '../api-context';
import { ActionsMenu } from '../components/board/ActionsMenu';
import type { MenuAction } from '../components/board/MenuItems';
import { AgencyFields } from '../components/board/AgencyFields';
import { BoardCanvas } from '../components/board/BoardCanvas';
import { BoardContents } from '../components/board/BoardContents';
import { BoardToolbar } from '../components/board/BoardToolbar';
import { dataUrlToBlob } from '../components/board/downloads';
import { BoardPrint } from '../components/board/BoardPrint';
import { ContextMenu } from '../components/board/ContextMenu';
import { contentBounds, familyBounds, fitTransform, NOTE_H, NOTE_W } from '../components/board/geometry';
import { Frozen } from '../components/board/Frozen';
import { PairPanel } from '../components/board/PairPanel';
import { HouseholdPanel } from '../components/board/HouseholdPanel';
import { NoteFields } from '../components/board/NoteFields';
import { PersonFields } from '../components/board/PersonFields';
import { ScalesPanel } from '../components/board/ScalesPanel';
import type { Selection } from '../components/board/selection';
import { SnapshotPanel } from '../components/board/SnapshotPanel';
import { ALL_COLUMNS_BOX, nextSlot, snapNote } from '../components/board/sos-columns';
import { UnionFields } from '../components/board/UnionFields';
import { useBoardDoc } from '../components/board/useBoardDoc';
import { useBoardStore } from '../components/board/useBoardStore';
import { useRoomView } from '../components/board/useRoomView';
import { errorMessage } from '../lib/errors';
import { downloadBlob } from '../lib/files';
import { todayIso } from '../lib/today';
import '../components/board/board.css';

interface Props {
  caseNo: string;
  meetingId: number | null;
  operatorName: string;
  onClose(): void;
}

const EXPORT_MARGIN = 40;
/** 全体を表示 never magnifies past this: a family of two fills the view at a size still read as a board. */
const FIT_MAX_SCALE = 1.6;

interface MenuAt { personId: string | null; screen: Point; board: Point }

export function BoardScreen({ caseNo, meetingId, operatorName, onClose }: Props) {
  const api = useApi();
  const id = useId();
  const store = useBoardStore(caseNo);
  const { editor } = store;
  const doc = useBoardDoc(editor);
  const today = todayIso();
  const stageRef = useRef<Konva.Stage | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [selection, setSelectionOnly] = useState<Selection>(null);
  // The second person of a pair (Shift+click, or 「関係を追加」 then a click): the side panel relates the two.
  const [second, setSecond] = useState<string | null>(null);
  // 「関係を追加」 from the context menu: the next click on a person picks the other end.
  const [pickFor, setPickFor] = useState<string | null>(null);
  const [menu, setMenu] = useState<MenuAt | null>(null);
  const [print, setPrint] = useState<{ svg: string; masked: boolean; n: number } | null>(null);
  const pairKind = useRef<HTMLSelectElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [projector, setProjector] = useState(false);
  // The canvas's notation controls set this, so the SVG export draws what the screen shows.
  const [notation, setNotation] = useState<NotationProfile>(DEFAULT_NOTATION);
  const [, setHistoryTick] = useState(0);
  const [meetingTitle, setMeetingTitle] = useState<string | null>(null);

  // Opened from a meeting: its title names the board's context and the default snapshot label.
  useEffect(() => {
    if (meetingId === null) return;
    let live = true;
    api.call('meetings.get', { id: meetingId }).then((m) => live && setMeetingTitle(m.title), () => undefined);
    return () => {
      live = false;
    };
  }, [api, meetingId]);

  // endGroup changes what undo would do without changing the document: redraw the toolbar then too.
  const endGroup = useCallback(() => {
    editor.endGroup();
    setHistoryTick((n) => n + 1);
  }, [editor]);

  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [store.phase]);

  /** Names on the board: the labels, or on the projector the role words (本人, 母, きょうだい1 …). */
  const labelsOf = useCallback((d: BoardDoc) => {
    const labels = projector ? maskedLabels(d) : new Map(d.persons.map((p) => [p.id, p.label]));
    return (personId: string) => labels.get(personId) ?? '';
  }, [projector]);
  const labelOf = useMemo(() => labelsOf(doc), [labelsOf, doc]);
  const roomDoc = useRoomView(doc, caseNo, projector, today, operatorName);
  const personLabel = useCallback<LabelOf>((d, personId) => labelsOf(d)(personId) || '（名前なし）', [labelsOf]);

  // Frames the family (genogram and ecomap); the Signs-of-Safety columns stay beside it. Only a board
  // without a family yet frames the columns.
  const fit = useCallback(() => {
    const stage = stageRef.current;
    const box = familyBounds(editor.doc) ?? contentBounds(editor.doc, [ALL_COLUMNS_BOX]);
    if (!stage || !box) return;
    const t = fitTransform(box, { width: stage.width(), height: stage.height() }, 40, FIT_MAX_SCALE);
    stage.scale({ x: t.scale, y: t.scale });
    stage.position({ x: t.x, y: t.y });
    stage.batchDraw();
  }, [editor]);

  // The Signs-of-Safety columns beside the family, framed on their own (全体を表示 leaves them out).
  const fitColumns = useCallback(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const t = fitTransform(ALL_COLUMNS_BOX, { width: stage.width(), height: stage.height() }, 20, FIT_MAX_SCALE);
    stage.scale({ x: t.scale, y: t.scale });
    stage.position({ x: t.x, y: t.y });
    stage.batchDraw();
  }, []);

  // Fit once the board is there and the canvas has its size.
  const fitted = useRef(false);
  useEffect(() => {
    if (store.phase !== 'ready' || fitted.current || !stageRef.current || size.width === 0) return;
    fitted.current = true;
    fit();
  }, [store.phase, size, fit]);

  const run = (action: () => void) => {
    setProblem(null);
    try {
      action();
    } catch (e) {
      setProblem(e instanceof Error && /[\u3040-\u30ff\u3400-\u9fff]/.test(e.message) ? e.message : errorMessage(e));
    }
  };
  /** Executes a builder's batch and selects the first person it adds. */
  const executeAndSelect = (cmd: Command, label: string) => {
    editor.execute(cmd, label);
    const added = cmd.type === 'batch' ? cmd.commands.find((c) => c.type === 'addPerson') : cmd;
    if (added?.type === 'addPerson') setSelection({ kind: 'person', id: added.person.id });
  };

  /** Selecting anything else ends a pair; a click while picking makes the pair instead. */
  const setSelection = useCallback((next: Selection) => {
    if (pickFor && next?.kind === 'person' && next.id !== pickFor) {
      setSelectionOnly({ kind: 'person', id: pickFor });
      setSecond(next.id);
      setPickFor(null);
      return;
    }
    setPickFor(null);
    setSecond(null);
    setSelectionOnly(next);
  }, [pickFor]);
  const shiftSelectPerson = useCallback((id: string) => {
    if (selection?.kind === 'person' && selection.id !== id) {
      setSecond(id);
      setPickFor(null);
    } else {
      setSelection({ kind: 'person', id });
    }
  }, [selection, setSelection]);

  const selectedPerson: Person | undefined = selection?.kind === 'person' ? doc.persons.find((p) => p.id === selection.id) : undefined;
  const selectedUnion = selection?.kind === 'union' ? doc.unions.find((u) => u.id === selection.id) : undefined;
  const selectedAgency = selection?.kind === 'agency' ? doc.agencies.find((a) => a.id === selection.id) : undefined;
  const selectedNote = selection?.kind === 'note' ? doc.notes.find((n) => n.id === selection.id) : undefined;

  const viewCentre = (): Point => {
    const stage = stageRef.current;
    if (!stage) return { x: 0, y: 0 };
    const scale = stage.scaleX();
    return { x: (stage.width() / 2 - stage.x()) / scale, y: (stage.height() / 2 - stage.y()) / scale };
  };

  const addChildTo = (unionOrParent: string) => run(() => executeAndSelect(addChildCommand(editor.doc, unionOrParent), '子の追加'));
  // The person's latest partnership, else the person as a single parent.
  const addChildOf = (personId: string) => {
    const union = [...editor.doc.unions].reverse().find((u) => u.a === personId || u.b === personId);
    addChildTo(union?.id ?? personId);
  };
  const addChild = () => {
    if (selectedUnion) return addChildTo(selectedUnion.id);
    if (selectedPerson) addChildOf(selectedPerson.id);
  };
  const addPartnerOf = (personId: string) => run(() => executeAndSelect(addPartnerCommand(editor.doc, personId), 'パートナーの追加'));
  const addParentsOf = (personId: string) => run(() => executeAndSelect(addParentsCommand(editor.doc, personId), '親の追加'));
  const addPersonAt = (position: Point) => run(() => executeAndSelect({ type: 'addPerson', person: makePerson({ position }) }, '人物の追加'));
  const pair: [string, string] | null = selectedPerson && second && doc.persons.some((p) => p.id === second) ? [selectedPerson.id, second] : null;

  const addAgency = () => run(() => {
    const near = selectedPerson?.position;
    const agency = { id: newId('a'), name: '関係機関', position: near ? { x: near.x - 260, y: near.y + 40 * doc.agencies.length } : viewCentre() };
    const commands: Command[] = [{ type: 'addAgency', agency }];
    if (selectedPerson) {
      commands.push({
        type: 'addAgencyLink',
        link: { id: newId('l'), agency: agency.id, target: selectedPerson.id, strength: 'normal', direction: 'toFamily', role: null },
      });
    }
    editor.execute({ type: 'batch', commands }, '関係機関の追加');
    setSelection({ kind: 'agency', id: agency.id });
  });

  const addNote = () => run(() => {
    const note = { id: newId('n'), column: 'worries' as const, text: '', position: nextSlot(doc.notes, 'worries') };
    editor.execute({ type: 'addNote', note }, '付箋の追加');
    setSelection({ kind: 'note', id: note.id });
  });
  // A note where the board was right-clicked: into a column when that is where, else a free note there.
  const addNoteAt = (at: Point) => run(() => {
    const snapped = snapNote({ x: at.x - NOTE_W / 2, y: at.y - NOTE_H / 2 });
    const note = { id: newId('n'), column: snapped.column, text: '', position: snapped.position };
    editor.execute({ type: 'addNote', note }, '付箋の追加');
    setSelection({ kind: 'note', id: note.id });
  });

  const removeSelected = useCallback(() => {
    if (!selection) return;
    const type = ({ person: 'removePerson', union: 'removeUnion', agency: 'removeAgency', note: 'removeNote' } as const)[selection.kind];
    run(() => editor.execute({ type, id: selection.id } as Command));
    setSelection(null);
  }, [editor, selection, setSelection]);

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z), Delete: not while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault();
        editor.undo();
      } else if (mod && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) {
        e.preventDefault();
        editor.redo();
      } else if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
        // The keyboard's way to the context menu: for the selected person, at its symbol, else mid-canvas.
        e.preventDefault();
        const stage = stageRef.current;
        if (!stage) return;
        const person = selection?.kind === 'person' ? editor.doc.persons.find((p) => p.id === selection.id) : undefined;
        const scale = stage.scaleX();
        const board = person ? person.position : { x: (stage.width() / 2 - stage.x()) / scale, y: (stage.height() / 2 - stage.y()) / scale };
        setMenu({ personId: person?.id ?? null, screen: { x: board.x * scale + stage.x(), y: board.y * scale + stage.y() }, board });
      } else if (e.key === 'Escape' && pickFor) {
        setPickFor(null);
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && selection) {
        e.preventDefault();
        removeSelected();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, selection, removeSelected, pickFor]);

  const exportPng = () => {
    const stage = stageRef.current;
    const box = contentBounds(editor.doc, [ALL_COLUMNS_BOX]);
    if (!stage || !box) return;
    const saved = { scale: stage.scaleX(), x: stage.x(), y: stage.y() };
    // Drawn at 1:1 from the content's corner, whatever the view's zoom, then at 2× for print.
    stage.scale({ x: 1, y: 1 });
    stage.position({ x: EXPORT_MARGIN - box.x, y: EXPORT_MARGIN - box.y });
    const url = stage.toDataURL({ x: 0, y: 0, width: box.width + EXPORT_MARGIN * 2, height: box.height + EXPORT_MARGIN * 2, pixelRatio: 2 });
    stage.scale({ x: saved.scale, y: saved.scale });
    stage.position({ x: saved.x, y: saved.y });
    stage.batchDraw();
    downloadBlob(`ホワイトボード_${caseNo}_${today}.png`, dataUrlToBlob(url));
  };
  const exportSvg = () => run(() => {
    const svg = boardToSvg(editor.doc, { notation, masked: projector, meetingDate: today });
    downloadBlob(`ホワイトボード_${caseNo}_${today}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
  });

  // 印刷: the print-only view gets the SVG as the view shows it (masked on the projector), then the window's
  // print. The view stays mounted (hidden on screen) so printing again needs no second render first.
  const printBoard = () => run(() => {
    const svg = boardToSvg(editor.doc, { notation, masked: projector, meetingDate: today });
    setPrint((prev) => ({ svg, masked: projector, n: (prev?.n ?? 0) + 1 }));
  });
  useEffect(() => {
    if (print) window.print();
  }, [print]);

  const saveSnapshot = async (label: string) => {
    await store.flush();
    await api.call('board.snapshot', { caseNo, meetingId, label });
    store.reloadSnapshots();
  };

  const fromLedger = () => {
    setProblem(null);
    api.call('ledger.get', { caseNo }).then(
      (detail) => store.start(boardFromCase(detail.case)),
      (e: unknown) => setProblem(errorMessage(e)),
    ).catch((e: unknown) => setProblem(errorMessage(e)));
  };

  // Closing saves the last edits first; if that fails the board stays open so nothing is lost silently.
  const close = () => {
    setProblem(null);
    store.flush().then(onClose, (e: unknown) => setProblem(`保存できなかったため、閉じていません。${errorMessage(e)}`));
  };

  const menuActions = (at: MenuAt): MenuAction[] => {
    const personId = at.personId;
    const person = personId ? doc.persons.find((p) => p.id === personId) : undefined;
    if (!person) {
      return [
        { label: '人物を追加', onSelect: () => addPersonAt(at.board) },
        { label: 'メモを追加', onSelect: () => addNoteAt(at.board) },
      ];
    }
    const inPair = pair?.includes(person.id) ?? false;
    return [
      { label: '配偶者を追加', onSelect: () => addPartnerOf(person.id) },
      { label: '子を追加', onSelect: () => addChildOf(person.id) },
      { label: '親を追加', onSelect: () => addParentsOf(person.id) },
      {
        label: inPair ? '選択中の2人に関係を追加' : '関係を追加',
        onSelect: () => {
          if (inPair) {
            pairKind.current?.focus();
            return;
          }
          setSelection({ kind: 'person', id: person.id });
          setPickFor(person.id);
        },
      },
      {
        label: person.pinned ? '固定解除' : '固定',
        onSelect: () => run(() => editor.execute({ type: 'updatePerson', id: person.id, patch: { pinned: !person.pinned } }, person.pinned ? '固定解除' : '固定')),
      },
      {
        label: '削除',
        onSelect: () => {
          run(() => editor.execute({ type: 'removePerson', id: person.id }));
          setSelection(null);
        },
      },
    ];
  };
  const openMenu = (personId: string | null, screen: Point, board: Point) => {
    // A right-click on a person outside the current pair selects it, as a left click would.
    if (personId && !(pair?.includes(personId) ?? false)) setSelection({ kind: 'person', id: personId });
    setMenu({ personId, screen, board });
  };

  const personActions = selectedPerson ? [
    { label: 'パートナーを追加', onSelect: () => run(() => executeAndSelect(addPartnerCommand(editor.doc, selectedPerson.id), 'パートナーの追加')) },
    { label: '子を追加', onSelect: addChild },
    { label: '親を追加', onSelect: () => run(() => executeAndSelect(addParentsCommand(editor.doc, selectedPerson.id), '親の追加')) },
    { label: '削除', onSelect: removeSelected },
  ] : [];

  // Every render outside an editor group (a drag, a slider) lets the panels follow; within one they hold.
  const panelRenders = useRef(0);
  if (!editor.inGroup) panelRenders.current += 1;
  const panelVersion = panelRenders.current;

  const saveText = store.save.kind === 'error' ? store.save.message
    : { saved: '保存済み', pending: '未保存の変更があります', saving: '保存しています…' }[store.save.kind];

  return (
    <div className={`board-screen${projector ? ' projector' : ''}`} role="region" aria-labelledby={`${id}-title`}>
      <div className="board-head">
        <h1 id={`${id}-title`}>ホワイトボード {caseNo}</h1>
        {meetingId !== null && <p className="muted">{`会議：${meetingTitle ?? '読み込み中…'}`}</p>}
        <p role="status" className={store.save.kind === 'error' ? 'error' : 'muted'}>{saveText}</p>
        <label className="board-check">
          <input type="checkbox" checked={projector} onChange={(e) => setProjector(e.target.checked)} />
          投影用表示（仮名・大きな文字）
        </label>
        <button type="button" onClick={close}>ホワイトボードを閉じる</button>
      </div>
      {store.loadError && <p role="alert" className="error banner">{store.loadError}</p>}
      {problem && <p role="alert" className="error banner">{problem}</p>}
      {store.phase === 'loading' && !store.loadError && <p aria-busy="true">読み込み中…</p>}
      {store.phase === 'new' && (
        <div className="board-start card">
          <p>このケースのホワイトボードはまだありません。</p>
          <button type="button" className="primary" onClick={fromLedger}>台帳から作成</button>
          <button type="button" onClick={() => store.start(emptyBoard(caseNo)).catch((e: unknown) => setProblem(errorMessage(e)))}>白紙から作成</button>
        </div>
      )}
      {store.phase === 'ready' && (
        <>
          <BoardToolbar
            groups={[
              [
                { label: '人を追加', onClick: () => run(() => executeAndSelect({ type: 'addPerson', person: makePerson({ position: viewCentre() }) }, '人物の追加')) },
                { label: 'パートナーを追加', disabled: !selectedPerson, onClick: () => selectedPerson && run(() => executeAndSelect(addPartnerCommand(doc, selectedPerson.id), 'パートナーの追加')) },
                { label: '子を追加', disabled: !selectedPerson && !selectedUnion, onClick: addChild },
                { label: '親を追加', disabled: !selectedPerson, onClick: () => selectedPerson && run(() => executeAndSelect(addParentsCommand(doc, selectedPerson.id), '親の追加')) },
                { label: '関係機関を追加', onClick: addAgency },
                { label: '付箋を追加', onClick: addNote },
              ],
              [
                { label: '元に戻す', disabled: !editor.canUndo, title: editor.undoLabel ?? undefined, onClick: () => editor.undo() },
                { label: 'やり直す', disabled: !editor.canRedo, title: editor.redoLabel ?? undefined, onClick: () => editor.redo() },
              ],
              [
                { label: '自動配置', onClick: () => run(() => editor.execute(relayoutCommand(editor.doc), '自動配置')) },
                { label: '全体を表示', onClick: fit },
                { label: '付箋の列を表示', onClick: fitColumns },
              ],
              [
                { label: 'PNGで書き出す', onClick: exportPng },
                { label: 'SVGで書き出す', onClick: exportSvg },
                { label: '印刷', onClick: printBoard },
              ],
            ]}
          />
          <div className="board-body">
            <div className="board-canvas" ref={frame}>
              <BoardCanvas
                doc={roomDoc}
                editor={editor}
                stageRef={stageRef}
                width={size.width}
                height={size.height}
                selection={selection}
                onSelect={setSelection}
                labelOf={labelOf}
                meetingDate={today}
                large={projector}
                onEndGroup={endGroup}
                onNotationChange={setNotation}
                onShiftSelectPerson={shiftSelectPerson}
                onContextMenu={openMenu}
              />
              {menu && (
                <ContextMenu
                  label={menu.personId ? `${labelOf(menu.personId) || '（名前なし）'} の操作` : 'ボードの操作'}
                  at={menu.screen}
                  bounds={size}
                  actions={menuActions(menu)}
                  onClose={() => setMenu(null)}
                />
              )}
              {pickFor && <p className="board-pick" role="status">{`${labelOf(pickFor) || '（名前なし）'} との関係：相手の人物をクリックしてください（Escで取りやめ）`}</p>}
              <Frozen version={panelVersion}>
                <BoardContents doc={roomDoc} labelOf={labelOf} meetingDate={today} onSelect={setSelection} />
              </Frozen>
            </div>
            <aside className="board-side" aria-label="選択中の項目">
              <Frozen version={panelVersion}>
                <section className="board-section">
                  <h2>選択中の項目</h2>
                  {!selection && <p className="muted">ボードの人物・線・関係機関・付箋をクリックすると、ここで編集できます。</p>}
                  {pair && <PairPanel ref={pairKind} editor={editor} doc={doc} pair={pair} labelOf={labelOf} onDone={() => setSecond(null)} />}
                  {selectedPerson && <ActionsMenu label="操作" actions={personActions} />}
                  {selectedPerson && (
                    <PersonFields key={selectedPerson.id} editor={editor} doc={doc} person={selectedPerson} labelOf={(pid) => doc.persons.find((p) => p.id === pid)?.label ?? ''} onAddChild={addChildTo} onRemove={removeSelected} />
                  )}
                  {selectedUnion && (
                    <UnionFields
                      key={selectedUnion.id}
                      editor={editor}
                      doc={doc}
                      labelOf={labelOf}
                      union={selectedUnion}
                      title={`${labelOf(selectedUnion.a) || '（名前なし）'} と ${labelOf(selectedUnion.b) || '（名前なし）'}`}
                      onAddChild={addChildTo}
                    />
                  )}
                  {selectedAgency && <AgencyFields key={selectedAgency.id} editor={editor} doc={doc} agency={selectedAgency} labelOf={labelOf} onRemove={removeSelected} />}
                  {selectedNote && <NoteFields key={selectedNote.id} editor={editor} doc={doc} note={selectedNote} onRemove={removeSelected} />}
                </section>
                <HouseholdPanel editor={editor} doc={doc} labelOf={labelOf} />
              </Frozen>
              <ScalesPanel editor={editor} doc={doc} ratedBy={operatorName} today={today} onEndGroup={endGroup} />
              <SnapshotPanel
                key={meetingTitle ?? ''}
                snapshots={store.snapshots}
                defaultLabel={meetingTitle ?? `${today} の記録`}
                meetingId={meetingId}
                onSave={saveSnapshot}
                personLabel={personLabel}
              />
            </aside>
          </div>
        </>
      )}
      {print && <BoardPrint key={print.n} svg={print.svg} masked={print.masked} />}
    </div>
  );
}
