// The one object that holds every repository of an open database, made once at unlock (their statements
// are prepared against it) and dropped when it closes. It is also the storage seam: handlers and services
// see these repositories and `tx`, never the connection, so a second storage engine plugs in here.
import type { Db } from '../open';
import { AgenciesRepo, ScopeTemplatesRepo } from './agencies';
import { AuditRepo } from './audit';
import { BackupsRepo } from './backups';
import { BoardsRepo } from './boards';
import { CasesRepo } from './cases';
import { LiveRepo } from './live';
import { CaseMarksRepo } from './marks';
import { MeetingsRepo } from './meetings';
import { MinutesExportsRepo } from './minutes-exports';
import { ReopeningsRepo } from './reopenings';
import { ReportsRepo } from './reports';
import { SettingsRepo } from './settings';
import { StatsRepo } from './stats';
import { WritebacksRepo } from './writebacks';

export interface Store {
  cases: CasesRepo;
  settings: SettingsRepo;
  audit: AuditRepo;
  boards: BoardsRepo;
  meetings: MeetingsRepo;
  reopenings: ReopeningsRepo;
  agencies: AgenciesRepo;
  templates: ScopeTemplatesRepo;
  reports: ReportsRepo;
  marks: CaseMarksRepo;
  live: LiveRepo;
  minutesExports: MinutesExportsRepo;
  writebacks: WritebacksRepo;
  backups: BackupsRepo;
  stats: StatsRepo;
  /**
   * Runs `fn` in ONE immediate transaction (BEGIN IMMEDIATE: the write lock first, so what `fn` reads is the
   * newest committed state and nobody commits between its read and its write); nested calls are savepoints.
   */
  tx<T>(fn: () => T): T;
}

export function createStore(db: Db): Store {
  return {
    cases: new CasesRepo(db),
    settings: new SettingsRepo(db),
    audit: new AuditRepo(db),
    boards: new BoardsRepo(db),
    meetings: new MeetingsRepo(db),
    reopenings: new ReopeningsRepo(db),
    agencies: new AgenciesRepo(db),
    templates: new ScopeTemplatesRepo(db),
    reports: new ReportsRepo(db),
    marks: new CaseMarksRepo(db),
    live: new LiveRepo(db),
    minutesExports: new MinutesExportsRepo(db),
    writebacks: new WritebacksRepo(db),
    backups: new BackupsRepo(db),
    stats: new StatsRepo(db),
    tx: (fn) => db.transaction(fn).immediate(),
  };
}
