// The print view's page per case (アセスメントシートの集約), the same words as the DOCX (shared/meeting/
// handout-sheets.ts): a new page, the merged grid with a column per agency, and the 聞き取り of every worry.
import { SHEET_NOTE, SHEET_TITLE, type HandoutSheet } from '../../../shared/meeting/handout';

export function HandoutSheetPage({ sheet }: { sheet: HandoutSheet }) {
  return (
    <section className="handout-sheet" aria-label={`${SHEET_TITLE} ${sheet.label}`}>
      <h3 className="handout-heading">
        {SHEET_TITLE}　{sheet.label}
      </h3>
      <p className="handout-small">{sheet.answered}</p>
      <table className="handout-table handout-sheet-grid">
        <caption className="visually-hidden">{`${sheet.label} のアセスメントシート`}</caption>
        <thead>
          <tr>
            <th scope="col">項目</th>
            {sheet.agencies.map((a) => (
              <th key={a} scope="col">
                {a}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row, i) =>
            row.heading ? (
              <tr key={i} className="handout-sheet-group">
                <th scope="colgroup" colSpan={sheet.agencies.length + 1}>
                  {row.label}
                </th>
              </tr>
            ) : (
              <tr key={i}>
                <th scope="row">{row.label}</th>
                {row.cells.map((text, j) => (
                  <td key={j} className={text.includes('⚑ 聞き取り未') ? 'handout-worry' : undefined}>
                    {text}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
      <p className="handout-small">{SHEET_NOTE}</p>
      <p className="handout-reports-title">聞き取り</p>
      {sheet.hearings.length === 0 ? (
        <p className="handout-small">気がかり（「はい」の回答）はありません。</p>
      ) : (
        <ul className="handout-hearings">
          {sheet.hearings.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
