// The board's toolbar: every action by name, so it is reachable by keyboard and findable by tests.
interface Action { label: string; onClick(): void; disabled?: boolean; title?: string }

export function BoardToolbar({ groups }: { groups: Action[][] }) {
  return (
    <div role="toolbar" aria-label="ホワイトボードの操作" className="board-toolbar">
      {groups.map((group, i) => (
        <div key={i} className="board-toolbar-group">
          {group.map((a) => (
            <button key={a.label} type="button" onClick={a.onClick} disabled={a.disabled} title={a.title}>
              {a.label}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
