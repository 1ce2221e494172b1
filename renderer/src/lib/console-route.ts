// The console survives a reload: while it is open the address says #console=<meetingId>, and a window
// that starts with it goes straight back to that meeting's console. Both directions go through the one
// route type (route.ts); this file only names the console's half of it for the meeting screens.
import { parseRoute, routeHref } from './route';

export function consoleMeetingFromHash(hash: string = location.hash): number | null {
  const route = parseRoute({ pathname: '', search: '', hash });
  return route.kind === 'console' ? route.meetingId : null;
}

export function setConsoleRoute(meetingId: number | null): void {
  const route =
    meetingId === null ? ({ kind: 'view', view: 'meetings' } as const) : ({ kind: 'console', meetingId } as const);
  history.replaceState(null, '', routeHref(route, location));
}
