// The facilitator console: the agenda with progress and group timers, the current item with its facts and
// its decision (確認 on the 事務局案, or the 協議 form), the 確認 block, attendance and the projector's
// controls. Everything it changes goes to the backend, which the projector window follows.
import { useMemo, useState } from 'react';
import { startingDecision, type Decision } from '../../../shared/meeting/decision';
import { defaultDraft } from '../../../shared/meeting/draft';
import { meetingOrder, type LiveCommand } from '../../../shared/meeting/live';
import { maskedLabel } from '../../../shared/meeting/mask';
import { formatDuration, itemTimer, meetingTimer } from '../../../shared/meeting/timers';
import { GROUP_LABELS, type Agency, type AgendaItem, type Meeting } from '../../../shared/meeting/types';
import { formatDate } from '../../../shared/ledger/dates';
import { useApi } from '../api-context';
import { useOpenBoard } from '../components/board/open-board';
import { AgendaRail } from '../components/live/AgendaRail';
import { Attendance } from '../components/live/Attendance';
import { CaseFacts } from '../components/live/CaseFacts';
import { DecisionForm } from '../components/live/DecisionForm';
import { EndMeetingDialog } from '../components/live/EndMeetingDialog';
import { ProjectorControls } from '../components/live/ProjectorControls';
import { QuickBlock } from '../components/live/QuickBlock';
import { UnmaskDialog } from '../components/live/UnmaskDialog';
import { ariaKeys, KeyHint, useConsoleKeys } from '../components/live/useConsoleKeys';
import '../components/live/console.css';
import { useAgenda } from '../hooks/useAgenda';
import { useLive, useNow } from '../hooks/useLive';
import type { DateStyle } from '../lib/date-style';
import { errorMessage } from '../lib/errors';
import { openPresenter } from '../lib/present-window';

interface Props {
  meeting: Meeting;
  agencies: readonly Agency[];
  dateStyle: DateStyle;
  onClose(): void;
}

export function MeetingConsole({ meeting, agencies, dateStyle, onClose }: Props) {
  const api = useApi();
  const meetingId = meeting.id;
  const { agenda, settings, error: agendaError, run: runAgenda } = useAgenda(meetingId);
  const { live, error: liveError, command, run } = useLive(meetingId);
  const [ending, setEnding] = useState(false);
  const [askingUnmask, setAskingUnmask] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const now = useNow();
  const openBoard = useOpenBoard();

  const items = useMemo(() => agenda?.items ?? [], [agenda]);
  const cases = useMemo(() => new Map((agenda?.cases ?? []).map((c) => [c.caseNo, c])), [agenda]);
  const decisions = useMemo(
    () => new Map((live?.decisions ?? []).map((d) => [d.caseNo, d] as [string, Decision])),
    [live],
  );
  const agencyNames = useMemo(() => agencies.map((a) => a.name), [agencies]);
  const state = live?.state;
  const current = items.find((i) => i.caseNo === state?.current) ?? null;
  const started = state?.startedAt != null;
  const ended = state?.endedAt != null;

  const labelOf = (caseNo: string) => {
    const c = cases.get(caseNo);
    return c ? maskedLabel(c) : caseNo;
  };
  const draftOf = (item: AgendaItem) => {
    const c = cases.get(item.caseNo);
    return (
      item.draft ??
      (c
        ? defaultDraft(c, meeting.date)
        : { policy: '現方針継続', nextReview: meeting.date.slice(0, 7), leadAgency: null, note: null })
    );
  };
  const send = (cmd: LiveCommand) => void command(cmd);
  const confirm = (caseNos: string[]) => void run(() => api.call('decisions.confirm', { meetingId, caseNos }));
  const moveTo = async (caseNo: string, group: 'quick' | 'deep') => {
    const index = items.filter((i) => i.group === group).length;
    // Pulling the case on screen out to 協議 moves it to the end of the meeting: the 確認 block goes on
    // with the case that came after it.
    const order = meetingOrder(items);
    const after = caseNo === state?.current ? order[order.indexOf(caseNo) + 1] : undefined;
    const moved = await runAgenda(() =>
      api.call('agenda.move', { meetingId, caseNo, group, index, reason: '会議中に変更' }),
    );
    if (moved && after) send({ type: 'goto', caseNo: after });
  };
  const timerRunning = state?.timer.runningSince != null;
  // Masking again is always immediate; showing every case's names is asked first.
  const toggleMask = () => {
    if (!state) return;
    if (state.projector.masked) setAskingUnmask(true);
    else send({ type: 'mask', masked: true });
  };
  const currentIsOpenQuick = current?.group === 'quick' && decisions.get(current.caseNo)?.state !== 'recorded';

  // While a dialog is open the keys belong to it: → must not move the meeting behind it.
  useConsoleKeys(
    ended || !state || askingUnmask || ending
      ? {}
      : {
          next: () => started && send({ type: 'next' }),
          previous: () => started && send({ type: 'previous' }),
          timer: () => started && send({ type: 'timer', running: !timerRunning }),
          blackout: () => send({ type: 'blackout', on: !state.projector.blackout }),
          mask: toggleMask,
          confirm: () => current && currentIsOpenQuick && confirm([current.caseNo]),
          toDeep: () => current && currentIsOpenQuick && void moveTo(current.caseNo, 'deep'),
        },
  );

  if (!live || !state || !agenda) {
    return (
      <main className="meeting-console" aria-busy="true">
        <p>読み込み中…</p>
      </main>
    );
  }
  const meetingClock = meetingTimer(state, meeting.plannedMinutes, now);
  const itemClock = current ? itemTimer(state, current, settings, now) : null;
  const order = meetingOrder(items);
  const notTakenUp = order.filter((caseNo) => decisions.get(caseNo)?.state !== 'recorded');
  const errors = [agendaError, liveError, openError].filter((m): m is string => Boolean(m));

  return (
    <main className="meeting-console" aria-labelledby="console-title">
      <header className="console-head">
        <button type="button" onClick={onClose}>
          会議の準備へ戻る
        </button>
        <h1 id="console-title">{meeting.title}</h1>
        <span className="muted">
          {formatDate(meeting.date, dateStyle)} {meeting.startTime}〜
        </span>
        <span className={`console-clock tone-${meetingClock.tone}`} role="timer" aria-label="会議の経過時間">
          会議 {formatDuration(meetingClock.elapsedMs)} / {meeting.plannedMinutes}分
          {meetingClock.tone === 'over' ? '（超過）' : ''}
        </span>
        <span className="console-head-actions">
          {!started && (
            <button type="button" className="primary" onClick={() => send({ type: 'start' })}>
              会議を開始
            </button>
          )}
          <button
            type="button"
            onClick={() => openPresenter(api, meetingId).catch((e: unknown) => setOpenError(errorMessage(e)))}
          >
            投影画面を開く
          </button>
          {!ended && (
            <button type="button" className="console-danger" onClick={() => setEnding(true)}>
              会議を終了
            </button>
          )}
        </span>
      </header>
      {errors.map((m) => (
        <p key={m} role="alert" className="error banner">
          {m}
        </p>
      ))}
      {!state.projector.masked && !ended && (
        <div className="banner unmask-warning" role="alert" aria-label="マスク解除中">
          <strong>マスク解除中</strong>
          ：投影画面に全ケースの氏名が表示されています（会議の終了で自動的にマスクに戻ります）。
          <button type="button" className="primary" onClick={() => send({ type: 'mask', masked: true })}>
            マスクに戻す
          </button>
        </div>
      )}
      {ended && (
        <p className="banner" role="status">
          この会議は終了しました（{notTakenUp.length}
          件を次回へ持ち越し）。議事録と台帳への反映は会議の画面から行えます。
        </p>
      )}

      <div className="console-body">
        <AgendaRail
          items={items}
          cases={cases}
          state={state}
          decisions={decisions}
          settings={settings}
          now={now}
          onGoto={(caseNo) => send({ type: 'goto', caseNo })}
        />

        <section className="console-current" aria-labelledby="current-title">
          <div className="current-nav">
            <button
              type="button"
              disabled={!started || ended}
              aria-keyshortcuts={ariaKeys('previous')}
              onClick={() => send({ type: 'previous' })}
            >
              前へ <KeyHint action="previous" />
            </button>
            <h2 id="current-title">
              {current ? (
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
          {current && itemClock && (
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
          {current && (
            <>
              <div className="inline-row">
                {cases.get(current.caseNo)?.name && (
                  <p className="current-name">
                    {cases.get(current.caseNo)?.name}（{cases.get(current.caseNo)?.kana ?? ''}）
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
                    />
                  )}
                </>
              )}
            </>
          )}
        </section>

        <aside className="console-side" aria-label="確認・出席・投影">
          <QuickBlock
            items={items}
            cases={cases}
            decisions={decisions}
            draftOf={draftOf}
            dateStyle={dateStyle}
            disabled={!started || ended}
            onConfirm={confirm}
            onToDeep={(caseNo) => void moveTo(caseNo, 'deep')}
            onUndo={(caseNo) => void run(() => api.call('decisions.remove', { meetingId, caseNo }))}
          />
          <Attendance
            invited={[...meeting.invitedAgencies, ...meeting.invitedPeople]}
            attendees={state.attendees}
            disabled={ended}
            onChange={(attendees) => send({ type: 'attendees', attendees })}
          />
          <ProjectorControls state={state} onCommand={send} onToggleMask={toggleMask} />
        </aside>
      </div>

      <footer className="console-keys" aria-label="キーボード操作">
        <KeyHint action="next" /> 次へ　
        <KeyHint action="previous" /> 前へ　
        <KeyHint action="timer" /> タイマー　
        <KeyHint action="confirm" /> 確認　
        <KeyHint action="toDeep" /> 協議へ移す　
        <KeyHint action="blackout" /> ブラックアウト　
        <KeyHint action="mask" /> マスク切替（入力欄の外で）
      </footer>

      {askingUnmask && (
        <UnmaskDialog
          onCancel={() => setAskingUnmask(false)}
          onConfirm={() => {
            setAskingUnmask(false);
            send({ type: 'mask', masked: false, confirmed: true });
          }}
        />
      )}

      {ending && (
        <EndMeetingDialog
          notTakenUp={notTakenUp}
          labelOf={labelOf}
          onCancel={() => setEnding(false)}
          onEnd={() => {
            setEnding(false);
            send({ type: 'end' });
          }}
        />
      )}
    </main>
  );
}
