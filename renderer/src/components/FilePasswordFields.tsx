// 「パスワードを付けて保存」 for a file that leaves the office (ledger xlsx, minutes, handout): the password
// twice, and the reminder to send it another way. The password lives only in this component's state and the
// one export call; it is never saved, shown again or logged (the 操作ログ says only パスワード付き).
import { useId, useState } from 'react';
import { FILE_PASSWORD_MAX, FILE_PASSWORD_NOTE, filePasswordFormProblem } from '../../../shared/text/file-password';

export interface FilePasswordState {
  enabled: boolean;
  setEnabled(on: boolean): void;
  password: string;
  setPassword(value: string): void;
  confirmation: string;
  setConfirmation(value: string): void;
}

/** `onEdit`: called on every change, so a message about the previous attempt does not stay after a fix. */
export function useFilePassword(onEdit?: () => void): FilePasswordState & {
  /** The Japanese problem to show, or null when the export may go ahead. */
  problem(): string | null;
  /** `{ filePassword }` for the export call, or {} when no password was asked for. */
  input(): { filePassword?: string };
  reset(): void;
} {
  const [enabled, setEnabled] = useState(false);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      onEdit?.();
    };
  return {
    enabled,
    setEnabled: edited(setEnabled),
    password,
    setPassword: edited(setPassword),
    confirmation,
    setConfirmation: edited(setConfirmation),
    problem: () => (enabled ? filePasswordFormProblem(password, confirmation) : null),
    input: () => (enabled ? { filePassword: password } : {}),
    reset: () => {
      setEnabled(false);
      setPassword('');
      setConfirmation('');
    },
  };
}

export function FilePasswordFields({
  state,
  label = 'パスワードを付けて保存',
}: {
  state: FilePasswordState;
  label?: string;
}) {
  const id = useId();
  return (
    <fieldset className="file-password">
      <legend className="visually-hidden">ファイルのパスワード</legend>
      <label className="check">
        <input type="checkbox" checked={state.enabled} onChange={(e) => state.setEnabled(e.target.checked)} />
        {label}
      </label>
      {state.enabled && (
        <>
          <div className="file-password-fields">
            <PasswordInput id={`${id}-pw`} label="パスワード" value={state.password} onChange={state.setPassword} />
            <PasswordInput
              id={`${id}-pw2`}
              label="パスワード（確認）"
              value={state.confirmation}
              onChange={state.setConfirmation}
            />
          </div>
          <p className="hint">{FILE_PASSWORD_NOTE}</p>
        </>
      )}
    </fieldset>
  );
}

function PasswordInput(props: { id: string; label: string; value: string; onChange(value: string): void }) {
  return (
    <div className="field-inline">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        autoComplete="new-password"
        maxLength={FILE_PASSWORD_MAX}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
