// 振り分けの設定: the municipality's triage rules (which are on, thresholds, which risk levels count as
// high) and the time per case the time bar plans with. Closed by default: it is changed rarely, and the
// 会議 side panel is narrow.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { RISK_LEVELS } from '../../../../shared/ledger/case';
import { DEEP_REASONS } from '../../../../shared/meeting/triage';
import {
  REASON_CODES,
  REASON_LABELS,
  triageSettingsSchema,
  type ReasonCode,
  type TriageSettings,
} from '../../../../shared/meeting/types';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { errorMessage } from '../../lib/errors';
import { intOrNull } from '../../lib/lists';
import { CheckboxGroup } from '../CheckboxGroup';
import { TriageWorryItems } from './TriageWorryItems';
import './marks-and-settings.css';

type NumberKey = 'absenceDays' | 'safetyLowAtMost' | 'quickSeconds' | 'deepMinutes';

// Bounds repeat triageSettingsSchema's so the message can name them; the schema still has the last word.
const NUMBER_FIELDS: readonly { key: NumberKey; label: string; min: number; max: number; hint?: string }[] = [
  {
    key: 'absenceDays',
    label: '欠席日数の基準（日）',
    min: 1,
    max: 60,
    hint: `「${REASON_LABELS.REPORT_ABSENCE_7D}」は、この日数以上の欠席の報告で働きます。`,
  },
  {
    key: 'safetyLowAtMost',
    label: '安全スケールの基準（以下）',
    min: 0,
    max: 10,
    hint: `「${REASON_LABELS.SAFETY_LOW}」は、この値以下の報告で働きます。`,
  },
  { key: 'quickSeconds', label: '確認1件あたり（秒）', min: 10, max: 600 },
  { key: 'deepMinutes', label: '協議1件あたり（分）', min: 1, max: 120 },
];

type Draft = Omit<TriageSettings, NumberKey> & Record<NumberKey, string>;

function toDraft(s: TriageSettings): Draft {
  return {
    ...s,
    absenceDays: String(s.absenceDays),
    safetyLowAtMost: String(s.safetyLowAtMost),
    quickSeconds: String(s.quickSeconds),
    deepMinutes: String(s.deepMinutes),
  };
}

/** What a rule does when it fires, shown beside its checkbox (outside the label, so the name stays the rule's). */
function ruleEffect(code: ReasonCode): string {
  if (DEEP_REASONS.has(code)) return '協議へ';
  return code === 'CARRIED_OVER' ? '前回の振り分けのまま' : '確認へ';
}

export function TriageSettingsPanel() {
  const id = useId();
  const [open, setOpen] = useState(false);
  // Read again each time the panel opens: another window may have changed the rules meanwhile.
  const loaded = useBackendQuery('triage.getSettings', {}, { enabled: open });
  const { busy: saving, run } = useBackendAction();
  // What the user changed; null shows the stored settings.
  const [edited, setDraft] = useState<Draft | null>(null);
  const stored = useMemo(() => (loaded.data ? toDraft(loaded.data) : null), [loaded.data]);
  const draft = edited ?? stored;
  const [ownMessage, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  // A load error is not shown while the next load (on opening again) runs: that one says 読み込み中.
  const message = ownMessage ?? (loaded.error && !loaded.loading ? { error: true, text: loaded.error } : null);
  const [invalid, setInvalid] = useState<NumberKey | null>(null);

  const toggle = () => {
    setOpen((v) => !v);
    setDraft(null);
    setMessage(null);
    setInvalid(null);
  };

  const change = (changes: Partial<Draft>) => {
    setDraft((d) => {
      const current = d ?? stored;
      return current ? { ...current, ...changes } : current;
    });
    setMessage(null);
    setInvalid(null);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const numbers = {} as Record<NumberKey, number>;
    for (const f of NUMBER_FIELDS) {
      const n = intOrNull(draft[f.key]);
      if (n === null || n < f.min || n > f.max) {
        setInvalid(f.key);
        return setMessage({ error: true, text: `${f.label}は${f.min}〜${f.max}の整数で入力してください。` });
      }
      numbers[f.key] = n;
    }
    const parsed = triageSettingsSchema.safeParse({ ...draft, ...numbers });
    if (!parsed.success) return setMessage({ error: true, text: '設定の内容が正しくありません。' });
    void run('triage.updateSettings', parsed.data).then((outcome) => {
      if (!outcome.ok) return setMessage({ error: true, text: errorMessage(outcome.error) });
      loaded.setData(outcome.value);
      setDraft(null);
      setMessage({ error: false, text: '保存しました。' });
    });
  };

  return (
    <section className="triage-settings" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={`${id}-form`} onClick={toggle}>
          振り分けの設定
        </button>
      </h2>
      {open && (
        // noValidate: the browser's own range bubble would not be in Japanese; the alert below is.
        <form id={`${id}-form`} aria-labelledby={`${id}-h`} noValidate onSubmit={save}>
          {!draft && !message && <p className="hint">読み込み中…</p>}
          {draft && (
            <>
              <fieldset className="rule-list">
                <legend>使う規則</legend>
                <p className="hint">外した規則では、ケースを議題に挙げず、協議にも振り分けません。</p>
                {REASON_CODES.map((code) => (
                  <div key={code} className="rule-row">
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={draft.enabled[code] !== false}
                        onChange={(e) => change({ enabled: { ...draft.enabled, [code]: e.target.checked } })}
                      />
                      {REASON_LABELS[code]}
                    </label>
                    <span className="rule-effect">{ruleEffect(code)}</span>
                  </div>
                ))}
              </fieldset>
              <CheckboxGroup
                legend={`「${REASON_LABELS.RISK_HIGH}」とする重症度`}
                options={RISK_LEVELS}
                selected={draft.highRiskLevels}
                onChange={(highRiskLevels) => change({ highRiskLevels })}
              />
              <DangerReasons selected={draft.dangerReasons} onChange={(dangerReasons) => change({ dangerReasons })} />
              <TriageWorryItems selected={draft.worryItems} onChange={(worryItems) => change({ worryItems })} />
              <div className="settings-numbers">
                {NUMBER_FIELDS.map((f) => (
                  <div key={f.key} className="field-inline">
                    <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
                    <input
                      id={`${id}-${f.key}`}
                      type="number"
                      min={f.min}
                      max={f.max}
                      value={draft[f.key]}
                      aria-invalid={invalid === f.key || undefined}
                      aria-describedby={f.hint ? `${id}-${f.key}-hint` : undefined}
                      onChange={(e) => change({ [f.key]: e.target.value })}
                    />
                    {f.hint && (
                      <p id={`${id}-${f.key}-hint`} className="hint">
                        {f.hint}
                      </p>
                    )}
                  </div>
                ))}
              </div>
              <button type="submit" className="primary" disabled={saving}>
                設定を保存
              </button>
            </>
          )}
          {message?.error && (
            <p role="alert" className="error">
              {message.text}
            </p>
          )}
          <p role="status" className="saved">
            {message && !message.error ? message.text : ''}
          </p>
        </form>
      )}
    </section>
  );
}

/** Only 協議 reasons are offered: the danger order sorts 協議 (triage-order.ts). */
const DANGER_OPTIONS = REASON_CODES.filter((code) => DEEP_REASONS.has(code));

/**
 * Which reasons put a 協議 case first. Each box is named 「危険のサイン：…」 so it is not taken for the
 * rule's own checkbox of the same label above.
 */
function DangerReasons({
  selected,
  onChange,
}: {
  selected: readonly ReasonCode[];
  onChange(next: ReasonCode[]): void;
}) {
  const toggle = (code: ReasonCode, on: boolean) =>
    onChange(REASON_CODES.filter((c) => (c === code ? on : selected.includes(c))));
  return (
    <fieldset className="checkbox-group">
      <legend>危険のサインとして先に並べる理由</legend>
      <p className="hint">協議では、これらの理由と重症度「生命の危険」「重度」のあるケースを先に並べます。</p>
      {DANGER_OPTIONS.map((code) => (
        <label key={code} className="check">
          <input
            type="checkbox"
            aria-label={`危険のサイン：${REASON_LABELS[code]}`}
            checked={selected.includes(code)}
            onChange={(e) => toggle(code, e.target.checked)}
          />
          {REASON_LABELS[code]}
        </label>
      ))}
    </fieldset>
  );
}
