// 「投影画面を開く」: the host opens the projector window where it can (Electron: on the second display);
// in the browser host the page opens the /present route itself. The window's name makes a second click
// reuse the same window instead of stacking projector tabs.
import type { Api } from '../../../shared/contract';

export const PRESENT_WINDOW_NAME = 'tsunagu-present';

export function presentUrl(meetingId: number): string {
  return `/present?meeting=${meetingId}`;
}

export async function openPresenter(api: Api, meetingId: number): Promise<void> {
  const { openedByHost } = await api.call('present.open', { meetingId });
  if (!openedByHost) window.open(presentUrl(meetingId), PRESENT_WINDOW_NAME, 'popup');
}

/** The meeting id when this window is the projector (/present?meeting=ID), else null. */
export function presentMeetingId(location: Pick<Location, 'pathname' | 'search'>): number | null {
  if (location.pathname !== '/present') return null;
  const id = Number(new URLSearchParams(location.search).get('meeting'));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
