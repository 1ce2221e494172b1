// Text the projector may break only between phrases and after marks (phrase-wrap.ts), never inside a word:
// a <wbr> at each such place, and `word-break: keep-all` on the container (present.css) so the browser
// breaks nowhere else; `overflow-wrap: anywhere` still cuts a run longer than a whole line.
import { Fragment } from 'react';
import { phrasePieces } from '../../../../shared/meeting/phrase-wrap';

export function Phrased({ text }: { text: string }) {
  return (
    <>
      {phrasePieces(text).map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
