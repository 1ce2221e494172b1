// 報告の取り込み: an agencies' report file (one row per case) is checked first (dry run), then imported. A returned
// assessment sheet (the request workbook an agency filled in) goes through the same steps; the backend recognises
// it and the check shows its answers (ImportedAnswers) instead of reports.
import { useEffect, useId, useRef, useState } from 'react';
import type { ReportImportResult } from '../../../../shared/contract';
import { LEDGER_FILE_ACCEPT } from '../../../../shared/ledger/file-types';
import { useApi } from '../../api-context';
import { errorMessage } from '../../lib/errors';
import { readFileAsBase64 } from '../../lib/files';
import { ImportPasswordForm, isPasswordError } from '../ImportPasswordForm';
import { answersTitle, ImportedAnswers } from './ImportedAnswers';
import { ImportedReports } from './ImportedReports';

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'password'; fileName: string; dataBase64: string; wrongTries: number }
  | { step: 'checked'; fileName: string; dataBase64: string; result: ReportImportResult }
  | { step: 'done'; result: ReportImportResult };

export function ReportImport() {
  const api = useApi();
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  // A protected file's open password, only between its check and its import (both read the file); never
  // rendered or stored, dropped after the import, on another file and when the panel goes away.
  const filePassword = useRef<string | undefined>(undefined);
  useEffect(
    () => () => {
      filePassword.current = undefined;
    },
    [],
  );
  const withPassword = () => (filePassword.current ? { filePassword: filePassword.current } : {});

  const checkBytes = async (fileName: string, dataBase64: string, wrongTries: number) => {
    setError(null);
    setState({ step: 'busy' });
    try {
      const result = await api.call('reports.import', { fileName, dataBase64, dryRun: true, ...withPassword() });
      setState({ step: 'checked', fileName, dataBase64, result });
    } catch (e: unknown) {
      if (isPasswordError(e)) {
        filePassword.current = undefined;
        const tries = e.code === 'file_password_wrong' ? wrongTries + 1 : 0;
        setState({ step: 'password', fileName, dataBase64, wrongTries: tries });
        return;
      }
      setError(errorMessage(e));
      setState({ step: 'idle' });
    }
  };

  const check = async (file: File) => {
    filePassword.current = undefined;
    setError(null);
    setState({ step: 'busy' });
    try {
      await checkBytes(file.name, await readFileAsBase64(file), 0);
    } catch (e: unknown) {
      setError(errorMessage(e));
      setState({ step: 'idle' });
    }
  };

  const commit = (fileName: string, dataBase64: string) => {
    setState({ step: 'busy' });
    api.call('reports.import', { fileName, dataBase64, ...withPassword() }).then(
      (result) => {
        filePassword.current = undefined;
        setState({ step: 'done', result });
      },
      (e: unknown) => {
        filePassword.current = undefined;
        setError(errorMessage(e));
        setState({ step: 'idle' });
      },
    );
  };

  return (
    <div className="report-import">
      <h3>ファイルから取り込む</h3>
      <p className="hint">
        列:
        登録番号、報告日、報告機関、欠席日数、連絡のない欠席、外傷、家庭状況の変化、安全スケール、所見（1行に1ケース）
      </p>
      <p className="hint">依頼したアセスメントシートに機関が記入して返したファイルも、ここから取り込めます。</p>
      <input
        id={id}
        type="file"
        accept={LEDGER_FILE_ACCEPT}
        className="file-input"
        disabled={state.step === 'busy'}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void check(file);
        }}
      />
      <label htmlFor={id} className="button-like">
        報告ファイルを選択
      </label>
      {state.step === 'busy' && <p role="status">処理中…</p>}
      {state.step === 'password' && (
        <ImportPasswordForm
          fileName={state.fileName}
          wrongTries={state.wrongTries}
          disabled={false}
          onSubmit={(password) => {
            filePassword.current = password;
            void checkBytes(state.fileName, state.dataBase64, state.wrongTries);
          }}
          onOtherFile={() => {
            filePassword.current = undefined;
            setState({ step: 'idle' });
          }}
        />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {state.step === 'checked' && (
        <>
          <p>
            「{state.fileName}」の確認結果です。
            {state.result.answers ? `${answersTitle(state.result.answers)}のファイルです。` : ''}
            まだ保存されていません。
          </p>
          <ReportResultView result={state.result} pending />
          <button type="button" className="primary" onClick={() => commit(state.fileName, state.dataBase64)}>
            {state.result.answers ? '取り込む' : '報告を取り込む'}
          </button>
        </>
      )}
      {state.step === 'done' && (
        <>
          <p role="status">
            {state.result.answers
              ? `${answersTitle(state.result.answers)}の取り込みが完了しました。`
              : '報告の取り込みが完了しました。'}
          </p>
          <ReportResultView result={state.result} pending={false} />
        </>
      )}
    </div>
  );
}

function ReportResultView({ result, pending }: { result: ReportImportResult; pending: boolean }) {
  return (
    <div className="report">
      {result.answers ? (
        <ImportedAnswers answers={result.answers} pending={pending} />
      ) : (
        <ReportCounts result={result} pending={pending} />
      )}
      <ReportRejections result={result} />
    </div>
  );
}

function ReportCounts({ result, pending }: { result: ReportImportResult; pending: boolean }) {
  const n = (v: number) => v.toLocaleString('ja-JP');
  return (
    <>
      <dl className="report-counts">
        <div>
          <dt>{pending ? '取り込む報告' : '取り込んだ報告'}</dt>
          <dd>{n(result.imported)} 件</dd>
        </div>
        <div>
          <dt>登録済み（変更なし）</dt>
          <dd>{n(result.unchanged)} 件</dd>
        </div>
        <div className={result.rejected.length ? 'bad' : undefined}>
          <dt>取り込めない行</dt>
          <dd>{n(result.rejected.length)} 件</dd>
        </div>
      </dl>
      <ImportedReports reports={result.reports} pending={pending} />
    </>
  );
}

function ReportRejections({ result }: { result: ReportImportResult }) {
  return (
    <>
      {result.rejected.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>取り込めない行</caption>
            <thead>
              <tr>
                <th scope="col">シート</th>
                <th scope="col">行</th>
                <th scope="col">登録番号</th>
                <th scope="col">理由</th>
              </tr>
            </thead>
            <tbody>
              {result.rejected.map((r, i) => (
                <tr key={`${r.sheet}-${r.row}-${i}`}>
                  <td>{r.sheet}</td>
                  <td className="numeric">{r.row}</td>
                  <td>{r.caseNo ?? ''}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.warnings.length > 0 && (
        <ul className="warnings" aria-label="注意">
          {result.warnings.map((w, i) => (
            <li key={i}>
              {w.sheet} {w.row ?? ''}行 {w.caseNo ?? ''}: {w.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
