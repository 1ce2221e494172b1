// One meeting: agencies' reports, the agenda suggestion, the board with its time bar and 事務局案, the handout.
import { useId, useMemo, useState } from 'react';
import { formatDate } from '../../../shared/ledger/dates';
import { computeBudget } from '../../../shared/meeting/budget';
import { CASES_ONLY_PROGRAM, itemsOf } from '../../../shared/meeting/program';
import { statusChoices } from '../../../shared/meeting/status';
import { dangerLabel } from '../../../shared/meeting/triage-order';
import type { Agency, DraftDecision, Meeting, MeetingStatus } from '../../../shared/meeting/types';
import { useApi } from '../api-context';
import { MeetingBoardPicker } from '../components/board/MeetingBoardPicker';
import { TriageBoard, type Move } from '../components/meeting/TriageBoard';
import { caseLabel } from '../components/meeting/AgendaCard';
import { HoldOverflowDialog, type DangerPastLine } from '../components/meeting/HoldOverflowDialog';
import { BulkDraft } from '../components/meeting/BulkDraft';
import { CaseMarks } from '../components/meeting/CaseMarks';
import { HandoutExport } from '../components/meeting/HandoutExport';
import { MeetingEditDialog } from '../components/meeting/MeetingEditDialog';
import { MinutesPanel } from '../components/meeting/MinutesPanel';
import { MeetingProgram } from '../components/meeting/MeetingProgram';
import { ReportForm } from '../components/meeting/ReportForm';
import { ReopenMeeting } from '../components/meeting/ReopenMeeting';
import { ReportImport } from '../components/meeting/ReportImport';
import { TimeBar } from '../components/meeting/TimeBar';
import { WritebackPanel } from '../components/meeting/WritebackPanel';
import { CaseSheetsPanel } from '../components/requests/CaseSheetsPanel';
import { RequestsPanel } from '../components/requests/RequestsPanel';
import { ReturnsPanel } from '../components/requests/ReturnsPanel';
import { useAgenda } from '../hooks/useAgenda';
import { useDateProblems } from '../hooks/useDateProblems';
import { DateField } from '../components/DateField';
import type { DateStyle } from '../lib/date-style';
import { consoleMeetingFromHash, setConsoleRoute } from '../lib/console-route';
import { errorMessage } from '../lib/errors';
import { MeetingConsole } from './MeetingConsole';

interface Props {
  meeting: Meeting;
  agencies: readonly Agency[];
  dateStyle: DateStyle;
  onBack(): void;
}

export function MeetingDetail({ meeting, agencies, dateStyle, onBack }: Props) {
  const api = useApi();
  const id = useId();
  const meetingId = meeting.id;
  const { agenda, settings, error, busy, run } = useAgenda(meetingId);
  const [masked, setMasked] = useState(true);
  const [allActive, setAllActive] = useState(false);
  const [since, setSince] = useState('');
  const sinceDate = useDateProblems();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [statusError, setStatusError] = useState<string | null>(null);
  const [running, setRunning] = useState(() => consoleMeetingFromHash() === meeting.id);
  const showConsole = (on: boolean) => {
    setConsoleRoute(on ? meetingId : null);
    setRunning(on);
  };
  // The list reloads on 'meetings.changed' and hands the updated meeting back down.
  const setStatus = (status: MeetingStatus) => {
    setStatusError(null);
    api
      .call('meetings.update', { id: meetingId, changes: { status } })
      .catch((e: unknown) => setStatusError(errorMessage(e)));
  };

  // Ended: the backend refuses every change until the meeting is reopened; the controls say so by being off.
  const ended = meeting.status === '終了';
  // Held (or being held): the minutes and the write-back, with their logs, stay in view, also after a reopening.
  const held = meeting.status === '進行中' || ended;
  const choices = statusChoices(meeting.status);
  const items = useMemo(() => agenda?.items ?? [], [agenda]);
  const cases = useMemo(() => new Map((agenda?.cases ?? []).map((c) => [c.caseNo, c])), [agenda]);
  const program = agenda?.program ?? CASES_ONLY_PROGRAM;
  // A meeting runs once its cases are suggested; a 代表者会議 (報告 and 協議事項, rarely a case) runs on its 次第
  // alone, with no suggestion asked for first.
  const runnable =
    agenda !== undefined &&
    agenda !== null &&
    (agenda.suggested || (meeting.kind === '代表者会議' && itemsOf(program).length > 0));
  const budget = useMemo(
    () => computeBudget(items, meeting.plannedMinutes, settings, program),
    [items, meeting.plannedMinutes, settings, program],
  );
  const agencyNames = useMemo(() => agencies.map((a) => a.name), [agencies]);
  const quickSelected = [...selected].filter((caseNo) => items.some((i) => i.caseNo === caseNo && i.group === 'quick'));

  // A 前回の会議日 still being fixed would suggest from the last valid one: wait for it (its error shows).
  const suggest = () => {
    if (!sinceDate.invalid)
      void run(() => api.call('agenda.suggest', { meetingId, allActive, ...(since ? { since } : {}) }));
  };
  const move = (m: Move) =>
    void run(() =>
      api.call('agenda.move', { meetingId, caseNo: m.caseNo, group: m.group, index: m.index, reason: m.reason }),
    );
  const saveDraft = (caseNo: string, draft: DraftDecision) =>
    run(() => api.call('agenda.updateItem', { meetingId, caseNo, draft }));
  const saveMinutes = (caseNo: string, deepMinutes: number | null) =>
    void run(() => api.call('agenda.updateItem', { meetingId, caseNo, deepMinutes }));
  const bulk = (changes: Partial<DraftDecision>) =>
    run(() => api.call('agenda.bulkDraft', { meetingId, caseNos: quickSelected, changes }));
  // The cases past the time line that have a danger signal: 「保留へ」 names them and asks first.
  const dangerPast = useMemo(
    () =>
      budget.overflow.flatMap((caseNo): DangerPastLine[] => {
        const item = items.find((i) => i.caseNo === caseNo);
        const c = cases.get(caseNo);
        const signals = item ? dangerLabel(item.reasons, c?.riskLevel ?? null, settings.dangerReasons) : null;
        return signals ? [{ caseNo, label: caseLabel(c, caseNo, masked), signals }] : [];
      }),
    [budget.overflow, items, cases, settings.dangerReasons, masked],
  );
  const [askHold, setAskHold] = useState(false);
  const holdOverflow = () => {
    if (dangerPast.length > 0) setAskHold(true);
    else hold(budget.overflow);
  };
  const hold = (overflow: readonly string[]) => {
    setAskHold(false);
    if (overflow.length === 0) return;
    void run(async () => {
      let result = agenda;
      // One move at a time: each answer is the agenda the next index is counted in.
      for (const caseNo of overflow) {
        const hold = result ? result.items.filter((i) => i.group === 'hold').length : 0;
        result = await api.call('agenda.move', {
          meetingId,
          caseNo,
          group: 'hold',
          index: hold,
          reason: '予定時間に入りきらないため',
        });
      }
      return result ?? api.call('agenda.get', { meetingId });
    });
  };

  if (running)
    return (
      <MeetingConsole meeting={meeting} agencies={agencies} dateStyle={dateStyle} onClose={() => showConsole(false)} />
    );

  return (
    <main className="meeting-detail" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <button type="button" onClick={onBack}>
          会議一覧へ戻る
        </button>
        <h1 id={`${id}-title`}>{meeting.title}</h1>
        {runnable && (
          <button type="button" className="primary" onClick={() => showConsole(true)}>
            {meeting.status === '終了' ? '会議の記録を見る' : '会議を進行'}
          </button>
        )}
        {/* Where the button will be: the console needs an agenda, and the status (確定 or not) does not matter. */}
        {agenda && !runnable && <p className="run-hint">議題を提案すると会議を進行できます</p>}
        <p className="muted meeting-summary">
          {formatDate(meeting.date, dateStyle)} {meeting.startTime}〜（{meeting.plannedMinutes}分）・{meeting.kind}
          {meeting.subcommittee ? `（${meeting.subcommittee}）` : ''}
          {meeting.place ? `・${meeting.place}` : ''}
          {meeting.facilitator ? `・進行 ${meeting.facilitator}` : ''}
        </p>
      </div>
      <div className="form-row meeting-status">
        <label htmlFor={`${id}-status`}>状態</label>
        {/* Only the current status and the later ones a person may choose: 進行中 and 終了 follow from the console. */}
        {choices.length > 1 ? (
          <select
            id={`${id}-status`}
            value={meeting.status}
            onChange={(e) => setStatus(e.target.value as MeetingStatus)}
          >
            {choices.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        ) : (
          <output id={`${id}-status`} className="status-badge">
            {meeting.status}
          </output>
        )}
        <MeetingEditDialog meeting={meeting} agencies={agencies} hasAgenda={agenda?.suggested ?? false} />
      </div>
      {[error, statusError].filter(Boolean).map((m) => (
        <p key={m} role="alert" className="error banner">
          {m}
        </p>
      ))}
      <ReopenMeeting meeting={meeting} />

      <RequestsPanel meetingId={meetingId} dateStyle={dateStyle} />
      <section className="detail-section" aria-labelledby={`${id}-reports`}>
        <h2 id={`${id}-reports`}>関係機関からの報告</h2>
        <div className="reports-layout">
          <ReportImport />
          <ReportForm agencyNames={agencyNames} caseNos={[...cases.keys()]} />
        </div>
        <ReturnsPanel meetingId={meetingId} dateStyle={dateStyle} />
      </section>
      <CaseSheetsPanel meetingId={meetingId} dateStyle={dateStyle} />

      <CaseMarks caseNos={[...cases.keys()]} dateStyle={dateStyle} />

      <fieldset className="agenda-editing" disabled={ended}>
        {agenda && (
          <MeetingProgram
            meeting={meeting}
            program={program}
            items={items}
            budget={budget}
            agencyNames={agencyNames}
            busy={busy}
            run={run}
          />
        )}
        <section className="detail-section" aria-labelledby={`${id}-suggest`}>
          <h2 id={`${id}-suggest`}>議題の提案</h2>
          <div className="form-row">
            <label className="check">
              <input type="checkbox" checked={allActive} onChange={(e) => setAllActive(e.target.checked)} />
              対象の全件を確認する
            </label>
            <div className="field-inline">
              <label htmlFor={`${id}-since`}>前回の会議日</label>
              <DateField
                id={`${id}-since`}
                rule="day"
                value={since || null}
                onChange={(iso) => setSince(iso ?? '')}
                onProblem={(m) => sinceDate.report('since', m)}
              />
            </div>
            <button type="button" className="primary" disabled={busy} onClick={suggest}>
              議題を提案
            </button>
          </div>
          <p className="hint">
            前回の会議日を空欄にすると、同じ種類・部会の前回の会議から数えます。提案し直しても、手で動かしたカードと事務局案はそのまま残ります。
            {agenda?.suggested
              ? ` 現在の議題: ${items.length}件（基準日 ${agenda.since ? formatDate(agenda.since, dateStyle) : 'なし'}）`
              : ''}
          </p>
        </section>

        {agenda?.suggested && (
          <>
            <div className="board-toolbar">
              <label className="check">
                <input type="checkbox" checked={masked} onChange={(e) => setMasked(e.target.checked)} />
                氏名を隠す
              </label>
              <TimeBar budget={budget} busy={busy} onHoldOverflow={holdOverflow} />
            </div>
            {askHold && (
              <HoldOverflowDialog
                danger={dangerPast}
                othersCount={budget.overflow.length - dangerPast.length}
                onHoldOthers={() => hold(budget.overflow.filter((n) => !dangerPast.some((d) => d.caseNo === n)))}
                onHoldAll={() => hold(budget.overflow)}
              />
            )}
          </>
        )}
      </fieldset>

      {/* Outside the disabled fieldset: a case's whiteboard stays open to the secretariat after the meeting. */}
      {agenda?.suggested && (
        <div className="board-open">
          <MeetingBoardPicker meetingId={meetingId} caseNos={items.map((i) => i.caseNo)} />
        </div>
      )}

      <fieldset className="agenda-editing" disabled={ended}>
        {agenda?.suggested && (
          <>
            <TriageBoard
              items={items}
              cases={cases}
              meetingDate={meeting.date}
              masked={masked}
              budget={budget}
              defaultDeepMinutes={settings.deepMinutes}
              dangerReasons={settings.dangerReasons}
              agencyNames={agencyNames}
              selected={selected}
              onSelect={(caseNo, on) =>
                setSelected((s) => {
                  const next = new Set(s);
                  if (on) next.add(caseNo);
                  else next.delete(caseNo);
                  return next;
                })
              }
              onMove={move}
              onSaveDraft={saveDraft}
              onSaveMinutes={saveMinutes}
            />
            <BulkDraft
              count={quickSelected.length}
              busy={busy}
              onApply={bulk}
              onClearSelection={() => setSelected(new Set())}
            />
          </>
        )}
      </fieldset>

      <HandoutExport meetingId={meetingId} />
      {/* After the meeting: minutes and write-back panels go here. */}
      {held && <MinutesPanel meetingId={meetingId} />}
      {held && <WritebackPanel meetingId={meetingId} dateStyle={dateStyle} />}
    </main>
  );
}
