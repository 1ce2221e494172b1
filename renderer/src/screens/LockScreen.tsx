// Every start and after ロック: the database stays closed until the right passphrase is given.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { SessionStatus } from '../../../shared/contract';
import { useBackendAction } from '../hooks/useBackendAction';
import { PassphraseField } from '../components/security/PassphraseField';

export function LockScreen({ onDone }: { onDone: (status: SessionStatus) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, setError, run } = useBackendAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return setError('パスフレーズを入力してください。');
    void run('session.unlock', { passphrase }).then((outcome) => {
      if (outcome.ok) return onDone(outcome.value);
      // Ready for the next try without reaching for the mouse.
      input.current?.select();
    });
  };

  return (
    <main className="centered">
      <form className="card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
        <h1 id={`${id}-title`}>つなぐ — ロック中</h1>
        <p>データは暗号化されています。パスフレーズを入力して開いてください。</p>
        <PassphraseField
          id={`${id}-pass`}
          label="パスフレーズ"
          value={passphrase}
          onChange={setPassphrase}
          current
          autoFocus
          inputRef={input}
        />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          開く
        </button>
      </form>
    </main>
  );
}
