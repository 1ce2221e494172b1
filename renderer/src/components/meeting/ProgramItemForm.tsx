// The fields of one non-case 次第 item (種類, 題目, 発表者, 予定時間, メモ): adding a new one, or editing one in
// place. The presenter is free text with the council's agencies offered, since it may be a person. A 報告 item
// may put a fiscal year's figures (年度実績) on the projector while it is on (「年度実績を投影する」).
import { useId, useMemo, useState, type FormEvent } from 'react';
import { PROGRAM_KINDS, type ProgramItemFields, type ProgramKind } from '../../../../shared/meeting/program';
import { fiscalYearLabel } from '../../../../shared/stats/chart-labels';
import { offeredFiscalYears } from '../../../../shared/stats/year-choice';
import { todayIso } from '../../lib/today';

interface Props {
  initial?: ProgramItemFields;
  agencyNames: readonly string[];
  busy: boolean;
  submitLabel: string;
  onSubmit(fields: ProgramItemFields): Promise<boolean>;
  onCancel?: () => void;
}

const EMPTY: ProgramItemFields = { kind: '報告', title: '', presenter: null, minutes: 10, notes: null };

export function ProgramItemForm({ initial = EMPTY, agencyNames, busy, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const [kind, setKind] = useState<ProgramKind>(initial.kind);
  const [title, setTitle] = useState(initial.title);
  const [presenter, setPresenter] = useState(initial.presenter ?? '');
  const [minutes, setMinutes] = useState(String(initial.minutes));
  const [notes, setNotes] = useState(initial.notes ?? '');
  const [figuresYear, setFiguresYear] = useState<number | null>(initial.figuresYear ?? null);
  const today = todayIso();
  const years = useMemo(() => {
    const offered = offeredFiscalYears(today);
    // A year chosen long ago stays offered, so editing the item does not silently drop it.
    return figuresYear === null || offered.includes(figuresYear) ? offered : [figuresYear, ...offered];
  }, [today, figuresYear]);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const m = Number(minutes);
    if (!Number.isInteger(m) || m < 0 || m > 480) return setProblem('予定時間は0〜480分の整数で入力してください。');
    setProblem(null);
    // An empty title takes the kind's name (開会, 休憩 …), which is what most such items are called.
    const fields = {
      kind,
      title: title.trim() || kind,
      presenter: presenter.trim() || null,
      minutes: m,
      notes: notes || null,
      // Only a 報告 projects figures; another kind drops a year chosen before the kind was changed.
      figuresYear: kind === '報告' ? figuresYear : null,
    };
    void onSubmit(fields).then((ok) => {
      if (ok && !onCancel) {
        setTitle('');
        setPresenter('');
        setNotes('');
      }
    });
  };

  return (
    <form className="program-form" onSubmit={submit} aria-label={submitLabel}>
      <div className="field-inline">
        <label htmlFor={`${id}-kind`}>種類</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as ProgramKind)}>
          {PROGRAM_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </div>
      <div className="field-inline program-title">
        <label htmlFor={`${id}-title`}>題目</label>
        <input
          id={`${id}-title`}
          value={title}
          placeholder={kind}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field-inline">
        <label htmlFor={`${id}-presenter`}>発表者（担当者・機関）</label>
        <input
          id={`${id}-presenter`}
          list={`${id}-agencies`}
          value={presenter}
          maxLength={200}
          onChange={(e) => setPresenter(e.target.value)}
        />
        <datalist id={`${id}-agencies`}>
          {agencyNames.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      </div>
      <div className="field-inline">
        <label htmlFor={`${id}-minutes`}>予定（分）</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={0}
          max={480}
          className="minutes-input"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </div>
      <div className="field-inline program-notes">
        <label htmlFor={`${id}-notes`}>メモ（資料など）</label>
        <input id={`${id}-notes`} value={notes} maxLength={4000} onChange={(e) => setNotes(e.target.value)} />
      </div>
      {kind === '報告' && (
        <div className="field-inline">
          <label htmlFor={`${id}-figures`}>年度実績を投影する</label>
          <select
            id={`${id}-figures`}
            value={figuresYear ?? ''}
            onChange={(e) => setFiguresYear(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">投影しない</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {fiscalYearLabel(y)}（{y}年度）
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            やめる
          </button>
        )}
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </form>
  );
}
