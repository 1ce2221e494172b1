// The items of a board menu (the 「操作」 button's and the right-click one): each closes the menu, then acts.
export interface MenuAction { label: string; onSelect(): void; disabled?: boolean }

export function MenuItems({ actions, onChosen }: { actions: readonly MenuAction[]; onChosen(): void }) {
  return actions.map((a) => (
    <li key={a.label} role="none">
      <button
        type="button"
        role="menuitem"
        disabled={a.disabled}
        onClick={() => {
          onChosen();
          a.onSelect();
        }}
      >
        {a.label}
      </button>
    </li>
  ));
}
