// The side panel beside the canvas: the selected shape's fields (or the pair's, with 「操作」 for a person),
// the households, the safety scales and the snapshots. The selection and households are frozen during a drag
// or a slider (an open editor group) so the panel does not redraw on every pointer move.
import type { Ref } from 'react';
import type { LabelOf } from '../../../../shared/board/diff';
import type { BoardEditor } from '../../../../shared/board/editor';
import type { BoardDoc } from '../../../../shared/board/types';
import type { SnapshotInfo } from '../../../../shared/contract';
import { ActionsMenu } from './ActionsMenu';
import { AgencyFields } from './AgencyFields';
import { Frozen } from './Frozen';
import { HouseholdPanel } from './HouseholdPanel';
import type { MenuAction } from './MenuItems';
import { NoteFields } from './NoteFields';
import { PairPanel } from './PairPanel';
import { PersonFields } from './PersonFields';
import { ScalesPanel } from './ScalesPanel';
import { SnapshotPanel } from './SnapshotPanel';
import { UnionFields } from './UnionFields';
import type { BoardSelection } from './useBoardSelection';
import { nameOrUnnamed } from '../../../../shared/board/person-name';

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  sel: BoardSelection;
  labelOf(personId: string): string;
  /** Changes whenever the frozen parts may follow the document (outside an editor group). */
  panelVersion: number;
  pairKind: Ref<HTMLSelectElement>;
  /** 「操作」 for the selected person, from the action registry. */
  personActions: MenuAction[];
  onAddChild(unionOrParent: string): void;
  onRemove(): void;
  operatorName: string;
  today: string;
  snapshots: SnapshotInfo[];
  meetingId: number | null;
  meetingTitle: string | null;
  onSaveSnapshot(label: string): Promise<void>;
  personLabel: LabelOf;
}

export function BoardSidePanel(p: Props) {
  const { editor, doc, sel, labelOf } = p;
  return (
    <aside className="board-side" aria-label="選択中の項目">
      <Frozen version={p.panelVersion}>
        <section className="board-section">
          <h2>選択中の項目</h2>
          {!sel.selection && (
            <p className="muted">ボードの人物・線・関係機関・付箋をクリックすると、ここで編集できます。</p>
          )}
          {sel.pair && (
            <PairPanel
              ref={p.pairKind}
              editor={editor}
              doc={doc}
              pair={sel.pair}
              labelOf={labelOf}
              onDone={sel.endPair}
            />
          )}
          {sel.person && <ActionsMenu label="操作" actions={p.personActions} />}
          {sel.person && (
            <PersonFields
              key={sel.person.id}
              editor={editor}
              doc={doc}
              person={sel.person}
              labelOf={(pid) => doc.persons.find((x) => x.id === pid)?.label ?? ''}
              onAddChild={p.onAddChild}
              onRemove={p.onRemove}
            />
          )}
          {sel.union && (
            <UnionFields
              key={sel.union.id}
              editor={editor}
              doc={doc}
              labelOf={labelOf}
              union={sel.union}
              title={`${nameOrUnnamed(labelOf(sel.union.a))} と ${nameOrUnnamed(labelOf(sel.union.b))}`}
              onAddChild={p.onAddChild}
            />
          )}
          {sel.agency && (
            <AgencyFields
              key={sel.agency.id}
              editor={editor}
              doc={doc}
              agency={sel.agency}
              labelOf={labelOf}
              onRemove={p.onRemove}
            />
          )}
          {sel.note && <NoteFields key={sel.note.id} editor={editor} doc={doc} note={sel.note} onRemove={p.onRemove} />}
        </section>
        <HouseholdPanel editor={editor} doc={doc} labelOf={labelOf} />
      </Frozen>
      <ScalesPanel editor={editor} doc={doc} ratedBy={p.operatorName} today={p.today} />
      <SnapshotPanel
        key={p.meetingTitle ?? ''}
        snapshots={p.snapshots}
        defaultLabel={p.meetingTitle ?? `${p.today} の記録`}
        meetingId={p.meetingId}
        onSave={p.onSaveSnapshot}
        personLabel={p.personLabel}
      />
    </aside>
  );
}
