// The family's copy of the version on screen: Word (the backend writes and logs it, an optional open password as
// every export) or 印刷・PDF in the window's print view. Any version can be printed; a handed-over one prints
// exactly as it was handed over.
import { useApi } from '../../api-context';
import type { PlanPrintModel } from '../../../../shared/plan/plan-print';
import { usePrintableExport } from '../../hooks/usePrintableExport';
import { downloadBase64 } from '../../lib/files';
import { FilePasswordFields, useFilePassword } from '../FilePasswordFields';
import { PlanPrint } from './PlanPrint';

export function PlanExport({ planId, version }: { planId: number; version: number }) {
  const api = useApi();
  const { busy, error, setError, run, preview, setPreview, closePreview, printOpener } =
    usePrintableExport<PlanPrintModel>();
  const password = useFilePassword(() => setError(null));
  const exportDocx = () => {
    const wrong = password.problem();
    if (wrong) return setError(wrong);
    run(
      () => api.call('plans.export', { id: planId, version, ...password.input() }),
      (file) => downloadBase64(file.fileName, file.mimeType, file.dataBase64),
    );
  };
  const openPrint = () => run(() => api.call('plans.printModel', { id: planId, version }), setPreview);

  return (
    <section className="plan-export" aria-label="ご家庭に渡す控え">
      <div className="form-row">
        <button type="button" aria-busy={busy} onClick={exportDocx}>
          Word で書き出す（第{version}版）
        </button>
        <button ref={printOpener} type="button" aria-busy={busy} onClick={openPrint}>
          印刷・PDF
        </button>
      </div>
      <FilePasswordFields state={password} label="Word にパスワードを付けて保存" />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {preview && (
        <PlanPrint model={preview} fileName={`サポートプラン_${planId}_第${version}版`} onClose={closePreview} />
      )}
    </section>
  );
}
