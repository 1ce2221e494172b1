// One button named 「和暦/西暦」 that flips the style. The current style is shown beside it and is the
// button's description, so the name stays stable for assistive technology and tests.
import { useId } from 'react';
import type { DateStyle } from '../lib/date-style';

export function DateStyleToggle({ value, onChange }: { value: DateStyle; onChange(value: DateStyle): void }) {
  const id = useId();
  return (
    <span className="date-style">
      <button type="button" aria-describedby={id} onClick={() => onChange(value === 'wareki' ? 'seireki' : 'wareki')}>
        和暦/西暦
      </button>
      <span id={id} className="date-style-current">
        表示: {value === 'wareki' ? '和暦' : '西暦'}
      </span>
    </span>
  );
}
