// The merged grid of one case: a column per agency, a row per item grouped as on the sheet, then the rows
// every agency writes freely (所見, 直近に対応したこと), the columns agencies added themselves, and 記入日／記入者.
import { worryCellText, type SheetCell } from '../../../../shared/assessment/merge';
import type { CaseSheetView } from '../../../../shared/contract/casesheets';

interface Props {
  sheet: CaseSheetView;
  date(iso: string): string;
}

function cellClass(cell: SheetCell): string {
  if (cell.worry) return cell.worry.status === '済' ? 'cell-worry heard' : 'cell-worry';
  return `cell-${cell.kind}`;
}

/** Rows by a label each agency may or may not have (a comment, an extra column): the labels in first-seen order. */
function freeRows(sheet: CaseSheetView, pick: (a: CaseSheetView['agencies'][number]) => [string, string][]) {
  const labels: string[] = [];
  for (const a of sheet.agencies) for (const [label] of pick(a)) if (!labels.includes(label)) labels.push(label);
  return labels.map((label) => ({
    label,
    cells: sheet.agencies.map((a) => pick(a).find(([l]) => l === label)?.[1] ?? (a.answered ? '' : '未回答')),
  }));
}

export function CaseSheetGrid({ sheet, date }: Props) {
  const span = sheet.agencies.length + 1;
  const comments = freeRows(sheet, (a) => a.comments.map((c) => [c.label, c.text]));
  const extras = freeRows(sheet, (a) => a.extra.map((e) => [e.header, e.value]));
  return (
    <div className="table-scroll case-sheet-grid">
      <table>
        <thead>
          <tr>
            <th scope="col">項目</th>
            {sheet.agencies.map((a) => (
              <th scope="col" key={a.agency}>
                {a.agency}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.groups.map((g) => [
            <tr key={`g-${g.group}`} className="group-row">
              <th scope="colgroup" colSpan={span}>
                {g.group}
              </th>
            </tr>,
            ...g.rows.map((r) => (
              <tr key={r.item.id}>
                <th scope="row">
                  {r.item.label}
                  {!r.asked && <span className="muted">（現在は尋ねていない項目）</span>}
                </th>
                {r.cells.map((c, i) => (
                  <td key={sheet.agencies[i]!.agency} className={cellClass(c)}>
                    {c.worry ? worryCellText(c.worry) : c.text}
                  </td>
                ))}
              </tr>
            )),
          ])}
          {comments.length + extras.length > 0 && (
            <tr className="group-row">
              <th scope="colgroup" colSpan={span}>
                記述・機関が加えた欄
              </th>
            </tr>
          )}
          {[...comments, ...extras].map((row) => (
            <tr key={`f-${row.label}`} className="free-row">
              <th scope="row">{row.label}</th>
              {row.cells.map((text, i) => (
                <td key={sheet.agencies[i]!.agency}>{text || '—'}</td>
              ))}
            </tr>
          ))}
          <tr className="free-row">
            <th scope="row">記入日／記入者</th>
            {sheet.agencies.map((a) => (
              <td key={a.agency}>
                {a.answered ? `${a.filledOn ? date(a.filledOn) : '—'}／${a.filledBy ?? '—'}` : '未回答'}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
