// A filter as a fieldset of checkboxes: nothing ticked means no filter on that field.
interface Props<T extends string> {
  legend: string;
  options: readonly T[];
  labels?: Partial<Record<T, string>>;
  selected: readonly T[];
  onChange(selected: T[]): void;
}

export function CheckboxGroup<T extends string>({ legend, options, labels, selected, onChange }: Props<T>) {
  const toggle = (option: T, checked: boolean) =>
    onChange(
      checked ? options.filter((o) => o === option || selected.includes(o)) : selected.filter((o) => o !== option),
    );

  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            checked={selected.includes(option)}
            onChange={(e) => toggle(option, e.target.checked)}
          />
          {labels?.[option] ?? option}
        </label>
      ))}
    </fieldset>
  );
}
