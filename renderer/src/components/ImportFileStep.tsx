// Step 1: pick or drop one ledger file (every format the import reads; it decides by the bytes).
import { useId, useState, type DragEvent } from 'react';
import { LEDGER_FILE_ACCEPT } from '../../../shared/ledger/file-types';

const ACCEPT = LEDGER_FILE_ACCEPT;

export function ImportFileStep({ disabled, onFile }: { disabled: boolean; onFile(file: File): void }) {
  const id = useId();
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p>台帳のファイルを選ぶか、ここにドラッグしてください。</p>
      <p className="hint">
        Excel（.xlsx・.xlsm・.xls）、LibreOffice Calc（.ods）、CSV（.csv・.tsv・.txt）を読み込めます。パスワード付きの
        Excel ファイルは、読み込むときにパスワードを尋ねます。
      </p>
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        disabled={disabled}
        className="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it in Excel) fires change again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      {/* The input stays focusable but invisible; the label after it is what is seen and shows its focus. */}
      <label htmlFor={id} className="button-like">
        ファイルを選択
      </label>
      <p className="hint">この段階ではまだ何も保存されません。内容を確認してから取り込みます。</p>
    </div>
  );
}
