// 自動ロック: minutes without input on this console before the app locks itself.
import { useId, useState, type FormEvent } from 'react';
import { MAX_IDLE_LOCK_MINUTES } from '../../../../shared/session/idle-lock';
import type { SettingsState } from '../../hooks/useSettings';

export function IdleLockSetting({ settings }: { settings: SettingsState }) {
  const id = useId();
  const stored = settings.settings.idleLockMinutes;
  const [text, setText] = useState(String(stored));
  const [seen, setSeen] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  if (seen !== stored) {
    setSeen(stored);
    setText(String(stored));
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    const minutes = Number(text);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_IDLE_LOCK_MINUTES) {
      return setError(`1〜${MAX_IDLE_LOCK_MINUTES}分で入力してください。`);
    }
    setError(null);
    if (minutes !== stored) settings.update({ idleLockMinutes: minutes });
  };
  return (
    <form className="operator-name" onSubmit={save}>
      <label htmlFor={id}>自動ロックまでの時間（分）</label>
      <input
        id={id}
        type="number"
        min={1}
        max={MAX_IDLE_LOCK_MINUTES}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
      />
      <p className="hint">
        この画面でキーボードやマウスの操作がないまま、この時間が過ぎるとロックします。会議の投影中も、進行画面の操作が止まっていればロックします（投影画面には「つなぐ」だけが出ます）。パソコンのロック・スリープ・ユーザー切り替えでもすぐにロックします。
      </p>
      {(error ?? settings.error) && (
        <p role="alert" className="error">
          {error ?? settings.error}
        </p>
      )}
    </form>
  );
}
