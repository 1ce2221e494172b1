// A labelled text field with suggestions (登録番号 from the ledger, 報告機関 from the agency list): a datalist, so
// typing filters it and a value that is not on the list can still be typed.
interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  onChange(value: string): void;
}

export function PickField({ id, label, value, options, onChange }: Props) {
  return (
    <div className="field-inline">
      <label htmlFor={id}>{label}</label>
      <input id={id} list={`${id}-options`} value={value} onChange={(e) => onChange(e.target.value)} />
      <datalist id={`${id}-options`}>
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </div>
  );
}
