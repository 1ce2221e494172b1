// The 0–10 safety scales with a slider each; who rated and when are recorded with every change.
import { useState } from 'react';
import type { BoardEditor } from '../../../../shared/board/editor';
import { newId } from '../../../../shared/board/commands';
import type { BoardDoc } from '../../../../shared/board/types';

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  ratedBy: string;
  today: string;
}

export function ScalesPanel({ editor, doc, ratedBy, today }: Props) {
  const [question, setQuestion] = useState('');
  const add = () => {
    const text = question.trim() || '家庭での子どもの安全';
    editor.execute({ type: 'addScale', scale: { id: newId('s'), question: text, value: 5, ratedBy, ratedAt: today } });
    setQuestion('');
  };
  return (
    <section className="board-section" aria-label="安全スケール">
      <h3>安全スケール（0〜10）</h3>
      {doc.scales.map((scale) => (
        <div key={scale.id} className="board-scale">
          <label>
            <span>{scale.question}</span>
            <input
              type="range"
              min={0}
              max={10}
              step={1}
              value={scale.value}
              aria-valuetext={`${scale.value}（10は終結できるほど安全）`}
              // One slide of the thumb is one undo step.
              onPointerDown={() => editor.beginGroup('スケールの変更')}
              onPointerUp={() => editor.endGroup()}
              onBlur={() => editor.endGroup()}
              onChange={(e) =>
                editor.execute({
                  type: 'updateScale',
                  id: scale.id,
                  patch: { value: Number(e.target.value), ratedBy, ratedAt: today },
                })
              }
            />
          </label>
          <output>{scale.value}</output>
          <span className="muted">{`${scale.ratedBy}・${scale.ratedAt}`}</span>
          <button type="button" className="link" onClick={() => editor.execute({ type: 'removeScale', id: scale.id })}>
            削除
          </button>
        </div>
      ))}
      <div className="board-inline">
        <label className="board-field">
          <span>スケールの問い</span>
          <input
            type="text"
            value={question}
            placeholder="家庭での子どもの安全"
            onChange={(e) => setQuestion(e.target.value)}
          />
        </label>
        <button type="button" onClick={add}>
          スケールを追加
        </button>
      </div>
    </section>
  );
}
