// The item on screen: previous / next, its timer, its facts, and its decision — 確認 on the 事務局案 (or out
// to 協議) for a 確認 case, the 協議 form for a 協議 case. Corrections after the end go through 会議を再開する.
// The navigation row stays put while the item below it scrolls (console.css), so 前へ/次へ and the case on
// screen are always in view; a new item is shown from its top (useShowItemTop).
import { useRef } from 'react';
import { startingDecision, type Decision } from '../../../../shared/meeting/decision';
import { itemKey, type LiveCommand } from '../../../../shared/meeting/live';
import type { ProgramItem } from '../../../../shared/meeting/program';
import { formatDuration, type TimerReading } from '../../../../shared/meeting/timers';
import { GROUP_LABELS, type AgendaItem, type DraftDecision, type Meeting } from '../../../../shared/meeting/types';
import type { LedgerCase } from '../../../../shared/ledger/case';
import { nameWithKana } from '../../../../shared/text/name-kana';
import type { DateStyle } from '../../lib/date-style';
import { useOpenBoard } from '../board/open-board';
import { CaseFacts } from './CaseFacts';
import { DecisionForm } from './DecisionForm';
import { ProgramItemPanel } from './ProgramItemPanel';
import { ariaKeys, KeyHint } from './useConsoleKeys';
import { useShowItemTop } from './useShowItemTop';

interface Props {
  meeting: Meeting;
  dateStyle: DateStyle;
  current: AgendaItem | null;
  /** The non-case 次第 item on screen, when that is what the meeting is on (then `current` is null). */
  programItem: ProgramItem | null;
  /** Every live key in run order: 次第 items and cases (for "3 / 12"). */
  order: readonly string[];
  cases: ReadonlyMap<string, LedgerCase>;
  decisions: ReadonlyMap<string, Decision>;
  itemClock: TimerReading | null;
  started: boolean;
  ended: boolean;
  timerRunning: boolean;
  /** The current item is a 確認 case without a recorded decision. */
  currentIsOpenQuick: boolean;
  agencyNames: readonly string[];
  labelOf(caseNo: string): string;
  draftOf(item: AgendaItem): DraftDecision;
  send(cmd: LiveCommand): void;
  confirm(caseNos: string[]): void;
  moveTo(caseNo: string, group: 'quick' | 'deep'): Promise<void>;
}

export function CurrentItem({
  meeting,
  dateStyle,
  current,
  programItem,
  order,
  cases,
  decisions,
  itemClock,
  started,
  ended,
  timerRunning,
  currentIsOpenQuick,
  agencyNames,
  labelOf,
  draftOf,
  send,
  confirm,
  moveTo,
}: Props) {
  const meetingId = meeting.id;
  const openBoard = useOpenBoard();
  const sectionRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const currentKey = programItem ? itemKey(programItem.id) : (current?.caseNo ?? null);
  useShowItemTop(currentKey, sectionRef, bodyRef, headingRef);
  return (
    <section className="console-current" aria-labelledby="current-title" ref={sectionRef}>
      <div className="current-nav">
        <button
          type="button"
          disabled={!started || ended}
          aria-keyshortcuts={ariaKeys('previous')}
          onClick={() => send({ type: 'previous' })}
        >
          前へ <KeyHint action="previous" />
        </button>
        {/* Focusable from script only: where keyboard users land when the item they were in went away. */}
        <h2 id="current-title" ref={headingRef} tabIndex={-1}>
          {programItem ? (
            <>
              <span className="group-tag">{programItem.kind}</span> {programItem.title}{' '}
              <span className="muted">
                {order.indexOf(itemKey(programItem.id)) + 1} / {order.length}
              </span>
            </>
          ) : current ? (
            <>
              {labelOf(current.caseNo)} <span className="group-tag">{GROUP_LABELS[current.group]}</span>{' '}
              <span className="muted">
                {order.indexOf(current.caseNo) + 1} / {order.length}
              </span>
            </>
          ) : started ? (
            '議題がありません'
          ) : (
            '会議を開始すると最初の議題が表示されます'
          )}
        </h2>
        <button
          type="button"
          disabled={!started || ended}
          aria-keyshortcuts={ariaKeys('next')}
          onClick={() => send({ type: 'next' })}
        >
          次へ <KeyHint action="next" />
        </button>
      </div>
      <div className="current-body" ref={bodyRef}>
        {(current || programItem) && itemClock && (
          <div className="item-timer">
            <span className={`timer-big tone-${itemClock.tone}`} role="timer" aria-label="この議題の経過時間">
              {formatDuration(itemClock.elapsedMs)} / {formatDuration(itemClock.budgetMs)}
              {itemClock.tone === 'over' ? ' 超過' : ''}
            </span>
            <button
              type="button"
              disabled={ended}
              aria-keyshortcuts={ariaKeys('timer')}
              onClick={() => send({ type: 'timer', running: !timerRunning })}
            >
              {timerRunning ? '一時停止' : 'タイマー開始'} <KeyHint action="timer" />
            </button>
          </div>
        )}
        {programItem && <ProgramItemPanel meetingId={meetingId} item={programItem} ended={ended} />}
        {current && (
          <>
            <div className="inline-row">
              {cases.get(current.caseNo)?.name && (
                <p className="current-name">
                  {nameWithKana(cases.get(current.caseNo)?.name ?? null, cases.get(current.caseNo)?.kana ?? null)}
                </p>
              )}
              {openBoard && (
                <button type="button" onClick={() => openBoard({ caseNo: current.caseNo, meetingId })}>
                  ホワイトボードを開く
                </button>
              )}
            </div>
            <CaseFacts
              meetingId={meetingId}
              meetingDate={meeting.date}
              item={current}
              draft={draftOf(current)}
              dateStyle={dateStyle}
            />
            {current.group === 'quick' && (
              <div className="button-row">
                {currentIsOpenQuick ? (
                  <>
                    <button
                      type="button"
                      className="primary"
                      disabled={ended}
                      aria-keyshortcuts={ariaKeys('confirm')}
                      onClick={() => confirm([current.caseNo])}
                    >
                      事務局案どおり確認 <KeyHint action="confirm" />
                    </button>
                    <button
                      type="button"
                      disabled={ended}
                      aria-keyshortcuts={ariaKeys('toDeep')}
                      onClick={() => void moveTo(current.caseNo, 'deep')}
                    >
                      協議へ移す <KeyHint action="toDeep" />
                    </button>
                  </>
                ) : (
                  <p role="status">事務局案どおり確認しました。</p>
                )}
              </div>
            )}
            {current.group === 'deep' && (
              <>
                {!ended && !decisions.has(current.caseNo) && current.ruleGroup === 'quick' && (
                  <button type="button" onClick={() => void moveTo(current.caseNo, 'quick')}>
                    確認へ戻す
                  </button>
                )}
                {ended ? (
                  <p className="muted">
                    会議は終了しています。訂正するときは、会議の画面の「会議を再開する」から理由を記録して再開してください。
                  </p>
                ) : (
                  <DecisionForm
                    key={current.caseNo}
                    meetingId={meetingId}
                    caseNo={current.caseNo}
                    meetingDate={meeting.date}
                    initial={decisions.get(current.caseNo) ?? startingDecision(current.draft)}
                    stored={decisions.get(current.caseNo) ?? null}
                    agencyNames={agencyNames}
                    joint={meeting.kind === '合同ケース会議'}
                  />
                )}
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
