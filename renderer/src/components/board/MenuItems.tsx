// The items of a board menu (the 「操作」 button's and the right-click one): each closes the menu, then acts.
// data-action names the registry's action (actions.ts), so tests can compare surfaces by id.
export interface MenuAction {
  id: string;
  label: string;
  onSelect(): void;
  disabled?: boolean;
  keyshortcuts?: string;
}

export function MenuItems({ actions, onChosen }: { actions: readonly MenuAction[]; onChosen(): void }) {
  return actions.map((a) => (
    <li key={a.id} role="none">
      <button
        type="button"
        role="menuitem"
        data-action={a.id}
        disabled={a.disabled}
        aria-keyshortcuts={a.keyshortcuts}
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
