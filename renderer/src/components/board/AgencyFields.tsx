// The selected agency: its name (from the ledger's agency list or typed) and each of its links.
import type { BoardEditor } from '../../../../shared/board/editor';
import { LINK_STRENGTHS, type AgencyLink, type BoardAgency, type BoardDoc } from '../../../../shared/board/types';
import { InlineText } from './InlineText';

const STRENGTH_LABELS: Record<AgencyLink['strength'], string> = { strong: '強い', normal: '普通', weak: '弱い', stressful: 'ストレスのある' };

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  agency: BoardAgency;
  labelOf(id: string): string;
  onRemove(): void;
}

export function AgencyFields({ editor, doc, agency, labelOf, onRemove }: Props) {
  const links = doc.agencyLinks.filter((l) => l.agency === agency.id);
  return (
    <div className="board-fields">
      <InlineText
        label="機関名"
        value={agency.name}
        onCommit={(name) => {
          if (!name.trim()) return;
          // Renaming is a remove + add of the same agency: the command set moves and links agencies but has
          // no rename, and a batch keeps it one undo step.
          editor.execute({
            type: 'batch',
            commands: [
              ...links.map((l) => ({ type: 'removeAgencyLink' as const, id: l.id })),
              { type: 'removeAgency', id: agency.id },
              { type: 'addAgency', agency: { ...agency, name: name.trim() } },
              ...links.map((l) => ({ type: 'addAgencyLink' as const, link: l })),
            ],
          }, '関係機関の名前の変更');
        }}
      />
      {links.map((link) => (
        <fieldset key={link.id} className="board-union">
          <legend>{`${labelOf(link.target) || '世帯'}とのつながり`}</legend>
          <label className="board-field">
            <span>つながりの強さ</span>
            <select
              value={link.strength}
              onChange={(e) => editor.execute({ type: 'updateAgencyLink', id: link.id, patch: { strength: e.target.value as AgencyLink['strength'] } })}
            >
              {LINK_STRENGTHS.map((s) => <option key={s} value={s}>{STRENGTH_LABELS[s]}</option>)}
            </select>
          </label>
          <InlineText
            label="役割"
            value={link.role ?? ''}
            onCommit={(role) => editor.execute({ type: 'updateAgencyLink', id: link.id, patch: { role: role.trim() || null } })}
          />
        </fieldset>
      ))}
      <button type="button" className="danger" onClick={onRemove}>この機関を削除</button>
    </div>
  );
}
