// The selected agency: its name (from the council's agency list or typed), each of its links with strength,
// direction of support and role, and new links to a person or a household.
import { useState } from 'react';
import { newId } from '../../../../shared/board/commands';
import type { BoardEditor } from '../../../../shared/board/editor';
import { DIRECTION_LABELS } from '../../../../shared/board/notation';
import {
  LINK_STRENGTHS,
  SUPPORT_DIRECTIONS,
  type AgencyLink,
  type BoardAgency,
  type BoardDoc,
} from '../../../../shared/board/types';
import { AgencyNameField } from './AgencyNameField';
import { InlineText } from './InlineText';
import { nameOrUnnamed } from '../../../../shared/board/person-name';

// Short words: the select sits in a narrow side panel.
const STRENGTH_LABELS: Record<AgencyLink['strength'], string> = {
  strong: '強い',
  normal: '普通',
  weak: '弱い',
  stressful: 'ストレスのある',
};

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  agency: BoardAgency;
  labelOf(id: string): string;
  onRemove(): void;
}

export function AgencyFields({ editor, doc, agency, labelOf, onRemove }: Props) {
  const links = doc.agencyLinks.filter((l) => l.agency === agency.id);
  const [target, setTarget] = useState('');
  const households = doc.households.map((h, i) => ({ id: h.id, name: `同居${i + 1}` }));
  const targetName = (id: string) => households.find((h) => h.id === id)?.name ?? nameOrUnnamed(labelOf(id));
  const targets = [...doc.persons.map((p) => ({ id: p.id, name: targetName(p.id) })), ...households].filter(
    (t) => !links.some((l) => l.target === t.id),
  );
  const chosen = targets.some((t) => t.id === target) ? target : '';
  const updateLink = (id: string, patch: Partial<Omit<AgencyLink, 'id'>>) =>
    editor.execute({ type: 'updateAgencyLink', id, patch }, 'つながりの編集');

  return (
    <div className="board-fields">
      <AgencyNameField
        value={agency.name}
        onCommit={(name) => {
          // Renaming is a remove + add of the same agency: the command set moves and links agencies but has
          // no rename, and a batch keeps it one undo step.
          editor.execute(
            {
              type: 'batch',
              commands: [
                ...links.map((l) => ({ type: 'removeAgencyLink' as const, id: l.id })),
                { type: 'removeAgency', id: agency.id },
                { type: 'addAgency', agency: { ...agency, name } },
                ...links.map((l) => ({ type: 'addAgencyLink' as const, link: l })),
              ],
            },
            '関係機関の名前の変更',
          );
        }}
      />
      {links.map((link) => (
        <fieldset key={link.id} className="board-union">
          <legend>{`${targetName(link.target)}とのつながり`}</legend>
          <label className="board-field">
            <span>つながりの強さ</span>
            <select
              value={link.strength}
              onChange={(e) => updateLink(link.id, { strength: e.target.value as AgencyLink['strength'] })}
            >
              {LINK_STRENGTHS.map((s) => (
                <option key={s} value={s}>
                  {STRENGTH_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="board-field">
            <span>支援の向き</span>
            <select
              value={link.direction}
              onChange={(e) => updateLink(link.id, { direction: e.target.value as AgencyLink['direction'] })}
            >
              {SUPPORT_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {DIRECTION_LABELS[d]}
                </option>
              ))}
            </select>
          </label>
          <InlineText
            label="役割"
            value={link.role ?? ''}
            onCommit={(role) => updateLink(link.id, { role: role.trim() || null })}
          />
          <button
            type="button"
            onClick={() => editor.execute({ type: 'removeAgencyLink', id: link.id }, 'つながりの削除')}
          >
            このつながりを削除
          </button>
        </fieldset>
      ))}
      {targets.length > 0 && (
        <div className="board-inline">
          <label className="board-field">
            <span>つなぐ相手</span>
            <select value={chosen} onChange={(e) => setTarget(e.target.value)}>
              <option value="">選んでください</option>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!chosen}
            onClick={() =>
              editor.execute(
                {
                  type: 'addAgencyLink',
                  link: {
                    id: newId('l'),
                    agency: agency.id,
                    target: chosen,
                    strength: 'normal',
                    direction: 'toFamily',
                    role: null,
                  },
                },
                'つながりの追加',
              )
            }
          >
            つながりを追加
          </button>
        </div>
      )}
      <button type="button" className="danger" onClick={onRemove}>
        この機関を削除
      </button>
    </div>
  );
}
