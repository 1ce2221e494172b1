// Snapshots of the case's board (one per meeting, or whenever asked) and what changed between the last two.
import { useState } from 'react';
import type { SnapshotInfo } from '../../../../shared/contract';
import type { LabelOf } from '../../../../shared/board/diff';
import { useApi } from '../../api-context';
import { useBackendAction } from '../../hooks/useBackendAction';
import { formatTimestamp } from '../../lib/today';
import { diffLines } from './diff-lines';

interface Props {
  snapshots: SnapshotInfo[];
  defaultLabel: string;
  /** The meeting the board was opened from: snapshots taken now belong to it. */
  meetingId: number | null;
  onSave(label: string): Promise<void>;
  /** Plain labels, or the masked ones on the projector. */
  personLabel: LabelOf;
}

export function SnapshotPanel({ snapshots, defaultLabel, meetingId, onSave, personLabel }: Props) {
  const api = useApi();
  const action = useBackendAction();
  const [label, setLabel] = useState(defaultLabel);
  const [saved, setSaved] = useState(false);
  const [changes, setChanges] = useState<{ title: string; lines: string[] } | null>(null);

  const save = async () => {
    setSaved(false);
    const outcome = await action.run(() => onSave(label.trim() || defaultLabel));
    setSaved(outcome.ok);
  };

  const compare = async () => {
    const [latest, previous] = snapshots;
    if (!latest || !previous) return;
    setSaved(false);
    const outcome = await action.run(() =>
      Promise.all([
        api.call('board.snapshotGet', { id: previous.id }),
        api.call('board.snapshotGet', { id: latest.id }),
      ]),
    );
    if (outcome.ok) {
      const [before, after] = outcome.value;
      setChanges({
        title: `「${previous.label}」から「${latest.label}」までの違い`,
        lines: diffLines(before.doc, after.doc, personLabel),
      });
    }
  };

  return (
    <section className="board-section" aria-label="スナップショット">
      <h3>スナップショット</h3>
      <div className="board-inline">
        <label className="board-field">
          <span>スナップショットの名前</span>
          <input type="text" value={label} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="button" onClick={save} disabled={action.busy}>
          {meetingId !== null ? '会議のスナップショットを保存' : 'スナップショットを保存'}
        </button>
      </div>
      {action.error && (
        <p role="alert" className="error">
          {action.error}
        </p>
      )}
      {saved && !action.error && (
        <p role="status" className="muted">
          スナップショットを保存しました。
        </p>
      )}
      {snapshots.length === 0 ? (
        <p className="muted">まだありません。</p>
      ) : (
        <ol aria-label="スナップショットの一覧" className="board-snapshots">
          {snapshots.map((s) => (
            <li
              key={s.id}
            >{`${s.label}（${formatTimestamp(s.createdAt)}${s.meetingId !== null ? '・会議の記録' : ''}）`}</li>
          ))}
        </ol>
      )}
      <button type="button" onClick={compare} disabled={snapshots.length < 2}>
        前回との違い
      </button>
      {changes && (
        <div role="region" aria-label="前回との違い" className="board-diff">
          <h4>{changes.title}</h4>
          {changes.lines.length === 0 ? (
            <p>違いはありません。</p>
          ) : (
            <ul>
              {changes.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
