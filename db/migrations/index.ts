// Every migration this build knows, in order. Add new ones at the end; never renumber or rename.
import { ledgerMigration } from './001-ledger';
import { meetingsMigration } from './002-meetings';
import { boardsMigration } from './003-boards';
import { liveMeetingsMigration } from './004-live-meetings';
import { writebackMigration } from './005-writeback';
import { minutesExportsMigration } from './006-minutes-exports';
import { caseVersionMigration } from './007-case-version';
import { meetingReopeningsMigration } from './008-meeting-reopenings';
import { auditLogMigration } from './009-audit-log';
import { agendaProgramMigration } from './010-agenda-program';
import { familyPlansMigration } from './011-family-plans';
import { jointListMigration } from './012-joint-list';
import { familyServicesMigration } from './013-family-services';
import { writebackActionsMigration } from './014-writeback-actions';
import { assessmentsMigration } from './015-assessments';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  ledgerMigration,
  meetingsMigration,
  boardsMigration,
  liveMeetingsMigration,
  writebackMigration,
  minutesExportsMigration,
  caseVersionMigration,
  meetingReopeningsMigration,
  auditLogMigration,
  agendaProgramMigration,
  familyPlansMigration,
  jointListMigration,
  familyServicesMigration,
  writebackActionsMigration,
  assessmentsMigration,
];
export type { Migration };
