// The selected note: its text (IME-safe) and its Signs-of-Safety column.
import type { BoardEditor } from '../../../../shared/board/editor';
import {
  SOS_COLUMNS,
  SOS_COLUMN_LABELS,
  type BoardDoc,
  type Note,
  type SosColumn,
} from '../../../../shared/board/types';
import { InlineText } from './InlineText';
import { nextSlot } from './sos-columns';

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  note: Note;
  onRemove(): void;
}

export function NoteFields({ editor, doc, note, onRemove }: Props) {
  const moveTo = (value: string) => {
    const column = value === '' ? null : (value as SosColumn);
    const commands = [{ type: 'updateNote' as const, id: note.id, patch: { column } }];
    editor.execute(
      {
        type: 'batch',
        commands: column
          ? [...commands, { type: 'moveNote' as const, id: note.id, position: nextSlot(doc.notes, column, note.id) }]
          : commands,
      },
      '付箋の移動',
    );
  };
  return (
    <div className="board-fields">
      <InlineText
        label="付箋の内容"
        value={note.text}
        multiline
        onCommit={(text) => editor.execute({ type: 'updateNote', id: note.id, patch: { text } })}
      />
      <label className="board-field">
        <span>列</span>
        <select value={note.column ?? ''} onChange={(e) => moveTo(e.target.value)}>
          {SOS_COLUMNS.map((c) => (
            <option key={c} value={c}>
              {SOS_COLUMN_LABELS[c]}
            </option>
          ))}
          <option value="">自由な位置</option>
        </select>
      </label>
      <button type="button" className="danger" onClick={onRemove}>
        この付箋を削除
      </button>
    </div>
  );
}
