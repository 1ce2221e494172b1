// Turning masking off for the whole meeting shows every case's names to the room, so it is asked, never
// toggled by a stray key: M or the button opens this, 戻る (focused first, and Escape) keeps the mask.
import { useEffect, useRef } from 'react';

interface Props {
  onCancel(): void;
  onConfirm(): void;
}

export function UnmaskDialog({ onCancel, onConfirm }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="unmask-title"
        aria-describedby="unmask-text"
        className="modal"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      >
        <h2 id="unmask-title">全ケースのマスクを外しますか</h2>
        <p id="unmask-text">
          投影画面に、この会議のすべてのケースの氏名・生年月日・記録の文面がそのまま表示されます。「マスクに戻す」を押すか会議を終了するまで続きます。
          1件だけ見せるときは「このケースの氏名を表示」を使ってください（次の議題で自動的に隠れます）。
        </p>
        <div className="button-row">
          <button type="button" ref={first} onClick={onCancel}>戻る</button>
          <button type="button" className="console-danger" onClick={onConfirm}>マスクを外す</button>
        </div>
      </div>
    </div>
  );
}
