// Turning masking off for the whole meeting shows every case's names to the room, so it is asked, never
// toggled by a stray key: M or the button opens this, 戻る (focused first, and Escape) keeps the mask.
import { ConfirmDialog } from '../ConfirmDialog';

export function UnmaskDialog({ onCancel, onConfirm }: { onCancel(): void; onConfirm(): void }) {
  return (
    <ConfirmDialog
      title="全ケースのマスクを外しますか"
      confirmLabel="マスクを外す"
      cancelLabel="戻る"
      danger
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>
        投影画面に、この会議のすべてのケースの氏名・生年月日・記録の文面がそのまま表示されます。「マスクに戻す」を押すか会議を終了するまで続きます。
        1件だけ見せるときは「このケースの氏名を表示」を使ってください（次の議題で自動的に隠れます）。
      </p>
    </ConfirmDialog>
  );
}
