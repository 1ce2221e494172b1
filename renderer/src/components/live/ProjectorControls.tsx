// What the projector shows: blackout, masking (and a reveal of the current case only), the whiteboard,
// and which facts. The projector itself is another window that follows the backend.
import {
  itemIdOf,
  FACT_KEYS,
  IDENTIFYING_FACTS,
  type FactKey,
  type LiveCommand,
  type LiveState,
} from '../../../../shared/meeting/live';
import { FACT_LABELS } from '../../../../shared/meeting/present';
import { ariaKeys, KeyHint } from './useConsoleKeys';

interface Props {
  state: LiveState;
  onCommand(command: LiveCommand): void;
  /** マスク切替: masking again is immediate; unmasking the meeting is asked first (the console's dialog). */
  onToggleMask(): void;
}

export function ProjectorControls({ state, onCommand, onToggleMask }: Props) {
  const p = state.projector;
  const revealed = state.current !== null && p.revealed === state.current;
  const toggleFact = (key: FactKey, on: boolean) =>
    onCommand({ type: 'facts', facts: on ? [...p.facts, key] : p.facts.filter((k) => k !== key) });
  return (
    <section className="projector-controls" aria-labelledby="projector-title">
      <h2 id="projector-title">投影</h2>
      <div className="button-row">
        <button
          type="button"
          aria-pressed={p.blackout}
          aria-keyshortcuts={ariaKeys('blackout')}
          className={p.blackout ? 'console-danger' : ''}
          onClick={() => onCommand({ type: 'blackout', on: !p.blackout })}
        >
          ブラックアウト <KeyHint action="blackout" />
        </button>
        <button type="button" aria-pressed={p.masked} aria-keyshortcuts={ariaKeys('mask')} onClick={onToggleMask}>
          マスク切替 <KeyHint action="mask" />
        </button>
      </div>
      <p className="projector-state" role="status">
        {p.blackout
          ? '投影：ブラックアウト中'
          : p.masked
            ? revealed
              ? '投影：このケースのみ氏名を表示中'
              : '投影：氏名を隠しています'
            : '投影：マスクなし（全ケースの氏名を表示）'}
      </p>
      <div className="button-row">
        <button
          type="button"
          // A 次第 item has no name to show: only a case can be revealed.
          disabled={!p.masked || state.current === null || itemIdOf(state.current) !== null}
          aria-pressed={revealed}
          onClick={() => onCommand({ type: 'reveal', caseNo: revealed ? null : state.current })}
        >
          {revealed ? '氏名を隠す' : 'このケースの氏名を表示'}
        </button>
        <label className="check">
          <input
            type="checkbox"
            checked={p.showBoard}
            onChange={(e) => onCommand({ type: 'showBoard', on: e.target.checked })}
          />
          ホワイトボードを投影
        </label>
      </div>
      <fieldset className="fact-choice">
        <legend>投影する項目</legend>
        {FACT_KEYS.map((key) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={p.facts.includes(key)}
              onChange={(e) => toggleFact(key, e.target.checked)}
            />
            {FACT_LABELS[key]}
            {IDENTIFYING_FACTS.has(key) ? '（表示時のみ）' : ''}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
