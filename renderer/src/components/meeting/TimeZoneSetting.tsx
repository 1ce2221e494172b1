// The council's time zone: minutes, handouts, file names and every time on screen follow it, not the clock of
// the computer the app runs on. The backend checks the name; a refused one shows its message here.
import { useId, useState, type FormEvent } from 'react';
import { isTimeZone } from '../../../../shared/time/zone';
import type { SettingsState } from '../../hooks/useSettings';

export function TimeZoneSetting({ settings }: { settings: SettingsState }) {
  const id = useId();
  const stored = settings.settings.timeZone;
  const [text, setText] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const [problem, setProblem] = useState<string | null>(null);
  if (seen !== stored) {
    setSeen(stored);
    setText(stored);
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    const zone = text.trim();
    if (zone === stored) return;
    if (!isTimeZone(zone)) {
      setProblem('タイムゾーンは IANA の名前で入力してください（例：Asia/Tokyo）。');
      return;
    }
    setProblem(null);
    settings.update({ timeZone: zone });
  };
  return (
    <form className="operator-name" onSubmit={save}>
      <label htmlFor={id}>タイムゾーン</label>
      <input
        id={id}
        value={text}
        spellCheck={false}
        aria-invalid={problem !== null}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
      />
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <p className="hint">
        議事録・配布資料・ファイル名の日時は、このパソコンの設定ではなく、このタイムゾーンで記載します（通常は
        Asia/Tokyo）。
      </p>
    </form>
  );
}
