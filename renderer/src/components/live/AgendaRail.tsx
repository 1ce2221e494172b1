// The whole 次第 in its order: each non-case item (開会, 研修 …) with its timer, the case blocks as their groups
// with progress and the group's timer, 保留 last. The current item is marked, any item can be taken up by
// clicking it. The rail scrolls on its own; the current item is kept inside it.
import { useLayoutEffect, useRef } from 'react';
import type { Decision } from '../../../../shared/meeting/decision';
import { itemKey, type LiveState } from '../../../../shared/meeting/live';
import { isBlock, withBlocks, type ProgramEntry, type ProgramItem } from '../../../../shared/meeting/program';
import { maskedLabel } from '../../../../shared/meeting/mask';
import { formatDuration, groupTimer, programItemTimer } from '../../../../shared/meeting/timers';
import { GROUP_LABELS, type AgendaItem, type TriageSettings } from '../../../../shared/meeting/types';
import type { LedgerCase } from '../../../../shared/ledger/case';
import { revealWithin } from './useShowItemTop';

interface Props {
  items: readonly AgendaItem[];
  program: readonly ProgramEntry[];
  cases: ReadonlyMap<string, LedgerCase>;
  state: LiveState;
  decisions: ReadonlyMap<string, Decision>;
  settings: Pick<TriageSettings, 'quickSeconds' | 'deepMinutes'>;
  now: number;
  onGoto(caseNo: string): void;
}

export function AgendaRail({ items, program, cases, state, decisions, settings, now, onGoto }: Props) {
  const railRef = useRef<HTMLElement>(null);
  const currentCaseNo = state.current;
  useLayoutEffect(() => {
    const rail = railRef.current;
    const here = rail?.querySelector<HTMLElement>('[aria-current="true"]');
    // Only the rail itself moves: where the console scrolls as one column the current item takes the view.
    if (rail && here && rail.scrollHeight > rail.clientHeight) revealWithin(rail, here);
  }, [currentCaseNo]);
  return (
    <nav className="agenda-rail" aria-label="議題" ref={railRef}>
      {[...withBlocks(program).map((e) => (isBlock(e) ? e.block : e)), 'hold' as const].map((group) => {
        if (typeof group !== 'string') {
          return (
            <RailProgramItem
              key={group.id}
              item={group}
              state={state}
              now={now}
              onGoto={() => onGoto(itemKey(group.id))}
            />
          );
        }
        const inGroup = items.filter((i) => i.group === group).sort((a, b) => a.order - b.order);
        if (inGroup.length === 0) return null;
        const done = inGroup.filter((i) => decisions.get(i.caseNo)?.state === 'recorded').length;
        const timer = group === 'hold' ? null : groupTimer(state, items, group, settings, now);
        return (
          <section key={group} className="rail-group" aria-label={`${GROUP_LABELS[group]}の議題`}>
            <h3>
              {GROUP_LABELS[group]}{' '}
              <span className="muted">
                {group === 'hold' ? `${inGroup.length}件（次回へ）` : `${done} / ${inGroup.length}`}
              </span>
              {timer && (
                <span className={`timer-chip tone-${timer.tone}`}>
                  {formatDuration(timer.elapsedMs)} / {formatDuration(timer.budgetMs)}
                </span>
              )}
            </h3>
            <progress max={inGroup.length} value={done} aria-label={`${GROUP_LABELS[group]}の進み具合`} />
            <ol>
              {inGroup.map((item) => {
                const decision = decisions.get(item.caseNo);
                const mark =
                  decision?.state === 'recorded'
                    ? decision.outcome === 'confirmed'
                      ? '確認済'
                      : '記録済'
                    : decision
                      ? '下書き'
                      : '';
                const c = cases.get(item.caseNo);
                return (
                  <li key={item.caseNo}>
                    <button
                      type="button"
                      className="rail-item"
                      aria-current={state.current === item.caseNo ? 'true' : undefined}
                      disabled={group === 'hold' || state.startedAt === null || state.endedAt !== null}
                      onClick={() => onGoto(item.caseNo)}
                    >
                      <span>{c ? maskedLabel(c) : item.caseNo}</span>
                      {mark && <span className={`rail-mark mark-${decision?.state}`}>{mark}</span>}
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </nav>
  );
}

function RailProgramItem(props: { item: ProgramItem; state: LiveState; now: number; onGoto(): void }) {
  const { item, state, now, onGoto } = props;
  const timer = programItemTimer(state, item, now);
  const counted = timer.elapsedMs > 0 || state.current === itemKey(item.id);
  return (
    <ol className="rail-program" aria-label={`${item.kind}：${item.title}`}>
      <li>
        <button
          type="button"
          className="rail-item"
          aria-current={state.current === itemKey(item.id) ? 'true' : undefined}
          disabled={state.startedAt === null || state.endedAt !== null}
          onClick={onGoto}
        >
          <span>
            {/* 開会 titled 開会 reads once; 研修 titled 実務研修 keeps its kind in front. */}
            {item.title !== item.kind && <span className="rail-kind">{item.kind}</span>}
            {item.title}
          </span>
          <span className={`timer-chip${counted ? ` tone-${timer.tone}` : ''}`}>
            {counted ? `${formatDuration(timer.elapsedMs)} / ` : ''}
            {item.minutes}分
          </span>
        </button>
      </li>
    </ol>
  );
}
