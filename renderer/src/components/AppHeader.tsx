export type View = 'home' | 'ledger' | 'meetings' | 'requests' | 'joint' | 'plans' | 'stats' | 'security';

const VIEWS: { view: View; label: string }[] = [
  { view: 'home', label: 'ホーム' },
  { view: 'ledger', label: '台帳' },
  { view: 'meetings', label: '会議' },
  { view: 'requests', label: '依頼・回収' },
  { view: 'joint', label: '合同ケース会議' },
  { view: 'plans', label: 'サポートプラン' },
  { view: 'stats', label: '年度実績' },
  { view: 'security', label: 'セキュリティ・操作ログ' },
];

export function AppHeader({ view, onView, onLock }: { view: View; onView(view: View): void; onLock: () => void }) {
  return (
    <header className="app-header">
      <span className="brand">つなぐ</span>
      <span className="brand-sub">要保護児童対策地域協議会</span>
      <nav aria-label="画面の切り替え" className="app-nav">
        {VIEWS.map((v) => (
          <button
            key={v.view}
            type="button"
            aria-current={view === v.view ? 'page' : undefined}
            onClick={() => onView(v.view)}
          >
            {v.label}
          </button>
        ))}
      </nav>
      <button type="button" className="lock-button" onClick={onLock}>
        ロック
      </button>
    </header>
  );
}
