// The notation setting: how a death is drawn (× or a filled symbol) and the style profile (Japanese
// colours and patterns, or McGoldrick's monochrome patterns). The same profile goes to the SVG export.
import { useId } from 'react';
import type { NotationProfile } from '../../../../shared/board/notation';

interface Props {
  value: NotationProfile;
  onChange(value: NotationProfile): void;
}

export function NotationControls({ value, onChange }: Props) {
  const id = useId();
  return (
    <div className="board-notation" role="group" aria-label="表記の設定">
      <label htmlFor={`${id}-deceased`}>死亡の表し方</label>
      <select
        id={`${id}-deceased`}
        value={value.deceased}
        onChange={(e) => onChange({ ...value, deceased: e.target.value === 'filled' ? 'filled' : 'cross' })}
      >
        <option value="cross">×</option>
        <option value="filled">塗りつぶし</option>
      </select>
      <label htmlFor={`${id}-style`}>表記</label>
      <select
        id={`${id}-style`}
        value={value.style}
        onChange={(e) => onChange({ ...value, style: e.target.value === 'mcgoldrick' ? 'mcgoldrick' : 'japanese' })}
      >
        <option value="japanese">日本式</option>
        <option value="mcgoldrick">McGoldrick</option>
      </select>
    </div>
  );
}
