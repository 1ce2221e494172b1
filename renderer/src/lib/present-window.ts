// 「投影画面を開く」: the host opens the projector window where it can (Electron: on the second display);
// in the browser host the page opens the /present route itself. The window's name makes a second click
// reuse the same window instead of stacking projector tabs.
import type { Api } from '../../../shared/contract';
import { routeHref } from './route';

export const PRESENT_WINDOW_NAME = 'tsunagu-present';

export async function openPresenter(api: Api, meetingId: number): Promise<void> {
  const { openedByHost } = await api.call('present.open', { meetingId });
  if (!openedByHost) window.open(routeHref({ kind: 'present', meetingId }), PRESENT_WINDOW_NAME, 'popup');
}
