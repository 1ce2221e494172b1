// 印刷・PDF: the 事前配布資料 laid out for the window's own print, whose system dialog also saves a PDF (Chromium
// and Electron alike). The words come from buildHandout (shared/) as in the DOCX; this screen only lays them out.
// Each copy is one table whose thead carries 取扱注意・会議終了後回収 and its copy number: Chromium repeats a
// table's header group at the top of every page the table runs onto, which a position: fixed header cannot do
// per copy (fixed elements print on every page of the whole document, so N copies' headers would pile up).
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  AGENDA_COLUMNS,
  agendaRows,
  caseDetailLines,
  copyLabel,
  HOLD_COLUMNS,
  PROGRAM_COLUMNS,
  REPORT_COLUMNS,
  reportRows,
  type HandoutCase,
  type HandoutGroup,
  type HandoutLine,
  type HandoutModel,
} from '../../../shared/meeting/handout';
import { GROUP_LABELS } from '../../../shared/meeting/types';
import { HandoutSheetPage } from './HandoutSheetPage';
import './handout-print.css';

// The same columns as the DOCX (db/meeting/handout-docx.ts), so paper looks alike whichever way it was made.

export function HandoutPrint({ model, onClose }: { model: HandoutModel; onClose: () => void }) {
  const id = useId();
  const printButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    printButton.current?.focus();
    // The print dialog proposes the document title as the PDF's file name.
    const before = document.title;
    document.title = model.fileName.replace(/\.docx$/, '');
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.title = before;
      document.removeEventListener('keydown', onKey);
    };
  }, [model, onClose]);

  const copies = Array.from({ length: model.copies }, (_, i) => i + 1);
  const body = <HandoutRows model={model} />;
  // Rendered into <body>, beside #root: the stylesheet hides #root while this is open, so only the handout prints.
  return createPortal(
    <div className="handout-print" role="dialog" aria-modal="true" aria-labelledby={`${id}-h`}>
      <div className="handout-print-toolbar">
        <h1 id={`${id}-h`}>配布資料の印刷</h1>
        <p className="hint">
          {model.copies}部（配布番号 1〜{model.copies}）を続けて印刷します。PDFにするには、印刷画面の送信先で「PDF
          に保存」を選んでください。
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
        {copies.map((copy) => (
          <article key={copy} className="handout-copy" aria-label={copyLabel(copy, model.copies)}>
            <table className="handout-frame" role="presentation">
              <thead>
                <tr>
                  <td>
                    <div className="handout-running-head">
                      <span className="handout-notice">{model.notice}</span>
                      <span className="handout-copy-no">{copyLabel(copy, model.copies)}</span>
                    </div>
                  </td>
                </tr>
              </thead>
              <tbody>{body}</tbody>
            </table>
          </article>
        ))}
      </div>
    </div>,
    document.body,
  );
}

/**
 * The handout as rows of the copy's frame table, one block per row: a case's row is kept on one page (as the DOCX
 * keeps a case together; one longer than a page still breaks), while an agenda row may run over pages with its
 * table header repeated.
 */
function HandoutRows({ model }: { model: HandoutModel }) {
  const discussed = model.groups.filter((g) => g.group !== 'hold').flatMap((g) => g.items);
  const sheets = model.sheets;
  // In the last row rather than a row of its own, which could take a page for one sentence.
  const closing = (
    <p className="handout-closing">
      本資料は会議終了後に回収します。複製・持ち出しはしないでください（児童福祉法第25条の5）。
    </p>
  );
  return (
    <>
      <Row keep>
        <h2 className="handout-title">{model.title}</h2>
        <p className="handout-meeting-title">{model.meetingTitle}</p>
        {model.masked && (
          <p className="handout-small">
            氏名等は伏せ、登録番号とふりがなのイニシャルで表示しています（ふりがながないケースは登録番号のみ）。
          </p>
        )}
        <DetailTable lines={[...model.meetingLines, { label: '作成日', value: model.createdOn }]} />
        {model.program.length > 0 && (
          <>
            <h3 className="handout-heading">次第</h3>
            <DataTable caption="次第" className="handout-program" columns={PROGRAM_COLUMNS} rows={model.program} />
          </>
        )}
      </Row>
      {model.groups.map((group, i) => (
        <Row key={group.group}>
          {i === 0 && <h3 className="handout-heading">会議次第</h3>}
          <AgendaGroup group={group} />
          {discussed.length === 0 && sheets.length === 0 && i === model.groups.length - 1 && closing}
        </Row>
      ))}
      {discussed.map((item, i) => (
        <Row key={item.caseNo} keep>
          {i === 0 && <h3 className="handout-heading">事例の概要</h3>}
          <CaseBlock item={item} />
          {i === discussed.length - 1 && sheets.length === 0 && closing}
        </Row>
      ))}
      {/* A page per case with answers; a sheet longer than a page breaks, its header row repeated. */}
      {sheets.map((sheet, i) => (
        <tr key={`sheet-${sheet.caseNo}`} className="handout-sheet-row">
          <td>
            <HandoutSheetPage sheet={sheet} />
            {i === sheets.length - 1 && closing}
          </td>
        </tr>
      ))}
    </>
  );
}

function Row({ keep = false, children }: { keep?: boolean; children: ReactNode }) {
  return (
    <tr className={keep ? 'handout-keep' : undefined}>
      <td>{children}</td>
    </tr>
  );
}

function AgendaGroup({ group }: { group: HandoutGroup }) {
  const title = `${group.label}（${group.items.length}件）`;
  if (group.items.length === 0) {
    return (
      <>
        <h4 className="handout-subheading">{title}</h4>
        <p>該当なし</p>
      </>
    );
  }
  const rows = agendaRows(group);
  return (
    <>
      <h4 className="handout-subheading">{title}</h4>
      <DataTable
        caption={`会議次第：${title}`}
        className={group.group === 'hold' ? 'handout-hold' : 'handout-agenda'}
        columns={group.group === 'hold' ? HOLD_COLUMNS : AGENDA_COLUMNS}
        rows={rows}
      />
    </>
  );
}

function CaseBlock({ item }: { item: HandoutCase }) {
  const lines = caseDetailLines(item);
  return (
    <section className="handout-case" aria-label={item.label}>
      <h4 className="handout-case-title">
        {item.no ?? ''}. {item.label}
        <span className="handout-case-group">〔{GROUP_LABELS[item.group]}〕</span>
      </h4>
      <DetailTable lines={lines} />
      <p className="handout-reports-title">関係機関からの報告（新しい順）</p>
      {item.reports.length === 0 ? (
        <p>報告なし</p>
      ) : (
        <DataTable
          caption={`${item.label} の報告`}
          className="handout-reports"
          columns={REPORT_COLUMNS}
          rows={reportRows(item)}
        />
      )}
      {item.olderReports > 0 && <p className="handout-small">ほかに以前の報告が{item.olderReports}件あります。</p>}
    </section>
  );
}

function DetailTable({ lines }: { lines: readonly HandoutLine[] }) {
  return (
    <table className="handout-table handout-detail">
      <tbody>
        {lines.map((line) => (
          <tr key={line.label}>
            <th scope="row">{line.label}</th>
            <td>{line.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Its thead repeats on the next page when a long agenda runs over, as the DOCX's header rows do. */
function DataTable({
  caption,
  className,
  columns,
  rows,
}: {
  caption: string;
  className: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}) {
  return (
    <table className={`handout-table ${className}`}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((values, i) => (
          <tr key={i}>
            {columns.map((c, j) => (
              <td key={c}>{values[j] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
