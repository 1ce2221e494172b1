// パスフレーズの変更: the database is encrypted again with the new passphrase. Backups already made (and the
// one made just before the change) keep the passphrase they were made with; the screen says so.
import { useId, useState, type FormEvent } from 'react';
import { PASSPHRASE_RULE, passphraseProblem } from '../../../../shared/session/passphrase-strength';
import { useBackendAction } from '../../hooks/useBackendAction';
import { PassphraseField } from './PassphraseField';

export function PassphraseChange() {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const { busy, error, setError, run } = useBackendAction();
  const [done, setDone] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!current) return setError('いまのパスフレーズを入力してください。');
    const problem = passphraseProblem(next);
    if (problem) return setError(problem);
    if (next !== again) return setError('新しいパスフレーズと確認用の入力が一致しません。');
    void run('session.changePassphrase', { current, next }).then((outcome) => {
      if (!outcome.ok) return;
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(outcome.value.backupPath);
    });
  };

  return (
    <form className="card passphrase-change" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>パスフレーズの変更</h2>
      <p className="hint">{PASSPHRASE_RULE}</p>
      <p className="notice">
        変更の前に、いまのパスフレーズのままのバックアップを backups フォルダに作ります。
        <strong>これまでに作ったバックアップは、作ったときのパスフレーズのままです</strong>
        （新しいパスフレーズでは開けません）。古いパスフレーズの控えは、バックアップを残すあいだ保管してください。
      </p>
      <PassphraseField id={`${id}-current`} label="いまのパスフレーズ" value={current} onChange={setCurrent} current />
      <PassphraseField id={`${id}-next`} label="新しいパスフレーズ" value={next} onChange={setNext} />
      <PassphraseField id={`${id}-again`} label="新しいパスフレーズ（確認）" value={again} onChange={setAgain} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {done && (
        <p role="status">
          パスフレーズを変更しました。変更前のバックアップ（いままでのパスフレーズで開きます）: {done}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        パスフレーズを変更
      </button>
    </form>
  );
}
