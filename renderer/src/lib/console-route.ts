// The console survives a reload: while it is open the address says #console=<meetingId>, and a window
// that starts with it goes straight back to that meeting's console.
const PREFIX = '#console=';

export function consoleMeetingFromHash(hash: string = location.hash): number | null {
  if (!hash.startsWith(PREFIX)) return null;
  const id = Number(hash.slice(PREFIX.length));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function setConsoleRoute(meetingId: number | null): void {
  const url = meetingId === null ? location.pathname + location.search : `${location.pathname}${location.search}${PREFIX}${meetingId}`;
  history.replaceState(null, '', url);
}
