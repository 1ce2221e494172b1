// Twins: the selected child and a sibling (same union, or same single parent) hang from one point. Marking
// sets one twin group and kind on both child links in one batch (one undo step); a group of two is
// dissolved whole when one leaves it.
import { useState } from 'react';
import { newId, type Command } from '../../../../shared/board/commands';
import type { BoardEditor } from '../../../../shared/board/editor';
import { TWIN_LABELS } from '../../../../shared/board/notation';
import type { BoardDoc, ChildLink, Person } from '../../../../shared/board/types';
import { nameOrUnnamed } from '../../../../shared/board/person-name';

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  person: Person;
  labelOf(id: string): string;
}

type TwinKind = NonNullable<ChildLink['twinKind']>;

function sameParents(a: ChildLink, b: ChildLink): boolean {
  return a.union !== null ? a.union === b.union : b.union === null && a.parent === b.parent;
}

export function TwinFields({ editor, doc, person, labelOf }: Props) {
  const [sibling, setSibling] = useState('');
  const [kind, setKind] = useState<TwinKind>('fraternal');
  const link = doc.children.find((c) => c.child === person.id);
  if (!link) return null;
  const siblings = doc.children.filter((c) => c.id !== link.id && sameParents(c, link));
  if (siblings.length === 0) return null;
  const name = (id: string) => nameOrUnnamed(labelOf(id));
  const chosen = siblings.find((s) => s.child === sibling);
  const group = link.twinGroup ? doc.children.filter((c) => c.twinGroup === link.twinGroup) : [];

  const mark = () => {
    if (!chosen) return;
    const twinGroup = chosen.twinGroup ?? link.twinGroup ?? newId('t');
    const members = [
      link,
      chosen,
      ...doc.children.filter(
        (c) => c.twinGroup !== null && (c.twinGroup === chosen.twinGroup || c.twinGroup === link.twinGroup),
      ),
    ];
    const ids = [...new Set(members.map((c) => c.id))];
    editor.execute(
      {
        type: 'batch',
        commands: ids.map((id): Command => ({ type: 'updateChild', id, patch: { twinGroup, twinKind: kind } })),
      },
      '双子に設定',
    );
  };
  const unmark = () => {
    const leaving = group.length <= 2 ? group : [link];
    editor.execute(
      {
        type: 'batch',
        commands: leaving.map((c): Command => ({
          type: 'updateChild',
          id: c.id,
          patch: { twinGroup: null, twinKind: null },
        })),
      },
      '双子の解除',
    );
  };

  return (
    <fieldset className="board-union">
      <legend>双子</legend>
      {group.length > 1 && (
        <p>
          {`${TWIN_LABELS[link.twinKind ?? 'fraternal']}：${group.map((c) => name(c.child)).join('・')}`}{' '}
          <button type="button" onClick={unmark}>
            双子を解除
          </button>
        </p>
      )}
      <label className="board-field">
        <span>双子のきょうだい</span>
        <select value={chosen ? sibling : ''} onChange={(e) => setSibling(e.target.value)}>
          <option value="">選んでください</option>
          {siblings.map((s) => (
            <option key={s.id} value={s.child}>
              {name(s.child)}
            </option>
          ))}
        </select>
      </label>
      <label className="board-field">
        <span>双子の種類</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as TwinKind)}>
          <option value="fraternal">{TWIN_LABELS.fraternal}</option>
          <option value="identical">{TWIN_LABELS.identical}</option>
        </select>
      </label>
      <button type="button" onClick={mark} disabled={!chosen}>
        双子にする
      </button>
    </fieldset>
  );
}
