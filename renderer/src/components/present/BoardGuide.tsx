// How to read the board on the projector: its safety scales and its legend, in the page's type (the
// export draws them below the drawing at paper size, which the projector's crop would cut or shrink).
// Built from the same (already masked) document as the drawing.
import { legendFor } from '../../../../shared/board/legend';
import { DEFAULT_NOTATION } from '../../../../shared/board/notation';
import { legendSymbol } from '../../../../shared/board/svg-primitives';
import type { BoardDoc } from '../../../../shared/board/types';
import { formatDate } from '../../../../shared/ledger/dates';
import type { LeadPages } from './PresentFacts';
import { Phrased } from './Phrased';

function Scales({ doc }: { doc: BoardDoc }) {
  if (doc.scales.length === 0) return null;
  return (
    <ul className="present-scales" aria-label="安全スケール">
      {doc.scales.map((s) => (
        <li key={s.id} className="present-scale">
          <span className="present-scale-question">
            <Phrased text={`${s.question}（${s.ratedBy}、${formatDate(s.ratedAt, 'wareki')}）`} />
          </span>
          <span className="present-scale-value">
            <span className="present-scale-bar" aria-hidden="true">
              <span style={{ width: `${(Math.min(10, Math.max(0, s.value)) / 10) * 100}%` }} />
            </span>
            {s.value} / 10
          </span>
        </li>
      ))}
    </ul>
  );
}

function Legend({ doc }: { doc: BoardDoc }) {
  const legend = legendFor(doc, DEFAULT_NOTATION);
  if (legend.length === 0) return null;
  return (
    <ul className="present-legend" aria-label="凡例">
      {legend.map((entry) => (
        <li key={entry.key} className="present-legend-entry" data-key={entry.key}>
          <svg viewBox="0 0 60 30" aria-hidden="true">
            <g dangerouslySetInnerHTML={{ __html: legendSymbol(entry.symbol, { x: 30, y: 15 }, DEFAULT_NOTATION) }} />
          </svg>
          <span>
            <Phrased text={entry.label} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The guide as pages for PresentFacts: scales and legend together, or one after the other. */
export function boardGuidePages(doc: BoardDoc): LeadPages | undefined {
  const hasScales = doc.scales.length > 0;
  const hasLegend = legendFor(doc, DEFAULT_NOTATION).length > 0;
  if (!hasScales && !hasLegend) return undefined;
  const section = (body: React.ReactNode) => (
    <section className="present-guide" aria-label="ボードの見かた">
      {body}
    </section>
  );
  return {
    whole: section(
      <>
        <Scales doc={doc} />
        <Legend doc={doc} />
      </>,
    ),
    parts: [hasScales ? section(<Scales doc={doc} />) : null, hasLegend ? section(<Legend doc={doc} />) : null].filter(
      Boolean,
    ),
  };
}
