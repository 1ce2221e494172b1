// One entry of the 次第 list: start time, kind, title, presenter, minutes. A non-case item can be edited and
// removed; a case block (確認 / 協議) only moves, its cases are arranged on the triage board below. The row
// is the keyboard's stop (↑/↓ focus, Ctrl+↑/↓ move: lib/triage-keys.ts); the handle carries dnd-kit's listeners.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEvent } from 'react';
import { BLOCK_LABELS, isBlock } from '../../../../shared/meeting/program';
import type { ScheduledEntry } from '../../../../shared/meeting/program-schedule';
import { cardCommand, type CardCommand } from '../../lib/triage-keys';

interface Props {
  scheduled: ScheduledEntry;
  /** For a case block: how many cases it holds. */
  caseCount: number;
  /** The list's one Tab stop (a roving focus, like the triage board's columns). */
  tabStop: boolean;
  onFocusRow(): void;
  onCommand(command: CardCommand): void;
  onEdit(): void;
  onRemove(): void;
}

const minutesOf = (seconds: number) => `${Math.round(seconds / 6) / 10}分`;

export function entryLabel(scheduled: ScheduledEntry): string {
  const { entry } = scheduled;
  return isBlock(entry) ? BLOCK_LABELS[entry.block] : entry.title;
}

export function ProgramRow({ scheduled, caseCount, tabStop, onFocusRow, onCommand, onEdit, onRemove }: Props) {
  const { entry, key } = scheduled;
  const label = entryLabel(scheduled);
  const sortable = useSortable({ id: key, attributes: { roleDescription: '並べ替えできる次第の項目' } });
  const style = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    const command = cardCommand(event);
    if (!command || command.kind === 'select') return;
    event.preventDefault();
    if (command.kind === 'open') {
      if (!isBlock(entry)) onEdit();
      return;
    }
    onCommand(command);
  };
  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={`program-row${isBlock(entry) ? ' program-block' : ''}${scheduled.late ? ' late' : ''}${sortable.isDragging ? ' dragging' : ''}`}
    >
      <article
        tabIndex={tabStop ? 0 : -1}
        onFocus={onFocusRow}
        aria-label={`${scheduled.start} ${label}`}
        data-entry={key}
        aria-keyshortcuts="ArrowUp ArrowDown Control+ArrowUp Control+ArrowDown Enter"
        onKeyDown={onKeyDown}
      >
        <button
          type="button"
          ref={sortable.setActivatorNodeRef}
          className="drag-handle"
          {...sortable.attributes}
          {...sortable.listeners}
          tabIndex={-1}
          aria-label={`${label} を移動`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="program-start">{scheduled.start}</span>
        <span className="program-kind">{isBlock(entry) ? 'ケース' : entry.kind}</span>
        <span className="program-title">
          {label}
          {isBlock(entry) && <span className="muted">（{caseCount}件）</span>}
          {scheduled.late && <span className="late-mark">予定時間に入りません</span>}
        </span>
        <span className="program-presenter">{isBlock(entry) ? '' : (entry.presenter ?? '')}</span>
        <span className="program-minutes">{minutesOf(scheduled.seconds)}</span>
        {!isBlock(entry) && (
          <span className="program-actions">
            <button type="button" tabIndex={-1} onClick={onEdit} aria-label={`${label} を編集`}>
              編集
            </button>
            <button type="button" tabIndex={-1} onClick={onRemove} aria-label={`${label} を削除`}>
              削除
            </button>
          </span>
        )}
        {!isBlock(entry) && entry.notes && <p className="program-notes-text">{entry.notes}</p>}
      </article>
    </li>
  );
}
