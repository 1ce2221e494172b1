// The selected person's details: label, sex, birth date, deceased, 本人, pregnancy, pinned, placements,
// twins, emotional relations, and their partnerships.
import type { BoardEditor } from '../../../../shared/board/editor';
import { PREGNANCY_LABELS } from '../../../../shared/board/notation';
import { PREGNANCY_KINDS, type BoardDoc, type Person, type PregnancyKind } from '../../../../shared/board/types';
import { InlineText } from './InlineText';
import { DateField } from '../DateField';
import { PlacementFields } from './PlacementFields';
import { RelationFields } from './RelationFields';
import { TwinFields } from './TwinFields';
import { UnionFields } from './UnionFields';
import { nameOrUnnamed } from '../../../../shared/board/person-name';

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  person: Person;
  labelOf(id: string): string;
  onAddChild(unionId: string): void;
  onRemove(): void;
}

export function PersonFields({ editor, doc, person, labelOf, onAddChild, onRemove }: Props) {
  const update = (patch: Partial<Omit<Person, 'id'>>) => editor.execute({ type: 'updatePerson', id: person.id, patch });
  const unions = doc.unions.filter((u) => u.a === person.id || u.b === person.id);
  return (
    <div className="board-fields">
      <InlineText label="表示名" value={person.label} onCommit={(label) => update({ label })} />
      <InlineText
        label="続柄（仮名表示に使う）"
        value={person.role ?? ''}
        onCommit={(role) => update({ role: role.trim() || null })}
      />
      <label className="board-field">
        <span>性別</span>
        <select value={person.sex} onChange={(e) => update({ sex: e.target.value as Person['sex'] })}>
          <option value="male">男性</option>
          <option value="female">女性</option>
          <option value="unknown">不明</option>
        </select>
      </label>
      <label className="board-field">
        <span>生年月日</span>
        <DateField rule="familyBirth" value={person.birthDate} onChange={(birthDate) => update({ birthDate })} />
      </label>
      <label className="board-check">
        <input
          type="checkbox"
          checked={person.deceased !== null}
          onChange={(e) => update({ deceased: e.target.checked ? { year: null } : null })}
        />
        死亡
      </label>
      <label className="board-check">
        <input type="checkbox" checked={person.index} onChange={(e) => update({ index: e.target.checked })} />
        本人
      </label>
      <label className="board-field">
        <span>妊娠・出生前の喪失</span>
        <select
          value={person.pregnancy ?? ''}
          onChange={(e) => update({ pregnancy: (e.target.value || null) as PregnancyKind | null })}
        >
          <option value="">なし（出生）</option>
          {PREGNANCY_KINDS.map((k) => (
            <option key={k} value={k}>
              {PREGNANCY_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="board-check">
        <input type="checkbox" checked={person.pinned} onChange={(e) => update({ pinned: e.target.checked })} />
        位置を固定（自動配置で動かさない）
      </label>
      <PlacementFields editor={editor} person={person} />
      <TwinFields editor={editor} doc={doc} person={person} labelOf={labelOf} />
      <RelationFields editor={editor} doc={doc} person={person} labelOf={labelOf} />
      {unions.map((u) => (
        <UnionFields
          key={u.id}
          editor={editor}
          doc={doc}
          labelOf={labelOf}
          union={u}
          title={`${nameOrUnnamed(labelOf(u.a === person.id ? u.b : u.a))}とのパートナー関係`}
          onAddChild={onAddChild}
        />
      ))}
      <button type="button" className="danger" onClick={onRemove}>
        この人を削除
      </button>
    </div>
  );
}
