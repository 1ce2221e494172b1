// A meeting's 次第: read (the stored program, else the kind's template as of now) and change it. Each change
// reads and writes the one program row in an immediate transaction, refused once the meeting has ended.
import { AppError } from '../../shared/contract';
import {
  addItem,
  editItem,
  moveEntry,
  programFromTemplate,
  ProgramError,
  removeItem,
  withBlocks,
  type ProgramEntry,
  type ProgramItemFields,
} from '../../shared/meeting/program';
import type { ProgramTemplates } from '../../shared/meeting/program-templates';
import type { MeetingKind } from '../../shared/meeting/types';
import type { Store } from '../repos/store';
import { refuseIfEnded } from './meeting-status';

/** The meeting's 次第; one never written is laid out from its kind's template (and stored at the first change). */
export function programOf(store: Store, meetingId: number): ProgramEntry[] {
  const stored = store.meetings.programs.get(meetingId);
  if (stored) return withBlocks(stored);
  return withBlocks(programFromTemplate(store.meetings.programs.templates()[store.meetings.get(meetingId).kind]));
}

export type ProgramChange =
  | { type: 'add'; item: ProgramItemFields; index?: number | undefined }
  | { type: 'edit'; id: string; changes: Partial<ProgramItemFields> & { record?: string | null } }
  | { type: 'remove'; id: string }
  | { type: 'move'; key: string; index: number };

export function applyProgramChange(program: readonly ProgramEntry[], change: ProgramChange): ProgramEntry[] {
  try {
    switch (change.type) {
      case 'add':
        return addItem(program, change.item, change.index).program;
      case 'edit':
        return editItem(program, change.id, change.changes);
      case 'remove':
        return removeItem(program, change.id);
      case 'move':
        return moveEntry(program, change.key, change.index);
    }
  } catch (error) {
    if (error instanceof ProgramError) throw new AppError('invalid_input', error.message);
    throw error;
  }
}

export function changeProgram(store: Store, meetingId: number, change: ProgramChange, at: string): ProgramEntry[] {
  return store.tx(() => {
    refuseIfEnded(store, meetingId);
    const next = applyProgramChange(programOf(store, meetingId), change);
    store.meetings.programs.save(meetingId, next, at);
    return next;
  });
}

/** Stores the program as it is now, so a later template edit does not change this meeting's 次第. */
export function keepProgram(store: Store, meetingId: number, at: string): void {
  if (store.meetings.programs.get(meetingId) === null)
    store.meetings.programs.save(meetingId, programOf(store, meetingId), at);
}

export function saveProgramTemplate(
  store: Store,
  kind: MeetingKind,
  template: ProgramTemplates[MeetingKind],
): ProgramTemplates {
  return store.tx(() => store.meetings.programs.saveTemplate(kind, template));
}
