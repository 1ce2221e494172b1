// Progress from 'ledger.importProgress'. Before the first event the bar is indeterminate (no value).
import { useId } from 'react';
import type { EventPayload } from '../../../shared/contract';

export type ImportProgressEvent = EventPayload<'ledger.importProgress'>;

const PHASES: Record<ImportProgressEvent['phase'], string> = {
  read: 'ファイルを読んでいます',
  parse: '行を確認しています',
  write: '書き込んでいます',
};

export function ImportProgress({ progress, waiting }: { progress: ImportProgressEvent | null; waiting: string }) {
  const id = useId();
  const known = progress !== null && progress.total > 0;
  const percent = known ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  const text = progress
    ? `${PHASES[progress.phase]}${known ? `（${progress.done.toLocaleString('ja-JP')} / ${progress.total.toLocaleString('ja-JP')}）` : ''}`
    : waiting;

  return (
    <div className="progress">
      <span id={id} className="progress-label">
        取り込みの進み具合
      </span>
      <div
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
        className={`progress-track${percent === null ? ' indeterminate' : ''}`}
      >
        <div className="progress-fill" style={{ width: `${percent ?? 30}%` }} />
      </div>
      <span className="progress-text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
