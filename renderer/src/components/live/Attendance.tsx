// 出席: the invited agencies and people, ticked as they arrive; others can be added.
import { useState } from 'react';

interface Props {
  invited: readonly string[];
  attendees: readonly string[];
  disabled: boolean;
  onChange(attendees: string[]): void;
}

export function Attendance({ invited, attendees, disabled, onChange }: Props) {
  const [other, setOther] = useState('');
  const everyone = [...new Set([...invited, ...attendees])];
  const add = () => {
    const name = other.trim();
    if (name && !attendees.includes(name)) onChange([...attendees, name]);
    setOther('');
  };
  return (
    <section className="attendance" aria-labelledby="attendance-title">
      <h2 id="attendance-title">
        出席 <span className="muted">{attendees.length}名・機関</span>
      </h2>
      <div className="attendance-list">
        {everyone.map((name) => (
          <label key={name} className="check">
            <input
              type="checkbox"
              disabled={disabled}
              checked={attendees.includes(name)}
              onChange={(e) => onChange(e.target.checked ? [...attendees, name] : attendees.filter((a) => a !== name))}
            />
            {name}
          </label>
        ))}
      </div>
      <div className="inline-row">
        <input
          aria-label="出席者を追加"
          placeholder="その他の出席者"
          value={other}
          disabled={disabled}
          onChange={(e) => setOther(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) add();
          }}
        />
        <button type="button" disabled={disabled || other.trim() === ''} onClick={add}>
          追加
        </button>
      </div>
    </section>
  );
}
