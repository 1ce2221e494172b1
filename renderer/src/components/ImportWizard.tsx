// 台帳の取り込み: file → 列の対応 → 確認 → result. Only 「取り込む」 writes (ledger.importCommit); every
// earlier step is ledger.importPreview, a dry run. A modal <dialog> keeps focus inside and closes on Escape.
import { useEffect, useId, useState } from 'react';
import {
  AppError,
  type ColumnTarget,
  type ImportPreview,
  type ImportReport,
  type MappingOverride,
  type PreviewColumn,
} from '../../../shared/contract';
import { useApi } from '../api-context';
import { useModalDialog } from '../hooks/useModalDialog';
import type { DateStyle } from '../lib/date-style';
import { errorMessage } from '../lib/errors';
import { readFileAsBase64 } from '../lib/files';
import { createRequestGate } from '../lib/request-gate';
import { overwriteList, type Choices } from '../lib/import-choices';
import { setColumnTarget } from '../lib/mapping';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '../../../shared/ledger/import-limits';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPasswordForm, useFilePassword } from './ImportPasswordForm';
import { ImportProgress, type ImportProgressEvent } from './ImportProgress';
import { ImportReportView } from './ImportReportView';

type Step = 'file' | 'mapping' | 'confirm' | 'done';
const STEPS: { step: Step; label: string }[] = [
  { step: 'file', label: 'ファイルの選択' },
  { step: 'mapping', label: '列の対応' },
  { step: 'confirm', label: '確認' },
  { step: 'done', label: '完了' },
];

interface Upload {
  fileName: string;
  dataBase64: string;
}

export function ImportWizard({ dateStyle, onClose }: { dateStyle: DateStyle; onClose(): void }) {
  const api = useApi();
  const id = useId();
  const dialog = useModalDialog();
  const [step, setStep] = useState<Step>('file');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<MappingOverride>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgressEvent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  // Keep/overwrite per case and field for changes that would undo a newer value; empty keeps them all.
  const [choices, setChoices] = useState<Choices>(new Map());
  // Mapping changes can overlap; only the newest preview may land.
  const [previews] = useState(createRequestGate);
  const committing = busy !== null && step === 'confirm';
  // A protected workbook: the form asks; the password is held only while this file is in the wizard
  // (every mapping change reads the file again) and dropped on another file, on commit and on close.
  const password = useFilePassword();

  useEffect(
    () =>
      api.on('ledger.importProgress', (event) => {
        // A preview's token is only known when it returns, so during one any progress is ours.
        setProgress((current) => (preview && committing && event.token !== preview.token ? current : event));
      }),
    [api, preview, committing],
  );

  const runPreview = (file: Upload, override: MappingOverride, then: Step, label: string) => {
    const counts = previews.begin();
    setBusy(label);
    setProgress(null);
    setError(null);
    const input = { ...file, ...(Object.keys(override).length ? { mapping: override } : {}), ...password.input() };
    api.call('ledger.importPreview', input).then(
      (value) => {
        if (!counts()) return;
        password.accepted();
        setPreview(value);
        setChoices(new Map());
        setStep(then);
        setBusy(null);
      },
      (e: unknown) => {
        if (!counts()) return;
        setBusy(null);
        if (password.refused(e)) setStep('file');
        else setError(errorMessage(e));
      },
    );
  };

  const openWithPassword = (typed: string) => {
    if (!upload) return;
    password.hold(typed);
    runPreview(upload, {}, 'mapping', 'パスワードを確かめています…');
  };

  const chooseFile = (file: File) => {
    // Refused before reading: a file past the limit would be held in this window's memory for nothing.
    if (file.size > IMPORT_LIMITS.fileBytes) {
      setError(LIMIT_MESSAGES.fileBytes(file.name, file.size));
      return;
    }
    setBusy('ファイルを読み込んでいます…');
    setError(null);
    password.forget();
    readFileAsBase64(file).then(
      (dataBase64) => {
        const next = { fileName: file.name, dataBase64 };
        setUpload(next);
        setPreview(null);
        setMapping({});
        runPreview(next, {}, 'mapping', 'ファイルを読み込んでいます…');
      },
      () => {
        setBusy(null);
        setError('ファイルを読めませんでした。別の場所に保存し直してから選んでください。');
      },
    );
  };

  const changeTarget = (sheet: string, column: PreviewColumn, target: ColumnTarget) => {
    if (!upload) return;
    const next = setColumnTarget(mapping, sheet, column, target);
    setMapping(next);
    runPreview(upload, next, 'mapping', '確認内容を読み直しています…');
  };

  const commit = () => {
    if (!preview || !upload) return;
    setBusy('取り込んでいます…');
    setProgress(null);
    setError(null);
    const overwriteNewer = overwriteList(preview.report.updates, choices);
    const input = {
      token: preview.token,
      ...(Object.keys(mapping).length ? { mapping } : {}),
      ...(overwriteNewer.length ? { overwriteNewer } : {}),
    };
    api.call('ledger.importCommit', input).then(
      (report) => {
        password.forget();
        setResult(report);
        setStep('done');
        setBusy(null);
      },
      (e: unknown) => {
        setBusy(null);
        if (e instanceof AppError && e.code === 'expired') {
          // The preview was kept too long; read the file again and let the user confirm the fresh report.
          runPreview(upload, mapping, 'confirm', 'ファイルを読み直しています…');
          setError(
            '確認してから時間が経ったため、ファイルを読み直しました。内容を確かめて、もう一度「取り込む」を押してください。',
          );
        } else setError(errorMessage(e));
      },
    );
  };

  return (
    <dialog
      ref={dialog}
      className="wizard"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        // Escape must not hide an import that is being written.
        e.preventDefault();
        if (!committing) onClose();
      }}
    >
      <div className="wizard-head">
        <h2 id={`${id}-title`}>台帳の取り込み</h2>
        <ol className="steps">
          {STEPS.map(({ step: s, label }, i) => (
            <li key={s} aria-current={s === step ? 'step' : undefined}>
              {i + 1}. {label}
            </li>
          ))}
        </ol>
      </div>
      <div className="wizard-body">
        <h3>{STEPS.find((s) => s.step === step)?.label}</h3>
        {upload && step !== 'file' && <p className="muted">ファイル: {upload.fileName}</p>}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {busy && <ImportProgress progress={progress} waiting={busy} />}
        {step === 'file' &&
          (password.ask && upload ? (
            <ImportPasswordForm
              fileName={upload.fileName}
              wrongTries={password.ask.wrongTries}
              disabled={busy !== null}
              onSubmit={openWithPassword}
              onOtherFile={() => {
                password.forget();
                setUpload(null);
                setError(null);
              }}
            />
          ) : (
            <ImportFileStep disabled={busy !== null} onFile={chooseFile} />
          ))}
        {step === 'mapping' && preview && (
          <ImportMappingStep preview={preview} dateStyle={dateStyle} disabled={busy !== null} onChange={changeTarget} />
        )}
        {step === 'confirm' && preview && (
          <>
            {nothingImportable(preview.report) ? (
              <p role="alert" className="warning">
                取り込める行がありません。下の理由を確かめ、ファイルを直してから選び直してください。
              </p>
            ) : (
              <p>この内容で取り込みます。まだ何も保存されていません。</p>
            )}
            <ImportReportView
              report={preview.report}
              dateStyle={dateStyle}
              choices={choices}
              onChoices={setChoices}
              disabled={busy !== null}
            />
          </>
        )}
        {step === 'done' && result && (
          <>
            <p role="status">
              {result.imported + result.updated > 0
                ? '取り込みが完了しました。'
                : '取り込みましたが、台帳は変わりませんでした。'}
            </p>
            <ImportReportView report={result} dateStyle={dateStyle} />
          </>
        )}
      </div>
      <div className="wizard-actions">
        {step === 'mapping' && (
          <>
            <button type="button" onClick={() => setStep('file')} disabled={busy !== null}>
              戻る
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => setStep('confirm')}
              disabled={busy !== null || !preview}
            >
              次へ
            </button>
          </>
        )}
        {step === 'confirm' && (
          <>
            <button type="button" onClick={() => setStep('mapping')} disabled={busy !== null}>
              戻る
            </button>
            <button
              type="button"
              className="primary"
              onClick={commit}
              disabled={busy !== null || !preview || nothingImportable(preview.report)}
            >
              取り込む
            </button>
          </>
        )}
        {step === 'done' ? (
          <button type="button" className="primary" onClick={onClose}>
            閉じる
          </button>
        ) : (
          <button type="button" onClick={onClose} disabled={committing}>
            キャンセル
          </button>
        )}
      </div>
    </dialog>
  );
}

/** Every row was rejected: committing would write nothing, so the wizard says so instead of 「完了」. */
function nothingImportable(report: ImportReport): boolean {
  return report.imported === 0 && report.updates.length === 0 && report.unchanged === 0;
}
