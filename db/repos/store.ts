// The one object that holds every repository of an open database, made once at unlock (their statements
// are prepared against it) and dropped when it closes. It is also the storage seam: handlers and services
// see these repositories and `tx`, never the connection, so a second storage engine plugs in here.
import type { Db } from '../open';
import { AgenciesRepo, ScopeTemplatesRepo } from './agencies';
import { AssessmentsRepo } from './assessments';
import { MonthlyRepo } from './monthly';
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
import { PlansRepo } from './plans';
import { FamilyServicesRepo } from './family-services';
import { HomeRepo } from './home';
import { JointListRepo } from './joint-list';
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
  plans: PlansRepo;
  familyServices: FamilyServicesRepo;
  home: HomeRepo;
  joint: JointListRepo;
  assessments: AssessmentsRepo;
  monthly: MonthlyRepo;
  /**
   * Runs `fn` in ONE immediate transaction (BEGIN IMMEDIATE: the write lock first, so what `fn` reads is the
   * newest committed state and nobody commits between its read and its write); nested calls are savepoints.
   */
  tx<T>(fn: () => T): T;
  /**
   * Opens a transaction that stays open across turns of the event loop (db/long-transaction.ts is its one
   * user); `tx` calls inside it become savepoints.
   */
  begin(mode: 'immediate' | 'deferred'): OpenTransaction;
  /**
   * For a long write: a small page cache, so dirty pages spill to the WAL during the transaction and its
   * COMMIT has little left to write. Off restores the normal cache.
   */
  smallCache(on: boolean): void;
  /**
   * SQLite's automatic checkpoint at COMMIT. Off while a long write commits and until the file worker has
   * checkpointed it (copying a whole import from the WAL into the file would stall this thread).
   */
  autoCheckpoint(on: boolean): void;
}

export interface OpenTransaction {
  commit(): void;
  /** Does nothing when the transaction is already gone (a failed COMMIT, a closed connection). */
  rollback(): void;
}

/** Page cache sizes (negative: KiB) during a long write and otherwise (better-sqlite3's default). */
const BULK_CACHE_KIB = -2000;
const NORMAL_CACHE_KIB = -16000;
/** SQLite's default. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

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
    plans: new PlansRepo(db),
    familyServices: new FamilyServicesRepo(db),
    home: new HomeRepo(db),
    joint: new JointListRepo(db),
    assessments: new AssessmentsRepo(db),
    monthly: new MonthlyRepo(db),
    tx: (fn) => db.transaction(fn).immediate(),
    smallCache: (on) => db.pragma(`cache_size = ${on ? BULK_CACHE_KIB : NORMAL_CACHE_KIB}`),
    autoCheckpoint: (on) => db.pragma(`wal_autocheckpoint = ${on ? DEFAULT_AUTOCHECKPOINT_PAGES : 0}`),
    begin(mode) {
      db.exec(mode === 'immediate' ? 'BEGIN IMMEDIATE' : 'BEGIN DEFERRED');
      return {
        commit: () => db.exec('COMMIT'),
        rollback: () => {
          if (db.open && db.inTransaction) db.exec('ROLLBACK');
        },
      };
    },
  };
}
