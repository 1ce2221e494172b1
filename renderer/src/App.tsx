// The session decides the screen: first-time setup, the lock screen, or the app (the home view first).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SessionStatus } from '../../shared/contract';
import { useApi } from './api-context';
import { errorMessage } from './lib/errors';
import { LedgerScreen, type LedgerStart } from './screens/LedgerScreen';
import { HomeScreen } from './screens/HomeScreen';
import type { HomeLinks } from './components/home/home-links';
import { MeetingsScreen } from './screens/MeetingsScreen';
import { LockScreen } from './screens/LockScreen';
import { SetupScreen } from './screens/SetupScreen';
import { AppHeader } from './components/AppHeader';
import { useSettings } from './hooks/useSettings';
import { BoardOpenerContext, type BoardTarget } from './components/board/open-board';
import { BoardScreen } from './screens/BoardScreen';
import { flushPendingSaves } from './components/board/pending-saves';
import { parseRoute, viewOf, type AppRoute, type Route } from './lib/route';
import { DateStyleContext } from './lib/date-style';
import { SecurityScreen } from './screens/SecurityScreen';
import { StatsScreen } from './screens/StatsScreen';
import { PlansScreen, type PlansStart } from './screens/PlansScreen';
import { PlanOpenerContext, type PlanOpener } from './components/plans/plan-opener';
import { JointScreen } from './screens/JointScreen';
import { RequestsScreen } from './screens/RequestsScreen';
import { useIdleLock } from './hooks/useIdleLock';
import type { LockReason } from '../../shared/audit/actions';

type State = SessionStatus['state'];

export function App() {
  const api = useApi();
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<string | null>(null);

  const loadStatus = useCallback(() => {
    setError(null);
    api.call('session.status', {}).then(
      (status) => setState(status.state),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [api]);

  useEffect(() => {
    loadStatus();
    // Another window (or the CLI through the backend) may lock the session.
    return api.on('session.changed', (payload) => setState(payload.state));
  }, [api, loadStatus]);

  if (error) {
    return (
      <main className="centered">
        <div className="card">
          <h1>つなぐ</h1>
          <p role="alert" className="error">
            {error}
          </p>
          <button type="button" onClick={loadStatus}>
            再試行
          </button>
        </div>
      </main>
    );
  }
  if (state === null)
    return (
      <main className="centered" aria-busy="true">
        <p>読み込み中…</p>
      </main>
    );
  if (state === 'uninitialized') return <SetupScreen onDone={(s) => setState(s.state)} />;
  if (state === 'locked') return <LockScreen onDone={(s) => setState(s.state)} />;
  return <UnlockedApp onLocked={(s) => setState(s)} />;
}

function UnlockedApp({ onLocked }: { onLocked: (state: State) => void }) {
  const api = useApi();
  const settings = useSettings();
  const [lockError, setLockError] = useState<string | null>(null);
  // One route for the header view and the board over it. The meeting screens keep their console in the
  // address themselves (lib/console-route.ts); here a console route only picks the 会議 view to start on.
  // Read on every unlock, not once per page: after a lock the window returns to the console the address names.
  const [route, setRoute] = useState<AppRoute>(() => startRoute(parseRoute(window.location)));
  const view = viewOf(route);
  // What the home view asked a screen to open with (filters, a meeting); `n` remounts the screen for each ask,
  // and choosing a view in the header starts it plain again.
  const [opened, setOpened] = useState<{ n: number; ledger?: LedgerStart; meetingId?: number; plans?: PlansStart }>({
    n: 0,
  });
  const planOpener = useMemo<PlanOpener>(() => {
    const go = (plans: PlansStart) => {
      setOpened((o) => ({ n: o.n + 1, plans }));
      setRoute({ kind: 'view', view: 'plans' });
    };
    return { openPlan: (planId) => go({ planId }), newPlanFor: (caseNo) => go({ newForCase: caseNo }) };
  }, []);
  const homeLinks = useMemo<HomeLinks>(() => {
    const go = (view: 'ledger' | 'meetings', ask: { ledger?: LedgerStart; meetingId?: number }) => {
      setOpened((o) => ({ n: o.n + 1, ...ask }));
      setRoute({ kind: 'view', view });
    };
    return {
      openLedger: (filters) => go('ledger', { ledger: { filters } }),
      openImport: () => go('ledger', { ledger: { importing: true } }),
      openMeeting: (meetingId) => go('meetings', { meetingId }),
      openRequests: () => setRoute({ kind: 'view', view: 'requests' }),
    };
  }, []);
  const board = route.kind === 'board' ? route : null;
  const openBoard = useCallback(
    (target: BoardTarget) =>
      setRoute((current) => ({
        kind: 'board',
        caseNo: target.caseNo,
        meetingId: target.meetingId,
        view: viewOf(current),
      })),
    [],
  );

  const lock = (reason: LockReason = 'manual') => {
    // Unsaved board edits are saved first: once locked, the backend refuses them. Locking goes ahead even
    // if a save fails (the lock protects the data; the board shows its own save error until then).
    flushPendingSaves()
      .then(
        () => api.call('session.lock', { reason }),
        () => api.call('session.lock', { reason }),
      )
      .then(
        (status) => onLocked(status.state),
        (e: unknown) => setLockError(errorMessage(e)),
      );
  };

  useIdleLock(settings.settings.idleLockMinutes, () => lock('idle'));

  return (
    <DateStyleContext.Provider value={settings.settings.dateStyle}>
      <div className="app">
        <AppHeader
          view={view}
          onView={(next) => {
            setOpened((o) => ({ n: o.n + 1 }));
            setRoute({ kind: 'view', view: next });
          }}
          onLock={() => lock()}
        />
        {lockError && (
          <p role="alert" className="error banner">
            {lockError}
          </p>
        )}
        {/* The screen under the board stays mounted (hidden) so closing the board returns to it as it was. */}
        <BoardOpenerContext.Provider value={openBoard}>
          <PlanOpenerContext.Provider value={planOpener}>
            <div hidden={board !== null} className="app-view">
              {view === 'home' ? (
                <HomeScreen settings={settings} links={homeLinks} />
              ) : view === 'ledger' ? (
                <LedgerScreen key={opened.n} settings={settings} start={opened.ledger} />
              ) : view === 'meetings' ? (
                <MeetingsScreen key={opened.n} settings={settings} openMeetingId={opened.meetingId} />
              ) : view === 'requests' ? (
                <RequestsScreen settings={settings} />
              ) : view === 'joint' ? (
                <JointScreen settings={settings} onOpenMeeting={homeLinks.openMeeting} />
              ) : view === 'plans' ? (
                <PlansScreen key={opened.n} start={opened.plans} />
              ) : view === 'stats' ? (
                <StatsScreen settings={settings} />
              ) : (
                <SecurityScreen settings={settings} />
              )}
            </div>
          </PlanOpenerContext.Provider>
        </BoardOpenerContext.Provider>
        {board && (
          <BoardScreen
            key={board.caseNo}
            caseNo={board.caseNo}
            meetingId={board.meetingId}
            operatorName={settings.settings.operatorName}
            onClose={() => setRoute({ kind: 'view', view })}
          />
        )}
      </div>
    </DateStyleContext.Provider>
  );
}

/** main.tsx renders the projector itself, so a present route never reaches the App. */
function startRoute(route: Route): AppRoute {
  return route.kind === 'present' ? { kind: 'view', view: 'home' } : route;
}
