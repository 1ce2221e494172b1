// 「会議の情報を編集」 on a meeting's screen: the creation form, pre-filled, in a modal dialog (Esc cancels and
// the focus goes back to the button). The agenda is another record and is kept as it is; what a changed date
// or scope means for it is said before and after saving. A change made in another window while the form is
// open is said at once, and a save over it is refused by the backend: the form reloads, it never overwrites.
import { useEffect, useId, useRef, useState } from 'react';
import {
  LIVE_LOCKED_FIELDS,
  MEETING_FIELD_LABELS,
  agendaNotes,
  changedFields,
  editableValues,
} from '../../../../shared/meeting/meeting-edit';
import type { Agency, Meeting } from '../../../../shared/meeting/types';
import { useModalDialog } from '../../hooks/useModalDialog';
import { useScopeTemplates } from '../../hooks/useMeetingData';
import { MeetingForm } from './MeetingForm';
import './meeting-edit.css';

interface Props {
  /** The meeting as stored now (the list reloads on meetings.changed and hands it down). */
  meeting: Meeting;
  agencies: readonly Agency[];
  /** An agenda was suggested for this meeting. */
  hasAgenda: boolean;
}

const LIVE_REASON = `会議は進行中です。${LIVE_LOCKED_FIELDS.map((f) => MEETING_FIELD_LABELS[f]).join('・')}は変更できません（場所・時刻・予定時間・進行役・招集先・題名は変更できます）。`;

export function MeetingEditDialog({ meeting, agencies, hasAgenda }: Props) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string[] | null>(null);
  const ended = meeting.status === '終了';

  const close = (notes: string[] | null) => {
    setOpen(false);
    setSaved(notes);
  };
  // Back on the button once the dialog is gone, for the keyboard (also after Esc).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div className="meeting-edit">
      <button
        ref={button}
        type="button"
        disabled={ended}
        aria-describedby={ended ? `${id}-ended` : undefined}
        onClick={() => {
          setSaved(null);
          setOpen(true);
        }}
      >
        会議の情報を編集
      </button>
      {ended && (
        <span id={`${id}-ended`} className="muted">
          終了した会議は編集できません（「会議を再開する」と編集できます）。
        </span>
      )}
      {saved && !ended && (
        <div role="status" className="meeting-edit-saved">
          <p>会議の情報を保存しました。議題（ケース・順番・事務局案）はそのままです。</p>
          {saved.map((note) => (
            <p key={note} className="hint">
              {note}
            </p>
          ))}
        </div>
      )}
      {open && (
        <EditDialog
          meeting={meeting}
          agencies={agencies}
          hasAgenda={hasAgenda}
          onCancel={() => close(null)}
          onSaved={(notes) => close(notes)}
        />
      )}
    </div>
  );
}

interface DialogProps extends Props {
  onCancel(): void;
  onSaved(notes: string[]): void;
}

function EditDialog({ meeting, agencies, hasAgenda, onCancel, onSaved }: DialogProps) {
  const dialog = useModalDialog();
  const templates = useScopeTemplates();
  // The meeting the form was filled from; 「最新の内容を読み込む」 refills it (a new key remounts the form).
  const [loaded, setLoaded] = useState(meeting);
  const [conflict, setConflict] = useState<string | null>(null);
  const movedElsewhere = changedFields(editableValues(loaded), editableValues(meeting));
  const stale =
    conflict ??
    (movedElsewhere.length > 0
      ? `この会議はほかの画面で変更されました（${movedElsewhere.map((f) => MEETING_FIELD_LABELS[f]).join('・')}）。このまま保存すると保存できません。`
      : null);
  const live = meeting.status === '進行中';

  const reload = () => {
    setConflict(null);
    setLoaded(meeting);
  };

  return (
    <dialog
      ref={dialog}
      className="meeting-edit-dialog"
      aria-label="会議の情報を編集"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {stale && (
        <div role="alert" className="error banner meeting-edit-stale">
          <p>{stale}</p>
          <button type="button" onClick={reload}>
            最新の内容を読み込む
          </button>
        </div>
      )}
      <MeetingForm
        key={JSON.stringify(editableValues(loaded))}
        agencies={agencies}
        templates={templates.items}
        onTemplatesChanged={templates.reload}
        onCancel={onCancel}
        onSaved={(saved) => onSaved(agendaNotes(loaded, saved, hasAgenda))}
        editing={{
          meeting: loaded,
          locked: live ? LIVE_LOCKED_FIELDS : [],
          lockedReason: live ? LIVE_REASON : null,
          hasAgenda,
          onConflict: setConflict,
        }}
      />
    </dialog>
  );
}
