// 書き出し of the year's figures: the 報告資料 (Word) for the 代表者会議 or the figures workbook (Excel). Both are
// aggregate only; the one choice is whether small counts are hidden (「N件未満」), on by default because these
// files are made to leave the office (配布資料, the council's report). The optional open password is the same
// FilePasswordFields as the ledger and the minutes. The backend writes and logs the file; the window saves it.
import { useId, useRef, useState } from 'react';
import { MAX_SMALL_COUNT_THRESHOLD } from '../../../../shared/contract/session';
import { MIN_THRESHOLD } from '../../../../shared/stats/small-counts';
import { fiscalYearLabel } from '../../../../shared/stats/chart-labels';
import { useBackendAction } from '../../hooks/useBackendAction';
import { errorMessage } from '../../lib/errors';
import { downloadBase64 } from '../../lib/files';
import { ConfirmDialog } from '../ConfirmDialog';
import { FilePasswordFields, useFilePassword } from '../FilePasswordFields';

type Format = 'docx' | 'xlsx';
const FORMATS: { format: Format; label: string }[] = [
  { format: 'docx', label: 'Word 報告資料' },
  { format: 'xlsx', label: 'Excel' },
];

interface Props {
  fiscalYear: number;
  /** The smallCountThreshold setting. */
  threshold: number;
  /** Saves a new threshold in the settings (it is the council's rule, kept for every later file). */
  onThreshold(threshold: number): void;
}

export function StatsExport({ fiscalYear, threshold, onThreshold }: Props) {
  const id = useId();
  const [asking, setAsking] = useState<Format | null>(null);
  const [hideSmall, setHideSmall] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const password = useFilePassword(() => setProblem(null));
  const { busy, run: runAction } = useBackendAction();
  const opener = useRef<HTMLButtonElement | null>(null);

  const choose = (format: Format, button: HTMLButtonElement) => {
    opener.current = button;
    setHideSmall(true);
    password.reset();
    setProblem(null);
    setFailure(null);
    setAsking(format);
  };
  const close = () => {
    setAsking(null);
    password.reset();
    opener.current?.focus();
  };
  const run = (format: Format) => {
    const wrong = password.problem();
    if (wrong) return setProblem(wrong);
    const input = { fiscalYear, format, hideSmallCounts: hideSmall, ...password.input() };
    close();
    void runAction('stats.export', input).then((outcome) => {
      if (outcome.ok) downloadBase64(outcome.value.fileName, outcome.value.mimeType, outcome.value.dataBase64);
      else setFailure(errorMessage(outcome.error));
    });
  };

  return (
    <div className="stats-export" role="group" aria-label="書き出し">
      <span className="stats-export-label">書き出し</span>
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" aria-busy={busy} onClick={(e) => !busy && choose(format, e.currentTarget)}>
          {label}
        </button>
      ))}
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={`${fiscalYearLabel(fiscalYear)}の実績を書き出しますか`}
          confirmLabel="書き出す"
          onConfirm={() => run(asking)}
          onCancel={close}
        >
          <p>
            {asking === 'docx' ? '代表者会議の報告資料（グラフと表）' : '内訳ごとのシートの表'}
            を作ります。件数の集計だけで、氏名や登録番号は含みません。
          </p>
          <label className="check">
            <input type="checkbox" checked={hideSmall} onChange={(e) => setHideSmall(e.target.checked)} />
            少ない件数を伏せる（{threshold}件未満）
          </label>
          {hideSmall && (
            <div className="stats-threshold">
              <label htmlFor={`${id}-threshold`}>伏せる基準</label>
              <input
                id={`${id}-threshold`}
                type="number"
                min={MIN_THRESHOLD}
                max={MAX_SMALL_COUNT_THRESHOLD}
                defaultValue={threshold}
                onChange={(e) => {
                  // Saved as soon as it is a value the setting takes; anything else is left unsaved.
                  const value = Number(e.target.value);
                  if (Number.isInteger(value) && value >= MIN_THRESHOLD && value <= MAX_SMALL_COUNT_THRESHOLD)
                    onThreshold(value);
                }}
              />
              <span>
                件未満（{MIN_THRESHOLD}〜{MAX_SMALL_COUNT_THRESHOLD}）
              </span>
            </div>
          )}
          <p className="hint">
            事務局の外に出す資料では、少ない件数から家庭が分かることのないよう、伏せたままにしてください。
          </p>
          <FilePasswordFields state={password} />
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
          <p>書き出したことは、操作者名とともに操作ログに記録されます。</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
