// What an import changes in cases already in the ledger, field by field (old → new). Changes that would
// put back a value older than one set in the app (a meeting's write-back, a hand edit, a newer file) are
// shown first and apart, each with why; the ledger's value is kept unless the user picks the file's,
// per field or for the whole case. After the commit the same view shows what was kept.
import { useId, useState } from 'react';
import type { ImportCaseUpdate, ImportFieldChange } from '../../../shared/contract';
import { fieldLabel } from '../../../shared/ledger/fields';
import { undoneExplanation } from '../../../shared/ledger/undoes';
import type { DateStyle } from '../lib/date-style';
import { historyValue } from '../lib/history-display';
import { choose, plainUpdates, takeOf, undoingUpdates, type Choices, type Take } from '../lib/import-choices';
import { formatTimestamp } from '../lib/today';

/** A count with digit grouping (1,234). */
const count = (value: number) => value.toLocaleString('ja-JP');

const PAGE = 100;

interface Props {
  updates: ImportCaseUpdate[];
  dateStyle: DateStyle;
  /** Absent after the commit: the choices are then shown as made (kept / overwritten). */
  choices?: Choices;
  onChoices?(next: Choices): void;
  disabled?: boolean;
}

export function ImportChanges({ updates, dateStyle, choices, onChoices, disabled }: Props) {
  const undoing = undoingUpdates(updates);
  const plain = plainUpdates(updates);
  const value = (field: string, v: string | null) => historyValue(field, v, dateStyle);
  return (
    <>
      {undoing.length > 0 && (
        <section className="import-undoing" aria-labelledby="import-undoing-title">
          <h4 id="import-undoing-title">
            台帳の新しい値を古い値に戻す変更（{undoing.reduce((n, u) => n + u.changes.length, 0)} 項目）
          </h4>
          <p>
            ファイルの値は、台帳でその後に変えた値（会議での反映・手入力・新しいファイルの取り込み）より古い値です。
            {choices ? '選ばなければ台帳の新しい値を残します。ファイルの値にする項目だけ選んでください。' : ''}
          </p>
          {undoing.map((u) => (
            <UndoingCase
              key={u.caseNo}
              update={u}
              value={value}
              choices={choices}
              onChoices={onChoices}
              disabled={disabled}
            />
          ))}
        </section>
      )}
      {plain.length > 0 && <PlainChanges updates={plain} value={value} />}
    </>
  );
}

type Value = (field: string, v: string | null) => string;

function UndoingCase({
  update,
  value,
  choices,
  onChoices,
  disabled,
}: { update: ImportCaseUpdate; value: Value } & Omit<Props, 'updates' | 'dateStyle'>) {
  const id = useId();
  const fields = update.changes.map((ch) => ch.field);
  const set = (take: Take, only?: string) =>
    onChoices?.(choose(choices ?? new Map(), update.caseNo, only ? [only] : fields, take));
  return (
    <section className="undoing-case" aria-labelledby={id}>
      <div className="undoing-case-head">
        <h5 id={id}>登録番号 {update.caseNo}</h5>
        {choices && (
          <div className="case-choice" role="group" aria-label={`登録番号 ${update.caseNo} をまとめて`}>
            <button type="button" disabled={disabled} onClick={() => set('ledger')}>
              すべて台帳の値を残す
            </button>
            <button type="button" disabled={disabled} onClick={() => set('file')}>
              すべてファイルの値にする
            </button>
          </div>
        )}
      </div>
      <table className="diff-table">
        <thead>
          <tr>
            <th scope="col">項目</th>
            <th scope="col">台帳の値（新しい）</th>
            <th scope="col">ファイルの値（古い）</th>
            <th scope="col">理由</th>
            <th scope="col">{choices ? '取り込み方' : '結果'}</th>
          </tr>
        </thead>
        <tbody>
          {update.changes.map((ch) => (
            <tr key={ch.field}>
              <th scope="row">{fieldLabel(ch.field)}</th>
              <td className="diff-new">{value(ch.field, ch.from)}</td>
              <td className="diff-old">{value(ch.field, ch.to)}</td>
              <td className="diff-why">{ch.undoes && undoneExplanation(ch.undoes, formatTimestamp(ch.undoes.at))}</td>
              <td>
                {choices ? (
                  <FieldChoice
                    caseNo={update.caseNo}
                    change={ch}
                    take={takeOf(choices, update.caseNo, ch.field)}
                    disabled={disabled}
                    onTake={(t) => set(t, ch.field)}
                  />
                ) : ch.kept ? (
                  '台帳の値を残しました'
                ) : (
                  'ファイルの値にしました'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function FieldChoice({
  caseNo,
  change,
  take,
  disabled,
  onTake,
}: {
  caseNo: string;
  change: ImportFieldChange;
  take: Take;
  disabled?: boolean;
  onTake(t: Take): void;
}) {
  const name = useId();
  const label = `登録番号 ${caseNo} の${fieldLabel(change.field)}`;
  return (
    <div role="radiogroup" aria-label={label} className="field-choice">
      <label>
        <input
          type="radio"
          name={name}
          checked={take === 'ledger'}
          disabled={disabled}
          onChange={() => onTake('ledger')}
        />
        台帳の値を残す
      </label>
      <label>
        <input type="radio" name={name} checked={take === 'file'} disabled={disabled} onChange={() => onTake('file')} />
        ファイルの値にする
      </label>
    </div>
  );
}

function PlainChanges({ updates, value }: { updates: ImportCaseUpdate[]; value: Value }) {
  // Ten thousand updated cases would be a very long table: shown a page at a time, all reachable.
  const [shown, setShown] = useState(PAGE);
  const rows = updates.slice(0, shown);
  return (
    <div className="table-scroll">
      <table className="diff-table">
        <caption>更新される項目（{count(updates.length)} 件のケース）</caption>
        <thead>
          <tr>
            <th scope="col">登録番号</th>
            <th scope="col">項目</th>
            <th scope="col">変更前</th>
            <th scope="col">変更後</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((u) =>
            u.changes.map((ch, i) => (
              <tr key={`${u.caseNo}-${ch.field}`}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={u.changes.length}>
                    {u.caseNo}
                  </th>
                )}
                <td>{fieldLabel(ch.field)}</td>
                <td className="diff-old">{value(ch.field, ch.from)}</td>
                <td className="diff-new">{value(ch.field, ch.to)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {updates.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          さらに表示（残り {count(updates.length - shown)} 件）
        </button>
      )}
    </div>
  );
}
