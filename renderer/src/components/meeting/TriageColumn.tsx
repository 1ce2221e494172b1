// One column of the triage board (確認 / 協議 / 保留): a drop target for dnd-kit and a list of cards with the
// time line drawn before the first card that does not fit.
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useId, type ReactNode } from 'react';
import { GROUP_LABELS, type AgendaItem, type Group } from '../../../../shared/meeting/types';

export const COLUMN_PREFIX = 'column:';

interface ColumnProps {
  group: Group;
  items: AgendaItem[];
  /** Index of the first card that does not fit in the planned time. */
  cutoff: number | null;
  selectedCount: number;
  children(item: AgendaItem): ReactNode;
}

export function TriageColumn({ group, items, cutoff, selectedCount, children }: ColumnProps) {
  const id = useId();
  const droppable = useDroppable({ id: `${COLUMN_PREFIX}${group}`, data: { group } });
  return (
    <section
      ref={droppable.setNodeRef}
      className={`board-column column-${group}${droppable.isOver ? ' over' : ''}`}
      aria-label={GROUP_LABELS[group]}
      data-column={group}
    >
      <h3 id={`${id}-h`}>
        {GROUP_LABELS[group]} <span className="column-count">{items.length}件</span>
        {selectedCount > 0 && <span className="column-selected">（{selectedCount}件選択中）</span>}
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
