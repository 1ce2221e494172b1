// The question before a paper with names (マスクなし) is made: who reads it must be allowed to.
import { ConfirmDialog } from '../ConfirmDialog';

export function UnmaskedConfirm({ what, onConfirm, onCancel }: { what: string; onConfirm(): void; onCancel(): void }) {
  return (
    <ConfirmDialog
      title={`氏名入りの${what}を作りますか`}
      confirmLabel="氏名入りで作る"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        マスクしていないため、児童や保護者の氏名などがそのまま載ります。配る相手が守秘義務のある会議の構成員だけか確かめてください。
      </p>
      <p>作ったことは、操作者名とともに操作ログに記録されます。</p>
    </ConfirmDialog>
  );
}
