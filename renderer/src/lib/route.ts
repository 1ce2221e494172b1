// Where a window of the app is, as one value. Navigation used to be four separate mechanisms (the header's
// view state, the board-opener context, `#console=ID`, `/present?meeting=ID`); they all read and write this
// type now, so a new screen is one more variant here instead of a fifth mechanism.
//
// Only two routes show in the address, and their URLs are fixed (the e2e specs, the Electron presenter window
// and reloads depend on them): the projector window `/present?meeting=ID` and the meeting console
// `#console=ID`. The header views and an open whiteboard live in memory only, as before: a reload starts on
// the home view (or back in the console).

/** The header's screens. */
export type View = 'home' | 'ledger' | 'meetings' | 'requests' | 'joint' | 'plans' | 'stats' | 'security';

export type Route =
  /** A header screen. */
  | { kind: 'view'; view: View }
  /** The 会議 screen with this meeting's console open (`#console=ID`, survives a reload). */
  | { kind: 'console'; meetingId: number }
  /** A case's whiteboard over `view`, which stays mounted (hidden) so closing the board returns to it as it was. */
  | { kind: 'board'; caseNo: string; meetingId: number | null; view: View }
  /** The projector window (`/present?meeting=ID`): another root, no session screens. */
  | { kind: 'present'; meetingId: number };

export type RouteLocation = Pick<Location, 'pathname' | 'search' | 'hash'>;

const PRESENT_PATH = '/present';
const CONSOLE_PREFIX = '#console=';

/** A meeting id as the address carries it: a positive safe integer, else null. */
function meetingIdOf(text: string | null): number | null {
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function parseRoute(location: RouteLocation): Route {
  if (location.pathname === PRESENT_PATH) {
    const meetingId = meetingIdOf(new URLSearchParams(location.search).get('meeting'));
    if (meetingId !== null) return { kind: 'present', meetingId };
  }
  if (location.hash.startsWith(CONSOLE_PREFIX)) {
    const meetingId = meetingIdOf(location.hash.slice(CONSOLE_PREFIX.length));
    if (meetingId !== null) return { kind: 'console', meetingId };
  }
  return { kind: 'view', view: 'home' };
}

/**
 * The address for `route`. In-page routes keep the current path and query (`from`; in Electron that is the
 * app:// page) and differ only in the hash; routes not kept in the address give the address without a hash.
 */
export function routeHref(
  route: Route,
  from: Pick<Location, 'pathname' | 'search'> = { pathname: '/', search: '' },
): string {
  switch (route.kind) {
    case 'present':
      return `${PRESENT_PATH}?meeting=${route.meetingId}`;
    case 'console':
      return `${from.pathname}${from.search}${CONSOLE_PREFIX}${route.meetingId}`;
    case 'view':
    case 'board':
      return `${from.pathname}${from.search}`;
  }
}

/** The routes of the main window (the projector is a root of its own, see main.tsx). */
export type AppRoute = Exclude<Route, { kind: 'present' }>;

/** The header screen a route shows (under the board, for a board). */
export function viewOf(route: AppRoute): View {
  return route.kind === 'console' ? 'meetings' : route.view;
}
