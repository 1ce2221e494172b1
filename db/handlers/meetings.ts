// The meeting's own records: agencies, 部会 templates, meetings (create, edit, reopen), agencies' reports,
// the secretariat's marks on cases and the triage settings.
import { AppError } from '../../shared/contract';
import { changedFields, meetingEditProblem, staleMeetingMessage } from '../../shared/meeting/meeting-edit';
import { statusChangeProblem } from '../../shared/meeting/status';
import { meetingSchema } from '../../shared/meeting/types';
import { requireCase } from '../services/guards';
import { meetingReopenings, refuseIfEnded, reopenMeeting } from '../services/meeting-status';
import { importReports } from '../services/report-import';
import type { HandlerContext, HandlersFor } from './context';

/** A council's own list (agencies, scope templates): a removal answers with what remains, for the settings screen. */
function removeFromList<T>(repo: { remove(id: number): void; list(): T[] }, id: number): T[] {
  repo.remove(id);
  return repo.list();
}

export function agenciesHandlers(ctx: HandlerContext): HandlersFor<'agencies'> {
  return {
    'agencies.list': () => ({ agencies: ctx.store().agencies.list() }),
    'agencies.save': (input) => ctx.store().agencies.save(input),
    'agencies.remove': ({ id }) => ({ agencies: removeFromList(ctx.store().agencies, id) }),
  };
}

export function scopeTemplatesHandlers(ctx: HandlerContext): HandlersFor<'scopeTemplates'> {
  return {
    'scopeTemplates.list': () => ({ templates: ctx.store().templates.list() }),
    'scopeTemplates.save': (input) => ctx.store().templates.save(input),
    'scopeTemplates.remove': ({ id }) => ({ templates: removeFromList(ctx.store().templates, id) }),
  };
}

export function meetingsHandlers(ctx: HandlerContext): HandlersFor<'meetings'> {
  const changed = (meetingId: number) => ctx.emit({ name: 'meetings.changed', payload: { meetingId } });
  return {
    'meetings.list': () => ({ meetings: ctx.store().meetings.list() }),
    'meetings.get': ({ id }) => ctx.store().meetings.get(id),
    'meetings.create': ({ meeting }) => {
      const problem = statusChangeProblem('準備中', meeting.status);
      if (problem) throw new AppError('invalid_input', problem);
      const created = ctx.store().meetings.create(meeting, ctx.at());
      changed(created.id);
      return created;
    },
    // Read, check and write in ONE immediate transaction (as ledger.update): `expected` is what the edit form
    // loaded, so a change another window committed meanwhile is refused, never silently overwritten.
    'meetings.update': ({ id, changes, expected }) =>
      ctx.tx((store) => {
        const { meetings } = store;
        const { id: _id, createdAt: _createdAt, ...before } = meetings.get(id);
        const stale = expected ? staleMeetingMessage(before, expected) : null;
        if (stale) throw new AppError('conflict', stale);
        const merged = meetingSchema.safeParse({ ...before, ...changes });
        if (!merged.success) throw new AppError('invalid_input', '会議の内容が正しくありません。');
        // An unchanged save still raises meetings.changed, as it always has (the form reloads on it).
        changed(id);
        const fields = changedFields(before, merged.data);
        if (fields.length === 0) return meetings.get(id);
        refuseIfEnded(store, id);
        const problem =
          statusChangeProblem(before.status, merged.data.status) ?? meetingEditProblem(before.status, fields);
        if (problem) throw new AppError('invalid_input', problem);
        // The agenda (cards, order, 事務局案, overrides, its since) is another table and stays as it is.
        return meetings.replace(id, merged.data, ctx.at());
      }),
    'meetings.reopen': ({ id, reason }) => {
      const reopening = reopenMeeting(ctx.store(), id, reason, ctx.at());
      changed(id);
      ctx.emit({ name: 'live.changed', payload: { meetingId: id } });
      return reopening;
    },
    'meetings.reopenings': ({ id }) => ({ reopenings: meetingReopenings(ctx.store(), id) }),
  };
}

export function reportsHandlers(ctx: HandlerContext): HandlersFor<'reports'> {
  return {
    'reports.list': ({ caseNo }) => ({ reports: ctx.store().reports.forCase(caseNo) }),
    'reports.add': ({ report }) =>
      ctx.tx((store) => {
        requireCase(store, report.caseNo);
        if (store.reports.find(report)) {
          throw new AppError(
            'duplicate',
            `${report.agency}の${report.reportDate}の報告（登録番号「${report.caseNo}」）はすでに登録されています。`,
          );
        }
        return store.reports.insert(report, ctx.at());
      }),
    'reports.import': async (input) => {
      const { caseNos: _caseNos, ...result } = await importReports(ctx.store(), input, ctx.at());
      if (result.answers && !input.dryRun)
        ctx.emit({ name: 'assessments.changed', payload: { meetingId: result.answers.meetingId } });
      return result;
    },
  };
}

export function casesHandlers(ctx: HandlerContext): HandlersFor<'cases'> {
  return {
    'cases.proposeClosure': ({ caseNo, proposed }) => {
      const store = ctx.store();
      requireCase(store, caseNo);
      store.marks.setClosureProposed(caseNo, proposed, store.settings.read().operatorName, ctx.at());
      return { caseNo, proposed };
    },
    'cases.setPlanReview': ({ caseNo, reviewDue }) => {
      const store = ctx.store();
      requireCase(store, caseNo);
      store.marks.setPlanReview(caseNo, reviewDue, ctx.at());
      return { caseNo, reviewDue };
    },
  };
}

export function triageHandlers(ctx: HandlerContext): HandlersFor<'triage'> {
  return {
    'triage.getSettings': () => ctx.store().settings.triage(),
    // Read-merge-write in one immediate transaction: another program's change to another rule is kept.
    'triage.updateSettings': (changes) => ctx.tx(({ settings }) => settings.writeTriage(changes)),
  };
}
