// The keys of the triage board, shown on it: a keyboard user should not have to guess them.
export function BoardKeys() {
  return (
    <div className="board-keys hint" aria-label="振り分けのキー操作" role="note">
      <span>
        <kbd>Tab</kbd> 次の列
      </span>
      <span>
        <kbd>↑</kbd>
        <kbd>↓</kbd> カードを選ぶ
      </span>
      <span>
        <kbd>Ctrl</kbd>+<kbd>←</kbd>
        <kbd>→</kbd> 隣の列へ移動
      </span>
      <span>
        <kbd>Ctrl</kbd>+<kbd>↑</kbd>
        <kbd>↓</kbd> 列の中で並べ替え
      </span>
      <span>
        <kbd>スペース</kbd> 確認のケースを選択（事務局案の一括変更）
      </span>
      <span>
        <kbd>Enter</kbd> 事務局案・時間を編集
      </span>
      <span>
        <kbd>Esc</kbd> カードに戻る
      </span>
      <span>マウスではカード左端のつまみをドラッグします。</span>
    </div>
  );
}
