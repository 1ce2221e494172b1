// Who is at the keyboard: recorded with every move against the triage rules (「変更（…）」 on the card).
import { useId, useState, type FormEvent } from 'react';
import type { SettingsState } from '../../hooks/useSettings';

export function OperatorName({ settings }: { settings: SettingsState }) {
  const id = useId();
  const stored = settings.settings.operatorName;
  const [text, setText] = useState(stored);
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setText(stored);
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() && text.trim() !== stored) settings.update({ operatorName: text.trim() });
  };
  return (
    <form className="operator-name" onSubmit={save}>
      <label htmlFor={id}>操作者名</label>
      <input id={id} value={text} onChange={(e) => setText(e.target.value)} onBlur={save} />
      <p className="hint">台帳の変更履歴、操作ログ、規則と異なる振り分けに、この名前が記録されます。</p>
    </form>
  );
}
