// 次第: the meeting's program in order, with the time each entry starts, around the 確認 / 協議 case blocks.
// Items are added, edited and removed here (removal asks first); entries move by mouse (dnd-kit) and by keys
// on the focused row (Ctrl+↑/↓), and the focus follows the row it moved. The backend keeps the order
// (agenda.moveEntry); this list only says where to.
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { isBlock, type ProgramItemFields } from '../../../../shared/meeting/program';
import type { ScheduledEntry } from '../../../../shared/meeting/program-schedule';
import { ConfirmDialog } from '../ConfirmDialog';
import type { CardCommand } from '../../lib/triage-keys';
import { ProgramItemForm } from './ProgramItemForm';
import { entryLabel, ProgramRow } from './ProgramRow';

interface Props {
  schedule: readonly ScheduledEntry[];
  /** Minutes the whole 次第 takes, and the meeting's planned minutes. */
  totalSeconds: number;
  plannedMinutes: number;
  caseCounts: { quick: number; deep: number };
  agencyNames: readonly string[];
  busy: boolean;
  onAdd(fields: ProgramItemFields): Promise<boolean>;
  onUpdate(id: string, fields: ProgramItemFields): Promise<boolean>;
  onRemove(id: string): Promise<boolean>;
  onMove(key: string, index: number): Promise<boolean>;
}

export function ProgramList(props: Props) {
  const id = useId();
  const { schedule } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<ScheduledEntry | null>(null);
  const [status, setStatus] = useState('');
  const [stop, setStop] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<string | null>(null);
  const localOrder = useRef<string[] | null>(null);
  const inFlight = useRef(0);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const keys = schedule.map((s) => s.key);

  // After a move by keys the row is rendered anew at its place (moving a focused node drops its focus): give
  // it the focus back before the next key can arrive, i.e. in the same task as the render (a layout effect).
  useLayoutEffect(() => {
    // The order on screen is the backend's again once no move is waiting for its answer.
    if (inFlight.current === 0) localOrder.current = null;
    const key = focusAfter.current;
    if (!key) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-entry="${CSS.escape(key)}"]`);
    if (row) {
      focusAfter.current = null;
      row.focus();
    }
  }, [schedule]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    void props.onMove(String(active.id), keys.indexOf(String(over.id)));
  };

  const onCommand = (index: number, command: CardCommand) => {
    const row = (i: number) => list.current?.querySelector<HTMLElement>(`[data-entry="${CSS.escape(keys[i]!)}"]`);
    if (command.kind === 'focus') {
      const to = { previous: index - 1, next: index + 1, first: 0, last: keys.length - 1 }[command.to];
      row(Math.max(0, Math.min(keys.length - 1, to)))?.focus();
    } else if (command.kind === 'move') {
      if (command.direction !== 'up' && command.direction !== 'down') return;
      // Moves pressed faster than the backend answers count from the order they leave, not the one on screen.
      const base = localOrder.current ?? keys;
      const key = keys[index]!;
      const from = base.indexOf(key);
      const to = from + (command.direction === 'up' ? -1 : 1);
      if (to < 0 || to >= base.length) return setStatus('その方向には移動できません。');
      const next = base.filter((k) => k !== key);
      next.splice(to, 0, key);
      localOrder.current = next;
      inFlight.current += 1;
      focusAfter.current = key;
      void props.onMove(key, to).then((ok) => {
        // Not cleared here: the answer's render may come later, and a key pressed before it would count from
        // the order still on screen. The layout effect clears it with that render.
        inFlight.current -= 1;
        if (ok) setStatus(`${entryLabel(schedule[index]!)} を${to + 1}番目に移動しました。`);
      });
    }
  };

  const over = props.totalSeconds > props.plannedMinutes * 60;
  return (
    <section className="detail-section program-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>次第</h2>
      <p className={over ? 'over-text' : 'muted'}>
        合計 {Math.round(props.totalSeconds / 60)}分 / 予定 {props.plannedMinutes}分
        {over ? `（${Math.round(props.totalSeconds / 60 - props.plannedMinutes)}分 超過）` : ''}
      </p>
      <p className="hint">
        行を選んで ↑↓ で移動、Ctrl+↑↓ で並べ替え、Enter で編集できます。マウスでは ⠿ をつかんで動かします。
      </p>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={keys} strategy={verticalListSortingStrategy}>
          <ol className="program-list" ref={list} aria-labelledby={`${id}-h`}>
            {schedule.map((s, index) => {
              const entry = s.entry;
              if (!isBlock(entry) && editing === entry.id)
                return (
                  <li key={s.key} className="program-row editing">
                    <ProgramItemForm
                      initial={entry}
                      agencyNames={props.agencyNames}
                      busy={props.busy}
                      submitLabel="次第の項目を保存"
                      onSubmit={(fields) =>
                        props.onUpdate(entry.id, fields).then((ok) => {
                          if (ok) setEditing(null);
                          return ok;
                        })
                      }
                      onCancel={() => setEditing(null)}
                    />
                  </li>
                );
              return (
                <ProgramRow
                  key={s.key}
                  scheduled={s}
                  caseCount={isBlock(entry) ? props.caseCounts[entry.block] : 0}
                  tabStop={(keys.includes(stop ?? '') ? stop : keys[0]) === s.key}
                  onFocusRow={() => setStop(s.key)}
                  onCommand={(command) => onCommand(index, command)}
                  onEdit={() => !isBlock(entry) && setEditing(entry.id)}
                  onRemove={() => setRemoving(s)}
                />
              );
            })}
          </ol>
        </SortableContext>
      </DndContext>
      <details className="program-add">
        <summary>次第に項目を追加</summary>
        <ProgramItemForm
          agencyNames={props.agencyNames}
          busy={props.busy}
          submitLabel="次第に追加"
          onSubmit={props.onAdd}
        />
      </details>
      {removing && !isBlock(removing.entry) && (
        <ConfirmDialog
          title="次第から削除"
          confirmLabel="削除"
          onConfirm={() => {
            const target = removing.entry;
            setRemoving(null);
            if (!isBlock(target)) void props.onRemove(target.id);
          }}
          onCancel={() => setRemoving(null)}
        >
          <p>「{removing.entry.title}」を次第から削除します。会議中のメモも消えます。</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
