// What the 配布資料's DOCX and its print view are both made from, gathered in one place, so the two never
// say different things.
import { AppError } from '../../shared/contract';
import { dayInZone } from '../../shared/time/zone';
import type { HandoutData } from '../documents/handout-docx';
import type { Store } from '../repos/store';
import { AgendaService } from './agenda';
import { mergedSheets } from './casesheets';
import { maskBoards } from './mask-boards';

export function handoutData(store: Store, meetingId: number, now: Date): HandoutData {
  const { meetings, reports } = store;
  const { id: _id, createdAt: _createdAt, ...meeting } = meetings.get(meetingId);
  const current = new AgendaService(store).get(meetingId);
  if (!current.suggested) {
    throw new AppError(
      'not_found',
      'この会議の議題はまだ作成されていません。先に「議題の案を作成」を実行してください。',
    );
  }
  const settings = store.settings.read();
  const onAgenda = new Set(current.items.map((item) => item.caseNo));
  const agendaReports = [...reports.byCase(null, meeting.date)]
    .filter(([caseNo]) => onAgenda.has(caseNo))
    .flatMap(([, list]) => list);
  return {
    meeting,
    agenda: current.items,
    cases: current.cases,
    reports: agendaReports,
    today: dayInZone(now, settings.timeZone),
    dateStyle: settings.dateStyle,
    boards: maskBoards(store, meetingId, onAgenda),
    caseSheets: [...mergedSheets(store, meetingId, onAgenda).values()],
  };
}
