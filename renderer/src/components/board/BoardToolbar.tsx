// The board's toolbar: every action by name, so it is reachable by keyboard and findable by tests. The
// groups and labels come from the action registry (actions.ts); data-action names each button's action.
import type { ActionItem } from './actions';

export function BoardToolbar({ groups }: { groups: readonly ActionItem[][] }) {
  return (
    <div role="toolbar" aria-label="ホワイトボードの操作" className="board-toolbar">
      {groups.map((group, i) => (
        <div key={i} className="board-toolbar-group">
          {group.map((a) => (
            <button
              key={a.id}
              type="button"
              data-action={a.id}
              onClick={a.onSelect}
              disabled={a.disabled}
              title={a.title}
              aria-keyshortcuts={a.keyshortcuts}
            >
              {a.label}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
