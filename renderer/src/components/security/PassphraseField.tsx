// A labelled passphrase input. `current` tells the browser's password manager it is the one in use (unlocking,
// changing it); otherwise it is a new one being chosen.
import type { Ref } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  current?: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function PassphraseField({ id, label, value, onChange, current = false, autoFocus, inputRef }: Props) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="password"
        autoComplete={current ? 'current-password' : 'new-password'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoFocus={autoFocus}
      />
    </>
  );
}
