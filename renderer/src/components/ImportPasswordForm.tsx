// Asked when the backend says the chosen workbook has an open password (読み取りパスワード). The typed text
// lives in this form's input until 「開く」 hands it to the read and clears the field; a few wrong tries,
// then the form says what to do instead of inviting more guesses.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { AppError } from '../../../shared/contract';
import './import-password.css';

export const MAX_PASSWORD_TRIES = 5;

interface Props {
  fileName: string;
  /** Wrong passwords so far for this file. */
  wrongTries: number;
  disabled: boolean;
  onSubmit(password: string): void;
  onOtherFile(): void;
}

export function ImportPasswordForm({ fileName, wrongTries, disabled, onSubmit, onOtherFile }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [empty, setEmpty] = useState(true);
  const exhausted = wrongTries >= MAX_PASSWORD_TRIES;
  // The field is disabled while a try is read (which takes its focus); after a wrong one the user types again.
  useEffect(() => {
    if (!disabled) input.current?.focus();
  }, [wrongTries, disabled]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const field = input.current;
    if (!field || !field.value) return;
    const password = field.value;
    // Not kept in any state: the field is emptied as the password goes to the read.
    field.value = '';
    setEmpty(true);
    onSubmit(password);
  };

  return (
    <form className="file-password" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="file-password-title">
        「{fileName}」はパスワードで保護されています。
      </p>
      {wrongTries > 0 && !exhausted && (
        <p role="alert" className="error">
          パスワードが違います（{wrongTries} 回目）。大文字と小文字、全角と半角、Caps Lock
          を確かめて、もう一度入力してください。
        </p>
      )}
      {exhausted ? (
        <p role="alert" className="warning">
          パスワードが {MAX_PASSWORD_TRIES}{' '}
          回続けて違いました。ファイルを送ってきた人に、メール以外の方法（電話など）でパスワードを確かめてください。
          または Excel でパスワードを外して保存したファイルを選んでください。
        </p>
      ) : (
        <>
          <label htmlFor={id}>ファイルのパスワード（読み取りパスワード）</label>
          <div className="file-password-row">
            <input
              ref={input}
              id={id}
              type="password"
              autoComplete="off"
              maxLength={255}
              autoFocus
              disabled={disabled}
              onChange={(e) => setEmpty(e.target.value === '')}
            />
            <button type="submit" className="primary" disabled={disabled || empty}>
              開く
            </button>
          </div>
          <p className="hint">
            パスワードはこのファイルを読むためだけに使い、保存も記録もしません。データベースのパスフレーズとは別のものです。
          </p>
        </>
      )}
      <div>
        <button type="button" onClick={onOtherFile} disabled={disabled}>
          別のファイルを選ぶ
        </button>
      </div>
    </form>
  );
}

export function isPasswordError(e: unknown): e is AppError {
  return e instanceof AppError && (e.code === 'file_password_required' || e.code === 'file_password_wrong');
}

/**
 * The password step's state for one file in the ledger wizard: whether to ask, the wrong tries, and the
 * password held (in a ref: never rendered or stored) for the re-reads a mapping change makes.
 */
export function useFilePassword() {
  const held = useRef<string | undefined>(undefined);
  const [ask, setAsk] = useState<{ wrongTries: number } | null>(null);
  useEffect(
    () => () => {
      held.current = undefined;
    },
    [],
  );
  return {
    ask,
    input: () => (held.current ? { filePassword: held.current } : {}),
    hold: (password: string) => {
      held.current = password;
    },
    /** The read succeeded: nothing more to ask (the password stays held for this file's re-reads). */
    accepted: () => setAsk(null),
    /** True when the read failed for the password: the form asks (again). */
    refused: (e: unknown): boolean => {
      if (!isPasswordError(e)) return false;
      held.current = undefined;
      const wrong = e.code === 'file_password_wrong';
      setAsk((current) => ({ wrongTries: wrong ? (current?.wrongTries ?? 0) + 1 : 0 }));
      return true;
    },
    /** Another file, a commit, or leaving the file: the password is dropped. */
    forget: () => {
      held.current = undefined;
      setAsk(null);
    },
  };
}
