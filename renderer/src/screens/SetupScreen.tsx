// First start: the database does not exist yet. The passphrase encrypts it and cannot be recovered,
// so the screen says so plainly and asks for it twice.
import { useId, useState, type FormEvent } from 'react';
import type { SessionStatus } from '../../../shared/contract';
import { useBackendAction } from '../hooks/useBackendAction';
import { PASSPHRASE_RULE, passphraseProblem } from '../../../shared/session/passphrase-strength';
import { PassphraseField } from '../components/security/PassphraseField';

export function SetupScreen({ onDone }: { onDone: (status: SessionStatus) => void }) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const { busy, error, setError, run } = useBackendAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = passphraseProblem(passphrase);
    if (problem) return setError(problem);
    if (passphrase !== confirm) return setError('パスフレーズと確認用の入力が一致しません。');
    void run('session.setup', { passphrase }).then((outcome) => {
      if (outcome.ok) onDone(outcome.value);
    });
  };

  return (
    <main className="centered">
      <form className="card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
        <h1 id={`${id}-title`}>パスフレーズの設定</h1>
        <p>
          つなぐのデータは、この端末の中で暗号化して保存します。開くときには毎回ここで決めるパスフレーズが必要です。
        </p>
        <p className="notice">
          <strong>パスフレーズを忘れると、データは誰にも復元できません。</strong>
          控えは鍵のかかる場所に保管してください。{PASSPHRASE_RULE}推測されにくい文にしてください。
        </p>
        <PassphraseField id={`${id}-pass`} label="パスフレーズ" value={passphrase} onChange={setPassphrase} autoFocus />
        <PassphraseField id={`${id}-confirm`} label="パスフレーズ（確認）" value={confirm} onChange={setConfirm} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          設定して開始
        </button>
      </form>
    </main>
  );
}
