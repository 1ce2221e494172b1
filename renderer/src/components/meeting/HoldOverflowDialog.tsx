// Before 「入りきらないケースを保留へ」 postpones a case with a danger signal: the cases are named, with their
// signals, and the safe way out (postpone only the others) has the focus and answers Escape. Postponing a
// danger case too takes the red button. The names follow the board's 氏名を隠す, as the cards do. Either way
// the focus then goes to the last card that arrives in 保留 (the button that opened this goes away with the
// overflow, and focus would fall to <body>).
import { focusCardArrivingIn } from '../../hooks/useBoardFocus';
import { ConfirmDialog } from '../ConfirmDialog';

export interface DangerPastLine {
  caseNo: string;
  /** The card's label: 登録番号 with masked initials or the name, as the board shows it now. */
  label: string;
  /** 「外傷の報告・連絡のない欠席」 (dangerLabel). */
  signals: string;
}

interface Props {
  danger: readonly DangerPastLine[];
  /** How many cases past the line have no danger signal: those are postponed either way. */
  othersCount: number;
  onHoldOthers(): void;
  onHoldAll(): void;
}

export function HoldOverflowDialog({ danger, othersCount, onHoldOthers, onHoldAll }: Props) {
  return (
    <ConfirmDialog
      title="危険のサインのあるケースが予定時間に入りません"
      danger
      cancelLabel={`危険のサインのないケースだけ保留へ（${othersCount}件）`}
      confirmLabel={`危険のサインのあるケースも保留へ（全${othersCount + danger.length}件）`}
      onCancel={() => {
        if (othersCount > 0) focusCardArrivingIn('hold');
        onHoldOthers();
      }}
      onConfirm={() => {
        focusCardArrivingIn('hold');
        onHoldAll();
      }}
    >
      <p>次のケースには危険のサインがあります。保留にすると、この会議では協議しません。</p>
      <ul className="hold-danger-list">
        {danger.map((d) => (
          <li key={d.caseNo}>
            <strong>{d.label}</strong>：{d.signals}
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
