export function AppHeader({ onLock }: { onLock: () => void }) {
  return (
    <header className="app-header">
      <span className="brand">つなぐ</span>
      <span className="brand-sub">要保護児童対策地域協議会</span>
      <button type="button" className="lock-button" onClick={onLock}>
        ロック
      </button>
    </header>
  );
}
