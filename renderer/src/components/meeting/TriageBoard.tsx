// 振り分け: the three columns 確認 / 協議 / 保留. Cards move by mouse (dnd-kit, Japanese announcements) and
// by keys on the focused card (a roving focus, hooks/useBoardFocus.ts; keys in lib/triage-keys.ts, listed
// on the board); the backend decides the new order (agenda.move) and records who overrode the rules. A move
// against the rules asks for an optional reason first; focus then returns to the card, wherever it went.
// Named TriageBoard so that "Board" alone means the whiteboard (components/board/).
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useId, useMemo, useRef, useState } from 'react';
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
import { useBoardFocus } from '../../hooks/useBoardFocus';
import { focusIndex, keyboardMove, type CardCommand } from '../../lib/triage-keys';
import { AgendaCard, CardPreview } from './AgendaCard';
import {
  makeAnnouncements,
  SCREEN_READER_INSTRUCTIONS,
  type AnnouncementMemory,
  type DropTarget,
} from './board-announcements';
import { ReasonDialog } from './ReasonDialog';
import { BoardKeys } from './BoardKeys';
import { COLUMN_PREFIX, TriageColumn } from './TriageColumn';

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

export function groupItems(items: readonly AgendaItem[]): Record<Group, AgendaItem[]> {
  const byGroup: Record<Group, AgendaItem[]> = { quick: [], deep: [], hold: [] };
  for (const item of items) byGroup[item.group].push(item);
  for (const g of GROUPS) byGroup[g].sort((a, b) => a.order - b.order);
  return byGroup;
}

export function TriageBoard(props: Props) {
  const id = useId();
  const columns = useMemo(() => groupItems(props.items), [props.items]);
  const [pending, setPending] = useState<{ move: Move; byKeys: boolean } | null>(null);
  const [carried, setCarried] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const focus = useBoardFocus(columns);

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
    request({ caseNo, group: target.group, index, reason: null }, item, false);
  };

  /** A move: straight to the backend, or through the reason dialog when it goes against the rules. */
  const request = (move: Move, item: AgendaItem, byKeys: boolean) => {
    if (move.group !== item.group && move.group !== item.ruleGroup) return setPending({ move, byKeys });
    props.onMove(move);
    focus.focusWhenIn(move.caseNo, move.group, byKeys);
  };

  const onCommand = (item: AgendaItem, command: CardCommand) => {
    const cards = columns[item.group];
    if (command.kind === 'focus') {
      const next = cards[focusIndex(cards.indexOf(item), cards.length, command.to)];
      if (next) focus.focusCard(next.caseNo);
    } else if (command.kind === 'select') {
      if (item.group !== 'quick') return focus.announce('一括変更で選択できるのは確認のケースです。');
      const on = !props.selected.has(item.caseNo);
      props.onSelect(item.caseNo, on);
      const count = cards.filter((i) => (i.caseNo === item.caseNo ? on : props.selected.has(i.caseNo))).length;
      focus.announce(`${item.caseNo} の選択を${on ? '追加' : '解除'}しました。${count}件選択中です。`);
    } else if (command.kind === 'move') {
      // An ended meeting's board is inside a disabled fieldset: it is read-only, by keys as well.
      if (focus.board.current?.closest('fieldset:disabled'))
        return focus.announce('終了した会議の振り分けは変更できません。');
      const target = keyboardMove(idsOf(columns), item.caseNo, command.direction);
      if (!target) return focus.announce('その方向には移動できません。');
      request({ caseNo: item.caseNo, group: target.group, index: target.index, reason: null }, item, true);
    }
  };

  const carriedItem = carried ? props.items.find((i) => i.caseNo === carried) : undefined;
  const pendingItem = pending ? props.items.find((i) => i.caseNo === pending.move.caseNo) : undefined;
  const selectedCount = (group: Group) => columns[group].filter((i) => props.selected.has(i.caseNo)).length;
  return (
    <section className="board-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>振り分け</h2>
      <BoardKeys />
      <p className="visually-hidden" role="status">
        {focus.announcement}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragStart={({ active }) => setCarried(String(active.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setCarried(null)}
        accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
      >
        <div className="board" ref={focus.board}>
          {GROUPS.map((group) => (
            <TriageColumn
              key={group}
              group={group}
              items={columns[group]}
              cutoff={props.budget.cutoff?.group === group ? props.budget.cutoff.index : null}
              selectedCount={selectedCount(group)}
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
                  tabStop={focus.stopOf(item.group) === item.caseNo}
                  onFocusCard={() => focus.onCardFocus(item.group, item.caseNo)}
                  onCommand={(command) => onCommand(item, command)}
                  announce={focus.announce}
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
          description={`${pending.move.caseNo} を ${GROUP_LABELS[pendingItem.group]} から ${GROUP_LABELS[pending.move.group]} へ移動します。規則による振り分けは ${GROUP_LABELS[pendingItem.ruleGroup]} です。`}
          onRecord={(reason) => {
            setPending(null);
            props.onMove({ ...pending.move, reason });
            focus.focusWhenIn(pending.move.caseNo, pending.move.group, pending.byKeys);
          }}
          onCancel={() => {
            setPending(null);
            focus.focusWhenIn(pending.move.caseNo, pendingItem.group);
            if (pending.byKeys) focus.announce(`${pending.move.caseNo} の移動をやめました。`);
          }}
        />
      )}
    </section>
  );
}

function idsOf(columns: Record<Group, AgendaItem[]>): Record<Group, string[]> {
  const ids = (group: Group) => columns[group].map((i) => i.caseNo);
  return { quick: ids('quick'), deep: ids('deep'), hold: ids('hold') };
}
