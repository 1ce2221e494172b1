// One case on the board. The card itself is the keyboard's stop (a roving focus: one card per column is in
// the Tab order, lib/triage-keys.ts says what its keys do); the controls inside it are out of the Tab order
// and reached by Enter, so that Tab goes from column to column. The handle carries dnd-kit's listeners
// (pointer, and keyboard for whoever focuses it), so the inputs inside the card stay ordinary form controls.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { LedgerCase } from '../../../../shared/ledger/case';
import { ageAt, displayDate } from '../../../../shared/ledger/dates';
import { maskedLabel } from '../../../../shared/meeting/mask';
import { dangerLabel } from '../../../../shared/meeting/triage-order';
import {
  GROUP_LABELS,
  REASON_LABELS,
  type AgendaItem,
  type DraftDecision,
  type TriageSettings,
} from '../../../../shared/meeting/types';
import { useDateStyle } from '../../lib/date-style';
import { cardCommand, type CardCommand } from '../../lib/triage-keys';
import { DraftEditor } from './DraftEditor';
import { MinutesField } from './MinutesField';

export interface CardProps {
  item: AgendaItem;
  case: LedgerCase | undefined;
  meetingDate: string;
  masked: boolean;
  defaultDeepMinutes: number;
  dangerReasons: TriageSettings['dangerReasons'];
  agencyNames: readonly string[];
  selected: boolean;
  /** This card is its column's Tab stop. */
  tabStop: boolean;
  onFocusCard(): void;
  /** Focus, move and select commands, which the board carries out (it knows the columns). */
  onCommand(command: CardCommand): void;
  announce(text: string): void;
  onSelect(selected: boolean): void;
  onSaveDraft(draft: DraftDecision): Promise<boolean>;
  onSaveMinutes(minutes: number | null): void;
}

export function caseLabel(c: LedgerCase | undefined, caseNo: string, masked: boolean): string {
  if (!c) return caseNo;
  return masked ? maskedLabel(c) : `${c.caseNo} ${c.name ?? ''}`.trim();
}

export function AgendaCard(props: CardProps) {
  const { item, case: c, masked } = props;
  const sortable = useSortable({
    id: item.caseNo,
    data: { group: item.group },
    attributes: { roleDescription: '並べ替えできるケース' },
  });
  const [editing, setEditing] = useState(false);
  const dateStyle = useDateStyle();
  const article = useRef<HTMLElement>(null);
  const minutes = useRef<HTMLInputElement>(null);
  const label = caseLabel(c, item.caseNo, masked);
  const style = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  const backToCard = () => {
    setEditing(false);
    article.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) {
      // In one of the card's fields: Esc leaves it for the card (the 事務局案 editor closes unsaved).
      if (event.key === 'Escape' && !event.defaultPrevented && !event.nativeEvent.isComposing) {
        event.preventDefault();
        backToCard();
      }
      return;
    }
    const command = cardCommand(event);
    if (!command) return;
    event.preventDefault();
    if (command.kind !== 'open') return props.onCommand(command);
    if (item.group === 'quick') setEditing(true);
    else if (item.group === 'deep') minutes.current?.focus();
  };

  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={`agenda-card${sortable.isDragging ? ' dragging' : ''}${props.selected ? ' selected' : ''}`}
    >
      <article
        ref={article}
        aria-label={item.caseNo}
        data-case-no={item.caseNo}
        tabIndex={props.tabStop ? 0 : -1}
        aria-keyshortcuts="ArrowUp ArrowDown Control+ArrowLeft Control+ArrowRight Space Enter"
        onKeyDown={onKeyDown}
        onFocus={props.onFocusCard}
      >
        <div className="card-head">
          <button
            type="button"
            ref={sortable.setActivatorNodeRef}
            className="drag-handle"
            {...sortable.attributes}
            {...sortable.listeners}
            tabIndex={-1}
            aria-label={`${item.caseNo} を移動`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          {item.group === 'quick' && (
            <input
              type="checkbox"
              aria-label={`${item.caseNo} を選択`}
              tabIndex={-1}
              checked={props.selected}
              onChange={(e) => props.onSelect(e.target.checked)}
            />
          )}
          <span className="card-label">{label}</span>
          {item.override && (
            <span className="override-mark" title={overrideText(item)}>
              変更（{item.override.by}）<span className="visually-hidden">：{overrideText(item)}</span>
            </span>
          )}
        </div>
        <CardFacts item={item} case={c} meetingDate={props.meetingDate} dangerReasons={props.dangerReasons} />
        {item.group === 'deep' && (
          <MinutesField
            ref={minutes}
            caseNo={item.caseNo}
            value={item.deepMinutes}
            fallback={props.defaultDeepMinutes}
            onSave={props.onSaveMinutes}
          />
        )}
        {item.group === 'quick' && (
          <div className="draft">
            <button
              type="button"
              className="link"
              tabIndex={-1}
              aria-expanded={editing}
              onClick={() => setEditing((v) => !v)}
            >
              事務局案
              {item.draft
                ? `：${item.draft.policy}（次回 ${displayDate(item.draft.nextReview, dateStyle)}）`
                : '：未作成'}
            </button>
            {editing && (
              <DraftEditor
                caseNo={item.caseNo}
                draft={item.draft}
                agencyNames={props.agencyNames}
                onSave={props.onSaveDraft}
                onSaved={() => {
                  backToCard();
                  props.announce(`${item.caseNo} の事務局案を保存しました。`);
                }}
              />
            )}
          </div>
        )}
      </article>
    </li>
  );
}

/**
 * Age, risk, lead agency, the 「危険のサイン」 mark and the reason chips: what the board shows of every card,
 * also while it is carried. The mark names the signals that put the case first in 協議 (triage-order.ts).
 */
function CardFacts({
  item,
  case: c,
  meetingDate,
  dangerReasons,
}: {
  item: AgendaItem;
  case: LedgerCase | undefined;
  meetingDate: string;
  dangerReasons: TriageSettings['dangerReasons'];
}) {
  const age = c ? ageAt(c.birthDate, meetingDate) : null;
  const danger = dangerLabel(item.reasons, c?.riskLevel ?? null, dangerReasons);
  return (
    <>
      <div className="card-meta">
        <span>{age === null ? '年齢不明' : `${age}歳`}</span>
        <span className={`risk risk-${c?.riskLevel ?? 'none'}`}>{c?.riskLevel ?? '重症度なし'}</span>
        <span>{c?.leadAgency ?? '主担当なし'}</span>
        {danger && (
          <span className="danger-mark" title={danger}>
            危険のサイン<span className="visually-hidden">：{danger}</span>
          </span>
        )}
      </div>
      <ul className="reason-chips" aria-label="理由">
        {item.reasons.map((r) => (
          <li key={r} className={`chip chip-${r}`}>
            {REASON_LABELS[r]}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The copy of a card that follows the pointer or the keyboard across columns (dnd-kit's DragOverlay). */
export function CardPreview({
  item,
  case: c,
  meetingDate,
  masked,
  dangerReasons,
}: {
  item: AgendaItem;
  case: LedgerCase | undefined;
  meetingDate: string;
  masked: boolean;
  dangerReasons: TriageSettings['dangerReasons'];
}) {
  return (
    <div className="agenda-card preview" aria-hidden="true">
      <div className="card-head">
        <span className="drag-handle button-like">⠿</span>
        <span className="card-label">{caseLabel(c, item.caseNo, masked)}</span>
      </div>
      <CardFacts item={item} case={c} meetingDate={meetingDate} dangerReasons={dangerReasons} />
    </div>
  );
}

function overrideText(item: AgendaItem): string {
  const o = item.override;
  if (!o) return '';
  const reason = o.reason ? `、理由: ${o.reason}` : '';
  return `${o.by} が ${GROUP_LABELS[o.from]} から ${GROUP_LABELS[o.to]} へ変更（規則では ${GROUP_LABELS[item.ruleGroup]}${reason}）`;
}
