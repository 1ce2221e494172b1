// agenda.* and handout.*: the meeting's agenda (suggest, move, drafts) and the 配布資料 made from it.
// Each agenda change is one transaction in AgendaService and raises agenda.changed after it.
import type { Agenda } from '../../shared/contract';
import { buildHandout } from '../../shared/meeting/handout';
import { runJob } from '../workers/run-in-worker';
import { AgendaService } from '../services/agenda';
import { changeProgram, programOf, saveProgramTemplate, type ProgramChange } from '../services/agenda-program';
import { handoutData } from '../services/handout-data';
import type { HandlerContext, HandlersFor } from './context';

export function agendaHandlers(ctx: HandlerContext): HandlersFor<'agenda'> {
  const agenda = () => new AgendaService(ctx.store());
  const changed = (result: Agenda): Agenda => {
    ctx.emit({ name: 'agenda.changed', payload: { meetingId: result.meetingId } });
    return result;
  };
  return {
    'agenda.suggest': ({ meetingId, since, allActive }) =>
      changed(agenda().suggest(meetingId, { since, allActive }, ctx.at())),
    'agenda.get': ({ meetingId }) => agenda().get(meetingId),
    'agenda.move': (input) => changed(agenda().move(input, ctx.store().settings.read().operatorName, ctx.at())),
    'agenda.updateItem': (input) => changed(agenda().updateItem(input, ctx.at())),
    'agenda.bulkDraft': (input) => changed(agenda().bulkDraft(input, ctx.at())),
    'agenda.addEntry': ({ meetingId, item, index }) => program(meetingId, { type: 'add', item, index }),
    'agenda.updateEntry': ({ meetingId, id, changes }) => program(meetingId, { type: 'edit', id, changes }),
    'agenda.removeEntry': ({ meetingId, id }) => program(meetingId, { type: 'remove', id }),
    'agenda.moveEntry': ({ meetingId, key, index }) => program(meetingId, { type: 'move', key, index }),
    'agenda.programTemplates': () => ctx.store().meetings.programs.templates(),
    'agenda.saveProgramTemplate': ({ kind, template }) => saveProgramTemplate(ctx.store(), kind, template),
  };
  function program(meetingId: number, change: ProgramChange): Agenda {
    changeProgram(ctx.store(), meetingId, change, ctx.at());
    return changed(agenda().get(meetingId));
  }
}

export function handoutHandlers(ctx: HandlerContext): HandlersFor<'handout'> {
  return {
    // Written in the file worker: one board picture per 協議 case, and a password's 100,000 hash rounds.
    'handout.export': ({ meetingId, masked, copies, filePassword }) =>
      runJob('writeDocument', {
        document: {
          kind: 'handout',
          options: { masked, copies },
          data: withProgram(meetingId),
        },
        filePassword,
      }),
    'handout.model': ({ meetingId, masked, copies }) => buildHandout({ ...withProgram(meetingId), masked, copies }),
  };
  /** The handout's data with the 次第 and the timing its start times need. */
  function withProgram(meetingId: number) {
    const store = ctx.store();
    return {
      ...handoutData(store, meetingId, ctx.now()),
      program: programOf(store, meetingId),
      timing: store.settings.triage(),
    };
  }
}
