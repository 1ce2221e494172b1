// The projector window (/present?meeting=ID): only what the backend's PresentView says the room may see,
// in large type, near-black on white. It has no controls: the console decides, the backend tells.
import { useEffect } from 'react';
import type { PresentView } from '../../../shared/meeting/present';
import { PresentItemBody } from '../components/present/PresentItemBody';
import { PresentProgramCard } from '../components/present/PresentProgramCard';
import { PresentTimer } from '../components/present/PresentTimer';
import { useIdleCursor } from '../components/present/useIdleCursor';
import { usePresentView } from '../components/present/usePresentView';
import './present.css';

export function PresentScreen({ meetingId }: { meetingId: number }) {
  const state = usePresentView(meetingId);
  const idle = useIdleCursor();
  useEffect(() => {
    document.title = 'つなぐ — 投影画面';
  }, []);
  const blackout = state.kind === 'view' && state.view.kind === 'blackout';
  return (
    <div
      className={`present${blackout ? ' present-blackout' : ''}${idle ? ' present-idle' : ''}`}
      data-present={state.kind === 'view' ? state.view.kind : state.kind}
    >
      {state.kind === 'view' ? <ViewBody view={state.view} /> : <Neutral />}
    </div>
  );
}

/** Before the first answer, while locked, or when the view cannot be read: the app's name and nothing else. */
function Neutral() {
  return (
    <main className="present-message">
      <p className="present-brand">つなぐ</p>
    </main>
  );
}

function ViewBody({ view }: { view: PresentView }) {
  switch (view.kind) {
    case 'blackout':
      // Nothing at all: the black comes from the container.
      return null;
    case 'waiting':
      return <MomentView view={view} />;
    case 'ended':
      return (
        <main className="present-message">
          <h1 className="present-title">{view.title}</h1>
          <p className="present-date">{view.date}</p>
          <p className="present-note">会議は終了しました</p>
        </main>
      );
    case 'item':
      return <ItemView view={view} />;
    case 'programItem':
      return <PresentProgramCard view={view} />;
  }
}

/** A moment between cases: the meeting's title, where it stands, and how far it has come. */
function MomentView({ view }: { view: Extract<PresentView, { kind: 'waiting' }> }) {
  const { done, total } = view.progress;
  return (
    <main className="present-message" data-moment={view.moment}>
      <h1 className="present-title">{view.title}</h1>
      <p className="present-date">{view.date}</p>
      <p className="present-note">{view.message}</p>
      <p className="present-detail">{view.detail}</p>
      {view.moment !== 'before' && total > 0 && (
        <div className="present-moment-progress">
          <div
            className="present-progress"
            role="progressbar"
            aria-label="会議の進み具合"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={done}
          >
            <div className="present-progress-fill" style={{ width: `${Math.round((done / total) * 100)}%` }} />
          </div>
          <span className="present-progress-text">
            {done} / {total}件 終了
          </span>
        </div>
      )}
    </main>
  );
}

function ItemView({ view }: { view: Extract<PresentView, { kind: 'item' }> }) {
  const percent = view.total > 0 ? Math.round((view.position / view.total) * 100) : 0;
  return (
    <main className={`present-item${view.board ? ' with-board' : ''}`}>
      <header className="present-head">
        <span className="present-head-title">{view.title}</span>
        <span className="present-progress-text" aria-label={`議題 ${view.position} / ${view.total}`}>
          {view.position} / {view.total}
        </span>
        <div
          className="present-progress"
          role="progressbar"
          aria-label="会議の進み具合"
          aria-valuemin={0}
          aria-valuemax={view.total}
          aria-valuenow={view.position}
        >
          <div className="present-progress-fill" style={{ width: `${percent}%` }} />
        </div>
      </header>
      <section className="present-case" aria-label="投影中の議題">
        <span className="present-group">{view.group}</span>
        <h1 className="present-label">{view.label}</h1>
        <PresentTimer {...view.timer} />
      </section>
      <PresentItemBody view={view} />
    </main>
  );
}
