// The contract's meeting methods (agencies, 部会 templates, meetings, reports, case marks, triage
// settings, agenda, handout), spread into the backend's handler table.
import type { z } from 'zod';
import { AppError, type BackendEvent, type MethodName, type MethodResults, type methods } from '../../shared/contract';
import { buildHandout } from '../../shared/meeting/handout';
import { statusChangeProblem } from '../../shared/meeting/status';
import { meetingSchema } from '../../shared/meeting/types';
import { dayInZone } from '../../shared/time/zone';
import { readSettings } from '../ledger/settings-repo';
import type { Db } from '../open';
import { AgendaService } from './agenda-service';
import { exportHandout, type HandoutData } from './handout-docx';
import { maskBoards } from './mask-boards';
import { meetingReopenings, refuseIfEnded, reopenMeeting } from './meeting-status';
import { importReports } from './report-import';
import { meetingStore } from './store';
import { readTriageSettings, writeTriageSettings } from './triage-settings';

type MeetingMethod = Extract<MethodName,
  | `agencies.${string}` | `scopeTemplates.${string}` | `meetings.${string}` | `reports.${string}` | `cases.${string}`
  | `triage.${string}` | `agenda.${string}` | `handout.${string}`>;

export type MeetingHandlers = {
  [M in MeetingMethod]: (input: z.output<(typeof methods)[M]>) => MethodResults[M] | Promise<MethodResults[M]>;
};

export interface MeetingDeps {
  now: () => Date;
  emit: (event: BackendEvent) => void;
  /** Throws 'locked' when the database is closed. */
  open: () => { db: Db };
}

export function meetingHandlers({ now, emit, open }: MeetingDeps): MeetingHandlers {
  const store = () => meetingStore(open().db);
  const agenda = () => new AgendaService(open().db);
  const at = () => now().toISOString();
  const requireCase = (caseNo: string) => {
    if (!open().db.prepare('SELECT 1 FROM cases WHERE case_no = ?').get(caseNo)) {
      throw new AppError('not_found', `登録番号「${caseNo}」のケースが台帳にありません。`);
    }
  };
  const agendaChanged = <T extends { meetingId: number }>(result: T): T => {
    emit({ name: 'agenda.changed', payload: { meetingId: result.meetingId } });
    return result;
  };
  const meetingChanged = <T extends { id: number }>(meeting: T): T => {
    emit({ name: 'meetings.changed', payload: { meetingId: meeting.id } });
    return meeting;
  };
  /** What the DOCX and the print view are both made from, so the two never say different things. */
  const handoutData = (meetingId: number): HandoutData => {
    const { db } = open();
    const { meetings, reports } = store();
    const { id: _id, createdAt: _createdAt, ...meeting } = meetings.get(meetingId);
    const current = agenda().get(meetingId);
    if (!current.suggested) {
      throw new AppError('not_found', 'この会議の議題はまだ作成されていません。先に「議題の案を作成」を実行してください。');
    }
    const settings = readSettings(db);
    const onAgenda = new Set(current.items.map((item) => item.caseNo));
    const agendaReports = [...reports.byCase(null, meeting.date)].filter(([caseNo]) => onAgenda.has(caseNo)).flatMap(([, list]) => list);
    return {
      meeting, agenda: current.items, cases: current.cases, reports: agendaReports,
      today: dayInZone(now(), settings.timeZone), dateStyle: settings.dateStyle, boards: maskBoards(db, meetingId, onAgenda),
    };
  };

  return {
    'agencies.list': () => ({ agencies: store().agencies.list() }),
    'agencies.save': (input) => store().agencies.save(input),
    'agencies.remove': ({ id }) => {
      store().agencies.remove(id);
      return { agencies: store().agencies.list() };
    },

    'scopeTemplates.list': () => ({ templates: store().templates.list() }),
    'scopeTemplates.save': (input) => store().templates.save(input),
    'scopeTemplates.remove': ({ id }) => {
      store().templates.remove(id);
      return { templates: store().templates.list() };
    },

    'meetings.list': () => ({ meetings: store().meetings.list() }),
    'meetings.get': ({ id }) => store().meetings.get(id),
    'meetings.create': ({ meeting }) => {
      const problem = statusChangeProblem('準備中', meeting.status);
      if (problem) throw new AppError('invalid_input', problem);
      return meetingChanged(store().meetings.create(meeting, at()));
    },
    'meetings.update': ({ id, changes }) => {
      const { db } = open();
      const updated = db.transaction(() => {
        const { meetings } = store();
        const { id: _id, createdAt: _createdAt, ...before } = meetings.get(id);
        const merged = meetingSchema.safeParse({ ...before, ...changes });
        if (!merged.success) throw new AppError('invalid_input', '会議の内容が正しくありません。');
        if (JSON.stringify(merged.data) === JSON.stringify(before)) return meetings.get(id);
        refuseIfEnded(db, id);
        const problem = statusChangeProblem(before.status, merged.data.status);
        if (problem) throw new AppError('invalid_input', problem);
        return meetings.replace(id, merged.data, at());
      }).immediate();
      return meetingChanged(updated);
    },
    'meetings.reopen': ({ id, reason }) => {
      const { db } = open();
      const reopening = reopenMeeting(db, id, reason, readSettings(db).operatorName, at());
      emit({ name: 'meetings.changed', payload: { meetingId: id } });
      emit({ name: 'live.changed', payload: { meetingId: id } });
      return reopening;
    },
    'meetings.reopenings': ({ id }) => ({ reopenings: meetingReopenings(open().db, id) }),

    'reports.list': ({ caseNo }) => ({ reports: store().reports.forCase(caseNo) }),
    'reports.add': ({ report }) => {
      const { db, reports } = store();
      return db.transaction(() => {
        requireCase(report.caseNo);
        if (reports.find(report)) {
          throw new AppError('duplicate', `${report.agency}の${report.reportDate}の報告（登録番号「${report.caseNo}」）はすでに登録されています。`);
        }
        return reports.insert(report, at());
      }).immediate();
    },
    'reports.import': async (input) => {
      const { caseNos: _caseNos, ...result } = await importReports(store(), input, at());
      return result;
    },

    'cases.proposeClosure': ({ caseNo, proposed }) => {
      requireCase(caseNo);
      store().marks.setClosureProposed(caseNo, proposed, readSettings(open().db).operatorName, at());
      return { caseNo, proposed };
    },
    'cases.setPlanReview': ({ caseNo, reviewDue }) => {
      requireCase(caseNo);
      store().marks.setPlanReview(caseNo, reviewDue, at());
      return { caseNo, reviewDue };
    },

    'triage.getSettings': () => readTriageSettings(open().db),
    'triage.updateSettings': (changes) => writeTriageSettings(open().db, changes),

    'agenda.suggest': ({ meetingId, since, allActive }) =>
      agendaChanged(agenda().suggest(meetingId, { since, allActive }, at())),
    'agenda.get': ({ meetingId }) => agenda().get(meetingId),
    'agenda.move': (input) => agendaChanged(agenda().move(input, readSettings(open().db).operatorName, at())),
    'agenda.updateItem': (input) => agendaChanged(agenda().updateItem(input, at())),
    'agenda.bulkDraft': (input) => agendaChanged(agenda().bulkDraft(input, at())),

    'handout.export': ({ meetingId, masked, copies }) => exportHandout({ masked, copies }, handoutData(meetingId)),
    'handout.model': ({ meetingId, masked, copies }) => buildHandout({ ...handoutData(meetingId), masked, copies }),
  };
}
