// 振り分け: the three columns 確認 / 協議 / 保留. Cards move by mouse and by keyboard (dnd-kit's keyboard
// sensor with Japanese announcements); the backend decides the new order (agenda.move) and records who
// overrode the rules. A move against the rules asks for an optional reason first.
// Named TriageBoard so that "Board" alone means the whiteboard (components/board/).
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LedgerCase } from '../../../../shared/ledger/case';
import type { Budget } from '../../../../shared/meeting/budget';
import {
  GROUP_LABELS,
  GROUPS,
  type AgendaItem,
  type DraftDecision,
  type Group,
  type TriageSettings,
} from '../../../../shared/meeting/types';
import { AgendaCard, CardPreview } from './AgendaCard';
import {
  makeAnnouncements,
  SCREEN_READER_INSTRUCTIONS,
  type AnnouncementMemory,
  type DropTarget,
} from './board-announcements';
import { ReasonDialog } from './ReasonDialog';

export interface Move {
  caseNo: string;
  group: Group;
  index: number;
  reason: string | null;
}

interface Props {
  items: readonly AgendaItem[];
  cases: ReadonlyMap<string, LedgerCase>;
  meetingDate: string;
  masked: boolean;
  budget: Budget;
  defaultDeepMinutes: number;
  /** The setting that says which reasons are danger signals (the card's 「危険のサイン」 mark). */
  dangerReasons: TriageSettings['dangerReasons'];
  agencyNames: readonly string[];
  selected: ReadonlySet<string>;
  onSelect(caseNo: string, selected: boolean): void;
  onMove(move: Move): void;
  onSaveDraft(caseNo: string, draft: DraftDecision): Promise<boolean>;
  onSaveMinutes(caseNo: string, minutes: number | null): void;
}

const COLUMN_PREFIX = 'column:';

export function groupItems(items: readonly AgendaItem[]): Record<Group, AgendaItem[]> {
  const byGroup: Record<Group, AgendaItem[]> = { quick: [], deep: [], hold: [] };
  for (const item of items) byGroup[item.group].push(item);
  for (const g of GROUPS) byGroup[g].sort((a, b) => a.order - b.order);
  return byGroup;
}

export function TriageBoard(props: Props) {
  const id = useId();
  const columns = useMemo(() => groupItems(props.items), [props.items]);
  const [pending, setPending] = useState<Move | null>(null);
  const [carried, setCarried] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const targetOf = (overId: string | number): DropTarget | null => {
    const key = String(overId);
    if (key.startsWith(COLUMN_PREFIX)) return { group: key.slice(COLUMN_PREFIX.length) as Group, index: null };
    for (const g of GROUPS) {
      const index = columns[g].findIndex((i) => i.caseNo === key);
      if (index >= 0) return { group: g, index };
    }
    return null;
  };
  const memory = useRef<AnnouncementMemory>({ lastOver: undefined });
  const announcements = makeAnnouncements(targetOf, memory.current);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setCarried(null);
    if (!over) return;
    const caseNo = String(active.id);
    const item = props.items.find((i) => i.caseNo === caseNo);
    const target = targetOf(over.id);
    if (!item || !target) return;
    const others = columns[target.group].filter((i) => i.caseNo !== caseNo);
    let index = target.index ?? others.length;
    if (target.index !== null && target.group !== item.group) {
      // Dropped on a card of another column: below its middle means after it.
      const dragged = active.rect.current.translated;
      if (dragged && dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2) index += 1;
    }
    index = Math.min(index, others.length);
    const current = columns[item.group].findIndex((i) => i.caseNo === caseNo);
    if (target.group === item.group && index === current) return;
    const move: Move = { caseNo, group: target.group, index, reason: null };
    if (target.group !== item.group && target.group !== item.ruleGroup) setPending(move);
    else props.onMove(move);
  };

  const carriedItem = carried ? props.items.find((i) => i.caseNo === carried) : undefined;
  const pendingItem = pending ? props.items.find((i) => i.caseNo === pending.caseNo) : undefined;
  return (
    <section className="board-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>振り分け</h2>
      <p className="hint">
        カードの左端のつまみをドラッグするか、つまみにフォーカスしてスペースキーで持ち上げ、矢印キーで移動してスペースキーで置きます。
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragStart={({ active }) => setCarried(String(active.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setCarried(null)}
        accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
      >
        <div className="board">
          {GROUPS.map((group) => (
            <TriageColumn
              key={group}
              group={group}
              items={columns[group]}
              cutoff={props.budget.cutoff?.group === group ? props.budget.cutoff.index : null}
            >
              {(item) => (
                <AgendaCard
                  key={item.caseNo}
                  item={item}
                  case={props.cases.get(item.caseNo)}
                  meetingDate={props.meetingDate}
                  masked={props.masked}
                  defaultDeepMinutes={props.defaultDeepMinutes}
                  dangerReasons={props.dangerReasons}
                  agencyNames={props.agencyNames}
                  selected={props.selected.has(item.caseNo)}
                  onSelect={(s) => props.onSelect(item.caseNo, s)}
                  onSaveDraft={(draft) => props.onSaveDraft(item.caseNo, draft)}
                  onSaveMinutes={(m) => props.onSaveMinutes(item.caseNo, m)}
                />
              )}
            </TriageColumn>
          ))}
        </div>
        {/* Sortable items only shift inside their own column; the overlay shows the card crossing columns. */}
        <DragOverlay>
          {carriedItem && (
            <CardPreview
              item={carriedItem}
              case={props.cases.get(carriedItem.caseNo)}
              meetingDate={props.meetingDate}
              masked={props.masked}
              dangerReasons={props.dangerReasons}
            />
          )}
        </DragOverlay>
      </DndContext>
      {pending && pendingItem && (
        <ReasonDialog
          description={`${pending.caseNo} を ${GROUP_LABELS[pendingItem.group]} から ${GROUP_LABELS[pending.group]} へ移動します。規則による振り分けは ${GROUP_LABELS[pendingItem.ruleGroup]} です。`}
          onRecord={(reason) => {
            setPending(null);
            props.onMove({ ...pending, reason });
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}

interface ColumnProps {
  group: Group;
  items: AgendaItem[];
  /** Index of the first card that does not fit in the planned time. */
  cutoff: number | null;
  children(item: AgendaItem): ReactNode;
}

function TriageColumn({ group, items, cutoff, children }: ColumnProps) {
  const id = useId();
  const droppable = useDroppable({ id: `${COLUMN_PREFIX}${group}`, data: { group } });
  return (
    <section
      ref={droppable.setNodeRef}
      className={`board-column column-${group}${droppable.isOver ? ' over' : ''}`}
      aria-label={GROUP_LABELS[group]}
    >
      <h3 id={`${id}-h`}>
        {GROUP_LABELS[group]} <span className="column-count">{items.length}件</span>
      </h3>
      <SortableContext id={group} items={items.map((i) => i.caseNo)} strategy={verticalListSortingStrategy}>
        <ul className="card-list" aria-labelledby={`${id}-h`}>
          {items.map((item, index) => (
            <FragmentWithCutoff key={item.caseNo} showLine={cutoff === index}>
              {children(item)}
            </FragmentWithCutoff>
          ))}
        </ul>
      </SortableContext>
      {items.length === 0 && <p className="column-empty">ここにカードを置けます</p>}
    </section>
  );
}

function FragmentWithCutoff({ showLine, children }: { showLine: boolean; children: ReactNode }) {
  return (
    <>
      {showLine && (
        <li className="cutoff-line" role="separator" aria-label="ここから後は予定時間に入りません">
          ここから後は予定時間に入りません
        </li>
      )}
      {children}
    </>
  );
}
