// The facilitator console: the agenda with progress and group timers, the current item with its facts and
// its decision (確認 on the 事務局案, or the 協議 form), the 確認 block, attendance and the projector's
// controls. Everything it changes goes to the backend, which the projector window follows.
import { useMemo, useState } from 'react';
import type { Decision } from '../../../shared/meeting/decision';
import { defaultDraft } from '../../../shared/meeting/draft';
import { itemIdOf, runOrder, type LiveCommand } from '../../../shared/meeting/live';
import { CASES_ONLY_PROGRAM, itemsOf } from '../../../shared/meeting/program';
import { maskedLabel } from '../../../shared/meeting/mask';
import { itemTimer, meetingTimer, programItemTimer } from '../../../shared/meeting/timers';
import type { Agency, AgendaItem, Meeting } from '../../../shared/meeting/types';
import { useApi } from '../api-context';
import { AgendaRail } from '../components/live/AgendaRail';
import { Attendance } from '../components/live/Attendance';
import { ConsoleHeader } from '../components/live/ConsoleHeader';
import { CurrentItem } from '../components/live/CurrentItem';
import { EndMeetingDialog } from '../components/live/EndMeetingDialog';
import { ProjectorControls } from '../components/live/ProjectorControls';
import { QuickBlock } from '../components/live/QuickBlock';
import { UnmaskDialog } from '../components/live/UnmaskDialog';
import { KeyHint, useConsoleKeys } from '../components/live/useConsoleKeys';
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

  const items = useMemo(() => agenda?.items ?? [], [agenda]);
  const program = useMemo(() => agenda?.program ?? CASES_ONLY_PROGRAM, [agenda]);
  const order = useMemo(() => runOrder(program, items), [program, items]);
  const cases = useMemo(() => new Map((agenda?.cases ?? []).map((c) => [c.caseNo, c])), [agenda]);
  const decisions = useMemo(
    () => new Map((live?.decisions ?? []).map((d) => [d.caseNo, d] as [string, Decision])),
    [live],
  );
  const agencyNames = useMemo(() => agencies.map((a) => a.name), [agencies]);
  const state = live?.state;
  const current = items.find((i) => i.caseNo === state?.current) ?? null;
  const currentItemId = itemIdOf(state?.current ?? null);
  const programItem = itemsOf(program).find((e) => e.id === currentItemId) ?? null;
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
  const itemClock = programItem
    ? programItemTimer(state, programItem, now)
    : current
      ? itemTimer(state, current, settings, now)
      : null;
  const notTakenUp = order.filter((key) => itemIdOf(key) === null && decisions.get(key)?.state !== 'recorded');
  const errors = [agendaError, liveError, openError].filter((m): m is string => Boolean(m));

  return (
    <main className="meeting-console" aria-labelledby="console-title">
      <ConsoleHeader
        meeting={meeting}
        dateStyle={dateStyle}
        meetingClock={meetingClock}
        started={started}
        ended={ended}
        masked={state.projector.masked}
        notTakenUp={notTakenUp.length}
        errors={errors}
        onClose={onClose}
        onStart={() => send({ type: 'start' })}
        onOpenPresenter={() => openPresenter(api, meetingId).catch((e: unknown) => setOpenError(errorMessage(e)))}
        onEnd={() => setEnding(true)}
        onMask={() => send({ type: 'mask', masked: true })}
      />

      <div className="console-body">
        <AgendaRail
          items={items}
          program={program}
          cases={cases}
          state={state}
          decisions={decisions}
          settings={settings}
          now={now}
          onGoto={(caseNo) => send({ type: 'goto', caseNo })}
        />

        <CurrentItem
          meeting={meeting}
          dateStyle={dateStyle}
          current={current}
          programItem={programItem}
          order={order}
          cases={cases}
          decisions={decisions}
          itemClock={itemClock}
          started={started}
          ended={ended}
          timerRunning={timerRunning}
          currentIsOpenQuick={currentIsOpenQuick}
          agencyNames={agencyNames}
          labelOf={labelOf}
          draftOf={draftOf}
          send={send}
          confirm={confirm}
          moveTo={moveTo}
        />

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
