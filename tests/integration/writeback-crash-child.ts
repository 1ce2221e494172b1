// Child of writeback-crash.test.ts: opens the database as the app does (migrations check), says "ready" on
// stdout, makes the backup ("backed-up"), then runs the write-back transaction ("done <ms> <changed>").
// The parent kills it with SIGKILL somewhere in between. Pipe writes are synchronous on Linux, so a marker
// the parent has read was written before the kill.
import { createStore } from '../../db/repos/store';
import { WritebackService } from '../../db/services/writeback';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { PASSPHRASE } from './db-helpers';

const [dbPath, meetingIdText] = process.argv.slice(2);
if (!dbPath || !meetingIdText) throw new Error('usage: writeback-crash-child.ts DB MEETING_ID');
const meetingId = Number(meetingIdText);
const db = openDatabase(dbPath, { passphrase: PASSPHRASE });
migrate(db);
const service = new WritebackService(createStore(db), () => new Date());
const choices = { excludeCaseNos: [], resolutions: [] };
process.stdout.write('ready\n');
const start = performance.now();
const backupPath = service.backup(meetingId);
process.stdout.write('backed-up\n');
const { changed } = service.commit(meetingId, choices, backupPath);
process.stdout.write(`done ${(performance.now() - start).toFixed(1)} ${changed}\n`);
db.close();
