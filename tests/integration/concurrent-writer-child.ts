// Child of concurrent-writes.test.ts: another program on the same database file, writing the way an import
// commit does (one immediate transaction, the case row replaced with history rows) but holding the write
// lock for a while before it commits, so the parent's edit is made during that window. Prints "locked" once
// the transaction holds the lock and the change is written (not yet committed), "committed" after COMMIT.
import { CasesRepo } from '../../db/repos/cases';
import { openDatabase } from '../../db/open';
import { PASSPHRASE } from './db-helpers';

const [dbPath, caseNo, district, holdText] = process.argv.slice(2);
if (!dbPath || !caseNo || !district || !holdText)
  throw new Error('usage: concurrent-writer-child.ts DB CASE_NO 地区 HOLD_MS');
const db = openDatabase(dbPath, { passphrase: PASSPHRASE });
const cases = new CasesRepo(db);
const at = new Date().toISOString();
db.exec('BEGIN IMMEDIATE');
const before = cases.get(caseNo);
if (!before) throw new Error(`no case ${caseNo}`);
cases.replace({ ...before, district }, at);
cases.addHistory(
  {
    caseNo,
    source: 'import',
    field: 'district',
    oldValue: before.district,
    newValue: district,
    detail: '別のプログラム',
  },
  at,
);
process.stdout.write('locked\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdText));
db.exec('COMMIT');
process.stdout.write('committed\n');
db.close();
