// The meeting repositories of one open database, made once per database (their statements are
// prepared against it) and forgotten with it.
import type { Db } from '../open';
import { AgenciesRepo, ScopeTemplatesRepo } from './agencies-repo';
import { CaseMarksRepo } from './case-marks-repo';
import { LiveRepo } from './live-repo';
import { MeetingsRepo } from './meetings-repo';
import { ReportsRepo } from './reports-repo';

export interface MeetingStore {
  db: Db;
  agencies: AgenciesRepo;
  templates: ScopeTemplatesRepo;
  meetings: MeetingsRepo;
  reports: ReportsRepo;
  marks: CaseMarksRepo;
  live: LiveRepo;
}

const stores = new WeakMap<Db, MeetingStore>();

export function meetingStore(db: Db): MeetingStore {
  let store = stores.get(db);
  if (!store) {
    store = {
      db,
      agencies: new AgenciesRepo(db),
      templates: new ScopeTemplatesRepo(db),
      meetings: new MeetingsRepo(db),
      reports: new ReportsRepo(db),
      marks: new CaseMarksRepo(db),
      live: new LiveRepo(db),
    };
    stores.set(db, store);
  }
  return store;
}
