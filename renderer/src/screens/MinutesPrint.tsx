// 議事録の印刷・PDF: the very HTML every PDF of the minutes is printed from (shared/meeting/minutes-html.ts), shown
// in a frame and printed by the frame's own print(), whose system dialog also saves a PDF (Chromium and Electron
// alike). 「PDF を保存」 makes the file directly where the host can print to PDF (Electron's printToPDF, the browser
// host's headless Chromium); elsewhere the backend's message names 「印刷する」, the way that always works.
// The frame is sandboxed without scripts: the document has none, and the escaped text could never add one.
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { MinutesModel } from '../../../shared/meeting/minutes';
import { minutesHtml } from '../../../shared/meeting/minutes-html';
import './minutes-print.css';

export function MinutesPrint({
  model,
  onClose,
  onSavePdf,
  busy,
  error,
}: {
  model: MinutesModel;
  /** Why 「PDF を保存」 failed (this view covers the panel, so it says it here). */
  error: string | null;
  onClose: () => void;
  onSavePdf: () => void;
  busy: boolean;
}) {
  const id = useId();
  const frame = useRef<HTMLIFrameElement>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  const [html] = useState(() => minutesHtml(model));

  useEffect(() => {
    printButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const print = () => frame.current?.contentWindow?.print();

  return createPortal(
    <div className="minutes-print" role="dialog" aria-modal="true" aria-labelledby={`${id}-h`}>
      <div className="minutes-print-toolbar">
        <h1 id={`${id}-h`}>{model.title}の印刷</h1>
        <p className="hint">
          PDFにするには、印刷画面の送信先で「PDF に保存」を選んでください。各ページに「{model.notice}」が入ります。
        </p>
        <div className="minutes-print-actions">
          <button ref={printButton} type="button" className="primary" onClick={print}>
            印刷する
          </button>
          <button type="button" aria-busy={busy} onClick={onSavePdf}>
            PDF を保存
          </button>
          <button type="button" onClick={onClose}>
            閉じる
          </button>
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
      <iframe
        ref={frame}
        className="minutes-print-frame"
        title={`${model.title} ${model.meetingTitle}`}
        sandbox="allow-same-origin allow-modals"
        srcDoc={html}
      />
    </div>,
    document.body,
  );
}
