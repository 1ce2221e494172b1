// Step 2 (列の対応): per sheet, where its header was found and what each column becomes. Each select is
// named by the column's own header text, so it reads as "児童氏名: 児童氏名" to a screen reader.
import type { ColumnTarget, ImportPreview, PreviewColumn, PreviewSheet } from '../../../shared/contract';
import type { DateStyle } from '../lib/date-style';
import { columnLetter, duplicateTargets, TARGET_OPTIONS } from '../lib/mapping';
import { sampleText } from '../lib/sample-text';

interface Props {
  preview: ImportPreview;
  dateStyle: DateStyle;
  disabled: boolean;
  onChange(sheet: string, column: PreviewColumn, target: ColumnTarget): void;
}

export function ImportMappingStep({ preview, dateStyle, disabled, onChange }: Props) {
  return (
    <div className="mapping">
      <p>
        見出しから自動で対応を決めました。違っている列は右の選択肢で直してください。対応を変えると、確認内容を読み直します。
      </p>
      {preview.sheets.map((sheet) => (
        <SheetMapping key={sheet.name} sheet={sheet} dateStyle={dateStyle} disabled={disabled} onChange={onChange} />
      ))}
    </div>
  );
}

function SheetMapping({ sheet, dateStyle, disabled, onChange }: Omit<Props, 'preview'> & { sheet: PreviewSheet }) {
  const duplicates = duplicateTargets(sheet.columns);
  return (
    <section className="sheet-mapping" aria-label={`シート「${sheet.name}」`}>
      <h4>シート「{sheet.name}」</h4>
      <p className="sheet-meta">
        {sheet.headerRows
          ? sheet.headerRows.first === sheet.headerRows.last
            ? `見出し: ${sheet.headerRows.first}行目`
            : `見出し: ${sheet.headerRows.first}〜${sheet.headerRows.last}行目`
          : '見出しが見つかりません（このシートは取り込みません）'}
        {`　データ: ${sheet.dataRows.toLocaleString('ja-JP')} 行`}
        {sheet.classification && `　種別: ${sheet.classification}（シート名から）`}
      </p>
      {duplicates.length > 0 && <p className="warning">同じ項目に複数の列が対応しています: {duplicates.join('、')}</p>}
      {sheet.columns.length > 0 && (
        <div className="table-scroll">
          <table className="mapping-table">
            <thead>
              <tr>
                <th scope="col">列</th>
                <th scope="col">元の見出し</th>
                <th scope="col">取り込み先</th>
                <th scope="col">読み取り例</th>
              </tr>
            </thead>
            <tbody>
              {sheet.columns.map((column) => (
                <tr key={column.index} className={column.target !== column.suggested ? 'changed' : undefined}>
                  <td>{columnLetter(column.index)}</td>
                  <th scope="row">{column.header}</th>
                  <td>
                    <select
                      aria-label={column.header}
                      value={column.target}
                      disabled={disabled}
                      onChange={(e) => onChange(sheet.name, column, e.target.value as ColumnTarget)}
                    >
                      {TARGET_OPTIONS.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="sample">{sampleText(sheet.sample, column, dateStyle)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
