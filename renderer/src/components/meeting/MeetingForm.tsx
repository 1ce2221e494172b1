// 新しい会議 and 会議の情報を編集: every field of a meeting, its invited agencies and its 対象範囲. One form for
// both, so a rule or label added at creation is there when editing too. Editing sends only the fields that
// changed, with the values it loaded (`expected`), so the backend refuses rather than overwrites a change
// made meanwhile in another window; the status is not in it (the meeting's screen has its own control).
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import {
  EMPTY_SCOPE,
  MEETING_KINDS,
  type Agency,
  type Meeting,
  type MeetingInput,
  type MeetingKind,
  type MeetingStatus,
  type ScopeTemplate,
} from '../../../../shared/meeting/types';
import { agendaNotes, editableValues, meetingChanges } from '../../../../shared/meeting/meeting-edit';
import { CHOSEN_STATUSES } from '../../../../shared/meeting/status';
import { useApi } from '../../api-context';
import { errorCode, errorMessage } from '../../lib/errors';
import { intOrNull, joinList, splitList, textOrNull } from '../../lib/lists';
import { todayIso } from '../../lib/today';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useDateProblems } from '../../hooks/useDateProblems';
import { DateField } from '../DateField';
import { TimeField } from '../TimeField';
import { CheckboxGroup } from '../CheckboxGroup';
import { ScopeEditor } from './ScopeEditor';
import './meeting-edit.css';

/** Editing an existing meeting rather than creating one. */
export interface MeetingEditing {
  /** The meeting as loaded: the fields start from it, and the save is checked against it. */
  meeting: Meeting;
  /** Fields fixed now (a running meeting's), shown but not changeable, with why. */
  locked: readonly (keyof MeetingInput)[];
  lockedReason: string | null;
  /** An agenda was prepared: the form says what a changed date or scope does (and does not do) to it. */
  hasAgenda: boolean;
  /** The save was refused because the meeting changed elsewhere first; the message says what changed. */
  onConflict(message: string): void;
}

interface Props {
  agencies: readonly Agency[];
  templates: readonly ScopeTemplate[];
  onTemplatesChanged(): void;
  onSaved(meeting: Meeting): void;
  onCancel(): void;
  editing?: MeetingEditing;
}

export function MeetingForm({ agencies, templates, onTemplatesChanged, onSaved, onCancel, editing }: Props) {
  const api = useApi();
  const id = useId();
  const initial = editing?.meeting;
  const [kind, setKind] = useState<MeetingKind>(initial?.kind ?? '実務者会議');
  const [subcommittee, setSubcommittee] = useState(initial?.subcommittee ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [date, setDate] = useState<string | null>(initial?.date ?? todayIso());
  const dates = useDateProblems();
  const [startTime, setStartTime] = useState<string | null>(initial?.startTime ?? '14:00');
  const [place, setPlace] = useState(initial?.place ?? '');
  const [minutes, setMinutes] = useState(String(initial?.plannedMinutes ?? 90));
  const [facilitator, setFacilitator] = useState(initial?.facilitator ?? '');
  const [invitedAgencies, setInvitedAgencies] = useState<string[]>(initial?.invitedAgencies ?? []);
  const [people, setPeople] = useState(joinList(initial?.invitedPeople ?? []));
  const [status, setStatus] = useState<MeetingStatus>(initial?.status ?? '準備中');
  const [scope, setScope] = useState(initial?.scope ?? EMPTY_SCOPE);
  const locked = (field: keyof MeetingInput) => editing?.locked.includes(field) ?? false;
  const { busy: saving, error, setError, clearError, run } = useBackendAction();

  const saveTemplate = async (): Promise<string | null> => {
    const name = subcommittee.trim();
    if (!name) return '部会名を入力してから保存してください。';
    const existing = templates.find((t) => t.name === name);
    try {
      await api.call('scopeTemplates.save', { ...(existing ? { id: existing.id } : {}), name, scope });
      onTemplatesChanged();
      return null;
    } catch (e: unknown) {
      return errorMessage(e);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const plannedMinutes = intOrNull(minutes);
    if (plannedMinutes === null) return setError('予定時間（分）を数字で入力してください。');
    if (dates.invalid || date === null || startTime === null)
      return setError('日付と開始時刻を正しく入力してください。');
    const meeting: MeetingInput = {
      kind,
      subcommittee: textOrNull(subcommittee),
      title: title.trim(),
      date,
      startTime,
      place: textOrNull(place),
      plannedMinutes,
      facilitator: textOrNull(facilitator),
      invitedAgencies,
      invitedPeople: splitList(people),
      status,
      scope,
    };
    if (!editing) {
      void run('meetings.create', { meeting }).then((outcome) => outcome.ok && onSaved(outcome.value));
      return;
    }
    const loaded = editableValues(editing.meeting);
    const changes = meetingChanges(editing.meeting, meeting);
    if (Object.keys(changes).length === 0) return onSaved(editing.meeting);
    void run('meetings.update', { id: editing.meeting.id, changes, expected: loaded }).then((outcome) => {
      if (outcome.ok) return onSaved(outcome.value);
      if (errorCode(outcome.error) !== 'conflict') return;
      // Said once, by the dialog, next to its 「最新の内容を読み込む」.
      setError(null);
      editing.onConflict(errorMessage(outcome.error));
    });
  };

  // What the edit would do to the prepared agenda, said before saving (the dialog repeats it after).
  const notes = useMemo(() => {
    if (!editing) return [];
    const edited = { ...editing.meeting, kind, subcommittee: textOrNull(subcommittee), date: date ?? '', scope };
    return agendaNotes(editing.meeting, edited, editing.hasAgenda);
  }, [editing, kind, subcommittee, date, scope]);

  // A locked field sits in a disabled fieldset: shown, skipped by Tab, and described by why it is fixed.
  const field = (key: string, label: string, input: ReactNode, lockedAs?: keyof MeetingInput) => {
    const row = (
      <div className="field-inline" key={key}>
        <label htmlFor={`${id}-${key}`}>{label}</label>
        {input}
      </div>
    );
    return lockedAs && locked(lockedAs) ? (
      <fieldset key={key} className="field-locked" disabled aria-describedby={`${id}-locked`}>
        {row}
      </fieldset>
    ) : (
      row
    );
  };

  return (
    // The last refusal goes once the person changes something: it is about what they had, not what they have.
    <form
      className="meeting-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onChange={() => error && clearError()}
    >
      <h2 id={`${id}-title`}>{editing ? '会議の情報を編集' : '新しい会議'}</h2>
      {editing?.lockedReason && (
        <p id={`${id}-locked`} className="hint">
          {editing.lockedReason}
        </p>
      )}
      <div className="form-grid">
        {field(
          'kind',
          '種類',
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
            {MEETING_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>,
          'kind',
        )}
        {field(
          'sub',
          '部会名',
          <input id={`${id}-sub`} value={subcommittee} onChange={(e) => setSubcommittee(e.target.value)} />,
          'subcommittee',
        )}
        {field(
          'title-input',
          '題名',
          <input id={`${id}-title-input`} required value={title} onChange={(e) => setTitle(e.target.value)} />,
        )}
        {field(
          'date',
          '日付',
          <DateField
            id={`${id}-date`}
            rule="day"
            required
            value={date}
            onChange={setDate}
            onProblem={(m) => dates.report('date', m)}
          />,
          'date',
        )}
        {field(
          'start',
          '開始時刻',
          <TimeField
            id={`${id}-start`}
            required
            value={startTime}
            onChange={setStartTime}
            onProblem={(m) => dates.report('start', m)}
          />,
        )}
        {field('place', '場所', <input id={`${id}-place`} value={place} onChange={(e) => setPlace(e.target.value)} />)}
        {field(
          'minutes',
          '予定時間（分）',
          <input
            id={`${id}-minutes`}
            type="number"
            min={10}
            max={600}
            required
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />,
        )}
        {field(
          'facilitator',
          '進行役',
          <input id={`${id}-facilitator`} value={facilitator} onChange={(e) => setFacilitator(e.target.value)} />,
        )}
        {field(
          'people',
          '招集者',
          <input
            id={`${id}-people`}
            value={people}
            onChange={(e) => setPeople(e.target.value)}
            placeholder="「、」で区切る"
          />,
        )}
        {!editing &&
          field(
            'status',
            '状態',
            <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as MeetingStatus)}>
              {CHOSEN_STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>,
          )}
      </div>
      <CheckboxGroup
        legend="招集機関"
        options={agencies.map((a) => a.name)}
        selected={invitedAgencies}
        onChange={setInvitedAgencies}
      />
      <fieldset className="field-locked" disabled={locked('scope')}>
        <ScopeEditor scope={scope} templates={templates} onChange={setScope} onSaveTemplate={saveTemplate} />
      </fieldset>
      {/* In the edit dialog this foot stays in view while the fields scroll: the notes, the error, the buttons. */}
      <div className="meeting-form-foot">
        {notes.map((note) => (
          <p key={note} className="notice agenda-note">
            {note}
          </p>
        ))}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={saving}>
            {editing ? '保存' : '会議を作成'}
          </button>
          <button type="button" onClick={onCancel}>
            キャンセル
          </button>
        </div>
      </div>
    </form>
  );
}
