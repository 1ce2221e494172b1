// One masking policy over every masked output: a corpus of sentences that name a family the way case notes
// do (full names, a given name alone, hiragana, katakana, half-width ｶﾅ, 〇〇ちゃん, 母の〇〇さん, 父〇〇〇〇, birth
// dates as H28.4.1生, Ｈ２８．４．１生, 平成28年4月1日生まれ, 2016/4/1, 令和元年 …) is put in sticky notes,
// decisions, reports, the 事務局案 and guardian fields of a fictional meeting; then the projector view (through
// the backend), the handout (DOCX and the print view's model), and the minutes (DOCX, XLSX and the HTML behind
// every PDF, with their board pictures) are made masked and unmasked. No name or birth date may be in a masked
// one; the unmasked ones must carry the sentences, so the test cannot pass by looking at empty files.
// Every name here is made up for this test and used nowhere else.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import type { Api } from '../../shared/contract';
import { makeChildLink, makePerson, makeUnion } from '../../shared/board/commands';
import { emptyBoard, type BoardDoc, type Note, type SosColumn } from '../../shared/board/types';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import type { AgencyReportInput } from '../../shared/meeting/types';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting } from './meeting-helpers';
import { join } from 'node:path';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

/** Nothing of these may be in a masked output: names in every script, and the birth dates as the corpus writes them. */
const SECRETS = [
  '蔦谷',
  '璃桜',
  'つたや',
  'ツタヤ',
  'りお',
  'リオ',
  'ﾂﾀﾔ',
  'ﾘｵ',
  '紗良',
  '榊原',
  '惣一郎',
  '湊斗',
  'キヨ子',
  '陣内',
  '御手洗',
  '颯真',
  'みたらい',
  'ミタライ',
  'そうま',
  '千景',
  '亮',
  'H28.4.1',
  'Ｈ２８．４．１',
  '平成28年4月1日',
  '2016/4/1',
  '2016-04-01',
  '令和元年5月1日',
  'R元.5.1',
  '2019-05-01',
  'H25.8.20',
  'S60.3.3',
];

/** The facilitator: staff, shares no name with the families, and must survive masking. */
const FACILITATOR = '進行 早乙女';

// Sticky notes are at most 13 characters: the board picture wraps longer ones over lines, and a name split
// over two lines could not be searched for.
const NOTES: [SosColumn | null, string][] = [
  ['worries', '璃桜は最近よく笑う。'],
  ['worries', 'りおちゃんが朝食を抜く。'],
  ['working', 'リオ（本児）は登校できた'],
  ['working', '兄の湊斗くんが送迎。'],
  ['next', '誕生日：2016/4/1'],
  [null, '祖母のキヨ子様が同居。'],
  [null, '母の交際相手の陣内さん'],
];

const DEEP = {
  situation: 'ﾂﾀﾔ ﾘｵの欠席が続く。平成28年4月1日生まれ。',
  discussion: '蔦谷璃桜（H28.4.1生）について協議。',
  policy: '父榊原惣一郎は別居中のため、母を支援する。',
  role: '湊斗(H25.8.20生)の様子も確認',
  jiso: '父(S60.3.3生)の飲酒',
};

const QUICK_DRAFT = { policy: 'そうまくんは保育園に通う。現方針継続。', note: '千景さん（母）が相談に来た。' };

const REPORTS_A = {
  homeChange: 'Ｈ２８．４．１生の本児は9歳になる。',
  note: '母の紗良さんと面談した。榊原さんは夜勤がある。',
};
const REPORTS_B = { homeChange: '父の亮さんが失職。', note: 'ミタライ家を訪問。R元.5.1生の本児は元気。' };

const LEDGER_POLICY_A = 'つたやさんの自宅を月1回訪問する。';
const LEDGER_POLICY_B = '令和元年5月1日生の颯真を見守る。';

function boardA(): BoardDoc {
  const doc = emptyBoard('K-101');
  const child = makePerson({
    id: 'child',
    sex: 'female',
    label: '蔦谷 璃桜',
    index: true,
    birthDate: '2016-04-01',
    position: { x: 200, y: 300 },
  });
  const mother = makePerson({
    id: 'mother',
    sex: 'female',
    label: '蔦谷紗良',
    birthDate: '1990-07-07',
    position: { x: 300, y: 100 },
  });
  const father = makePerson({
    id: 'father',
    sex: 'male',
    label: '榊原惣一郎',
    birthDate: '1985-03-03',
    position: { x: 100, y: 100 },
  });
  const brother = makePerson({
    id: 'brother',
    sex: 'male',
    label: '湊斗',
    birthDate: '2013-08-20',
    position: { x: 100, y: 300 },
  });
  const grandmother = makePerson({ id: 'gm', sex: 'female', label: '祖母 蔦谷 キヨ子', position: { x: 500, y: 100 } });
  doc.persons.push(child, mother, father, brother, grandmother);
  doc.unions.push(makeUnion('father', 'mother', { id: 'u1' }));
  doc.children.push(
    { ...makeChildLink('child', { union: 'u1' }), id: 'c1' },
    { ...makeChildLink('brother', { union: 'u1' }), id: 'c2' },
  );
  doc.notes.push(
    ...NOTES.map(([column, text], i): Note => ({
      id: `n${i}`,
      column,
      text,
      position: { x: 600 + i * 10, y: 400 + i * 150 },
    })),
  );
  return doc;
}

function report(caseNo: string, agency: string, fields: { homeChange: string; note: string }): AgencyReportInput {
  return {
    caseNo,
    reportDate: '2025-06-01',
    agency,
    periodFrom: null,
    periodTo: null,
    daysAbsent: 2,
    unexplainedAbsence: false,
    injury: false,
    safetyScale: 6,
    ...fields,
  };
}

interface Meeting {
  api: Api;
  meetingId: number;
  pdfHtml: string[];
}

async function heldMeeting(): Promise<Meeting> {
  const pdfHtml: string[] = [];
  const backend = createBackend({
    dbPath: join(tempDir(), 'tsunagu.db'),
    now: () => new Date('2025-06-10T05:00:00.000Z'),
    // The PDF is printed from this HTML: keeping it is reading the PDF's text.
    printToPdf: async (html) => {
      pdfHtml.push(html);
      return new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    },
  });
  open.push(backend);
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  await api.call('ledger.create', {
    case: fakeCase('K-101', {
      name: '蔦谷 璃桜',
      kana: 'つたや りお',
      birthDate: '2016-04-01',
      guardianName: '蔦谷 紗良',
      guardianRelation: '母',
      riskLevel: '重度',
      policy: LEDGER_POLICY_A,
    }),
  });
  await api.call('ledger.create', {
    case: fakeCase('K-102', {
      name: '御手洗 颯真',
      kana: 'みたらい そうま',
      birthDate: '2019-05-01',
      guardianName: '御手洗 千景（母）、御手洗 亮（父）',
      guardianRelation: '実母・実父',
      nextReview: '2025-06',
      policy: LEDGER_POLICY_B,
    }),
  });
  await api.call('board.save', { caseNo: 'K-101', doc: boardA() });
  await api.call('reports.add', { report: report('K-101', '架空第一小学校', REPORTS_A) });
  await api.call('reports.add', { report: report('K-102', '架空保育園', REPORTS_B) });
  const meeting = await api.call('meetings.create', {
    meeting: fakeMeeting({
      title: '第2回実務者会議',
      facilitator: FACILITATOR,
      scope: { ...fakeMeeting().scope, caseNos: ['K-101', 'K-102'] },
    }),
  });
  const meetingId = meeting.id;
  const agenda = await api.call('agenda.suggest', { meetingId });
  expect(agenda.items.map((i) => [i.caseNo, i.group]).sort()).toEqual([
    ['K-101', 'deep'],
    ['K-102', 'quick'],
  ]);
  await api.call('agenda.updateItem', {
    meetingId,
    caseNo: 'K-102',
    draft: {
      policy: QUICK_DRAFT.policy,
      note: QUICK_DRAFT.note,
      nextReview: '2025-09',
      leadAgency: 'こども家庭センター',
    },
  });
  await api.call('live.command', { meetingId, command: { type: 'start' } });
  await api.call('decisions.confirm', { meetingId, caseNos: ['K-102'] });
  await api.call('decisions.save', {
    meetingId,
    caseNo: 'K-101',
    state: 'recorded',
    decision: {
      ...EMPTY_DECISION,
      situation: DEEP.situation,
      discussion: DEEP.discussion,
      policy: DEEP.policy,
      roles: [{ agency: '架空第一小学校', task: DEEP.role, due: null }],
      jiso: { involvement: '情報共有', note: DEEP.jiso },
    },
  });
  return { api, meetingId, pdfHtml };
}

/** Every part of a DOCX/XLSX as text, plus the text of its runs joined (a word may be split over runs). */
async function zipText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const parts: string[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|svg|rels)$/.test(file.name)) continue;
    const xml = await file.async('string');
    parts.push(xml, xml.replace(/<[^>]*>/g, ''));
  }
  return parts.join('\n');
}

/** The HTML, its text without tags, and the board pictures it carries as data URIs, decoded. */
function htmlText(html: string): string {
  const pictures = [...html.matchAll(/data:image\/svg\+xml;charset=utf-8,([^"]*)/g)].map((m) =>
    decodeURIComponent(m[1]!),
  );
  return [html, html.replace(/<[^>]*>/g, ''), ...pictures].join('\n');
}

function expectNoSecret(text: string, where: string): void {
  for (const secret of SECRETS) expect(text, `${where}: ${secret}`).not.toContain(secret);
}

function expectAll(text: string, sentences: readonly string[], where: string): void {
  for (const sentence of sentences) expect(text, `${where}: ${sentence}`).toContain(sentence);
}

/** Projector views of both items, with the board and the free-text facts chosen. */
async function projectorViews(api: Api, meetingId: number): Promise<string> {
  await api.call('live.command', {
    meetingId,
    command: { type: 'facts', facts: ['reasons', 'policy', 'draft', 'birthDate', 'agencies'] },
  });
  await api.call('live.command', { meetingId, command: { type: 'showBoard', on: true } });
  const views: unknown[] = [];
  for (const caseNo of ['K-102', 'K-101']) {
    await api.call('live.command', { meetingId, command: { type: 'goto', caseNo } });
    views.push(await api.call('present.view', { meetingId }));
  }
  return JSON.stringify(views);
}

describe('one masking policy over every masked output', () => {
  it('the corpus is big enough to mean something', () => {
    const sentences = [
      ...NOTES.map(([, t]) => t),
      ...Object.values(DEEP),
      ...Object.values(QUICK_DRAFT),
      ...Object.values(REPORTS_A),
      ...Object.values(REPORTS_B),
      LEDGER_POLICY_A,
      LEDGER_POLICY_B,
    ];
    expect(sentences.length).toBeGreaterThanOrEqual(20);
  });

  it('the projector view hides every name and birth date while masked, and shows them when unmasked', async () => {
    const { api, meetingId } = await heldMeeting();
    const masked = await projectorViews(api, meetingId);
    expectNoSecret(masked, 'projector (masked)');
    expect(masked).toContain('第2回実務者会議');
    await api.call('live.command', { meetingId, command: { type: 'mask', masked: false, confirmed: true } });
    const unmasked = await projectorViews(api, meetingId);
    expectAll(
      unmasked,
      [...NOTES.map(([, t]) => t), LEDGER_POLICY_A, LEDGER_POLICY_B, QUICK_DRAFT.policy, '蔦谷 璃桜', '榊原惣一郎'],
      'projector (unmasked)',
    );
  });

  it('the handout (DOCX and the print view) hides them masked and carries them unmasked', async () => {
    const { api, meetingId } = await heldMeeting();
    const carried = [
      LEDGER_POLICY_A,
      LEDGER_POLICY_B,
      QUICK_DRAFT.policy,
      QUICK_DRAFT.note,
      ...Object.values(REPORTS_A),
      ...Object.values(REPORTS_B),
    ];
    for (const masked of [true, false]) {
      const docx = await zipText((await api.call('handout.export', { meetingId, masked, copies: 1 })).dataBase64);
      const print = JSON.stringify(await api.call('handout.model', { meetingId, masked, copies: 1 }));
      if (masked) {
        expectNoSecret(docx, 'handout DOCX');
        expectNoSecret(print, 'handout print view');
        expect(docx).toContain(FACILITATOR);
        expect(print).toContain(FACILITATOR);
      } else {
        expectAll(docx, carried, 'handout DOCX (unmasked)');
        expectAll(print, carried, 'handout print view (unmasked)');
      }
    }
  });

  it("the minutes (DOCX, XLSX, the PDF's HTML, the print view, and their board pictures) hide them masked", async () => {
    const { api, meetingId, pdfHtml } = await heldMeeting();
    await api.call('live.command', { meetingId, command: { type: 'end' } });
    const carried = [
      DEEP.situation,
      DEEP.discussion,
      DEEP.policy,
      DEEP.role,
      DEEP.jiso,
      QUICK_DRAFT.policy,
      QUICK_DRAFT.note,
    ];
    for (const masked of [true, false]) {
      const docx = await zipText((await api.call('minutes.export', { meetingId, masked, format: 'docx' })).dataBase64);
      const xlsx = await zipText((await api.call('minutes.export', { meetingId, masked, format: 'xlsx' })).dataBase64);
      await api.call('minutes.export', { meetingId, masked, format: 'pdf' });
      const pdf = htmlText(pdfHtml.at(-1)!);
      const model = await api.call('minutes.model', { meetingId, masked });
      const print = JSON.stringify(model);
      const boardSvg = model.groups.flatMap((g) => g.items).find((i) => i.caseNo === 'K-101')?.boardSvg ?? '';
      expect(boardSvg).toContain('<svg');
      if (masked) {
        for (const [where, text] of [
          ['DOCX', docx],
          ['XLSX', xlsx],
          ['PDF', pdf],
          ['print view', print],
          ['board picture', boardSvg],
        ] as const) {
          expectNoSecret(text, `minutes ${where}`);
        }
        // The picture keeps the family by role, and the notes with the names taken out.
        expect(boardSvg).toContain('本人');
        expect(boardSvg).toContain('母の交際相手の〇〇さん');
        expect(docx).toContain(FACILITATOR);
      } else {
        expectAll(docx, carried, 'minutes DOCX (unmasked)');
        expectAll(xlsx, carried.slice(0, 5), 'minutes XLSX (unmasked)');
        expectAll(pdf, carried, 'minutes PDF (unmasked)');
        expectAll(
          boardSvg,
          NOTES.map(([, t]) => t).filter((t) => !/[<>&]/.test(t)),
          'minutes board picture (unmasked)',
        );
      }
    }
  });
});
