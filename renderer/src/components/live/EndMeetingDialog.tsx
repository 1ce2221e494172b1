// Ending the meeting: the cases without a recorded decision go to 次回へ (carried over to the next
// meeting of the same kind); the facilitator sees which before confirming.
import { ConfirmDialog } from '../ConfirmDialog';

interface Props {
  notTakenUp: readonly string[];
  labelOf(caseNo: string): string;
  onCancel(): void;
  onEnd(): void;
}

export function EndMeetingDialog({ notTakenUp, labelOf, onCancel, onEnd }: Props) {
  return (
    <ConfirmDialog
      title="会議を終了しますか"
      confirmLabel="終了して記録する"
      cancelLabel="戻る"
      danger
      onCancel={onCancel}
      onConfirm={onEnd}
    >
      {notTakenUp.length === 0 ? (
        <p>すべての議題に決定が記録されています。</p>
      ) : (
        <>
          <p>
            決定が記録されていない次の{notTakenUp.length}
            件は「次回へ」持ち越します（次回の議題の案に「前回からの持ち越し」として入ります）。
          </p>
          <ul>
            {notTakenUp.map((caseNo) => (
              <li key={caseNo}>{labelOf(caseNo)}</li>
            ))}
          </ul>
        </>
      )}
    </ConfirmDialog>
  );
}
