// The board's heading: the case, the meeting it was opened from, the save state, 投影用表示 and closing;
// and, for a case without a board yet, the choice of how to start one.
import { formatDate } from '../../../../shared/ledger/dates';
import type { SaveState } from './useBoardStore';

interface Props {
  titleId: string;
  caseNo: string;
  meetingId: number | null;
  meetingTitle: string | null;
  /** The meeting's date the ages are counted to (null outside a meeting). */
  asOf: string | null;
  save: SaveState;
  projector: boolean;
  onProjector(on: boolean): void;
  onClose(): void;
}

export function BoardHead(p: Props) {
  const { titleId, caseNo, meetingId, meetingTitle, asOf, save, projector, onProjector, onClose } = p;
  const saveText =
    save.kind === 'error'
      ? save.message
      : { saved: '保存済み', pending: '未保存の変更があります', saving: '保存しています…' }[save.kind];
  return (
    <div className="board-head">
      <h1 id={titleId}>ホワイトボード {caseNo}</h1>
      {meetingId !== null && (
        // One line beside the title at every room size: a long meeting title gives way (whole on hover),
        // the date the ages are counted to never does.
        <p className="muted board-meeting" title={meetingTitle ?? undefined}>
          <span className="board-meeting-title">{`会議：${meetingTitle ?? '読み込み中…'}`}</span>
          {asOf && <span className="board-meeting-asof">{`（年齢は${formatDate(asOf, 'wareki')}時点）`}</span>}
        </p>
      )}
      <p role="status" className={save.kind === 'error' ? 'error' : 'muted'}>
        {saveText}
      </p>
      <label className="board-check">
        <input type="checkbox" checked={projector} onChange={(e) => onProjector(e.target.checked)} />
        投影用表示（仮名・大きな文字）
      </label>
      <button type="button" onClick={onClose}>
        ホワイトボードを閉じる
      </button>
    </div>
  );
}

export function BoardStart({ onLedger, onBlank }: { onLedger(): void; onBlank(): void }) {
  return (
    <div className="board-start card">
      <p>このケースのホワイトボードはまだありません。</p>
      <button type="button" className="primary" onClick={onLedger}>
        台帳から作成
      </button>
      <button type="button" onClick={onBlank}>
        白紙から作成
      </button>
    </div>
  );
}
