// 印刷・PDF of the family's copy: the window's own print view, laid out on the 配布資料's print sheet (its
// stylesheet: A4, the app hidden while printing, a frame table whose thead repeats 取扱注意 on every page). The
// words are planPrintModel's (shared/), the same as the DOCX.
import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { PlanPrintModel, PrintField, PrintTable } from '../../../../shared/plan/plan-print';
import '../../screens/handout-print.css';

export function PlanPrint({ model, fileName, onClose }: { model: PlanPrintModel; fileName: string; onClose(): void }) {
  const id = useId();
  const printButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    printButton.current?.focus();
    // The print dialog proposes the document title as the PDF's file name.
    const before = document.title;
    document.title = fileName;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => {
      document.title = before;
      document.removeEventListener('keydown', onKey);
    };
  }, [fileName, onClose]);

  return createPortal(
    <div className="handout-print" role="dialog" aria-modal="true" aria-labelledby={`${id}-h`}>
      <div className="handout-print-toolbar">
        <h1 id={`${id}-h`}>サポートプランの印刷</h1>
        <p className="hint">
          ご家庭にお渡しする控えです。PDFにするには、印刷画面の送信先で「PDFに保存」を選んでください。
        </p>
        <div className="handout-print-actions">
          <button ref={printButton} type="button" className="primary" onClick={() => window.print()}>
            印刷する
          </button>
          <button type="button" onClick={onClose}>
            閉じる
          </button>
        </div>
      </div>
      <div className="handout-sheets">
        <article className="handout-copy plan-print" aria-label="サポートプラン（ご家庭の控え）">
          <table className="handout-frame" role="presentation">
            <thead>
              <tr>
                <td>
                  <div className="handout-running-head">
                    <span className="handout-notice">{model.notice}</span>
                    <span>{model.title}</span>
                  </div>
                </td>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>
                  <PlanSheet model={model} />
                </td>
              </tr>
            </tbody>
          </table>
        </article>
      </div>
    </div>,
    document.body,
  );
}

function PlanSheet({ model }: { model: PlanPrintModel }) {
  return (
    <>
      <h2 className="handout-title">{model.title}</h2>
      <p className="plan-print-dates">
        {model.dates.map((d) => `${d.label}　${d.text || '　　年　　月　　日'}`).join('　　')}
      </p>
      {model.people.map((t) => (
        <Table key={t.heading} table={t} />
      ))}
      {model.pregnancy.length > 0 && (
        <>
          <h3 className="handout-subheading">出産について</h3>
          <table className="handout-table handout-detail">
            <tbody>
              {model.pregnancy.map((f) => (
                <tr key={f.label}>
                  <th scope="row">{f.label}</th>
                  <td>{f.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {model.fields.map((f) => (
        <Field key={f.label} field={f} />
      ))}
      <Table table={model.supports} />
      <Field field={model.nextConsultation} />
      <Table table={model.contacts} />
      <div className="plan-print-consent">
        <p>{model.consent.text}</p>
        <p>同意日　{model.consent.date || '　　　　年　　月　　日'}</p>
        {model.consent.signatures.map((s) => (
          <p key={s} className="plan-print-signature">
            {s}
            <span className="plan-print-line" />
          </p>
        ))}
      </div>
    </>
  );
}

function Field({ field }: { field: PrintField }) {
  return (
    <>
      <h3 className="handout-subheading">{field.label}</h3>
      <p className="plan-print-box">{field.text}</p>
    </>
  );
}

function Table({ table }: { table: PrintTable }) {
  const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => '')];
  return (
    <>
      <h3 className="handout-subheading">{table.heading}</h3>
      <table className="handout-table">
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) => (
                <td key={j}>{v || '\u00a0'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
