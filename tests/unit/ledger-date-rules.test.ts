import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseFieldsSchema, emptyCase } from '../../shared/ledger/case';
import { isoDateProblem, latestTodayIso, readDateText } from '../../shared/ledger/date-rules';
import { ageAt, BAD_DATE_NOTE, displayDate, formatDate, isRealIsoDate } from '../../shared/ledger/dates';
import { decisionSchema } from '../../shared/meeting/decision';
import { agencyReportSchema, draftDecisionSchema, meetingSchema } from '../../shared/meeting/types';
import { methods } from '../../shared/contract';
import { LEDGER_COLUMNS } from '../../renderer/src/lib/columns';
import { caseToExportRow, FIELD_LABELS } from '../../shared/ledger/fields';

const TODAY = '2026-11-30';

describe('readDateText (what a person types)', () => {
  it.each([
    ['2025/4/1', '2025-04-01'],
    ['R7.4.1', '2025-04-01'],
    ['令和7年4月1日', '2025-04-01'],
    ['Ｒ７．４．１', '2025-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['R1.5.1', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
  ])('reads %s as %s', (text, iso) => {
    expect(readDateText(text, 'day', TODAY)).toEqual({ ok: true, iso });
  });

  it('empty text is no date', () => {
    expect(readDateText('  ', 'birth', TODAY)).toEqual({ ok: true, iso: null });
  });

  it('refuses R7.13.1 instead of shifting it (it was saved as 0001-07-13)', () => {
    const r = readDateText('R7.13.1', 'birth', TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('「R7.13.1」は日付として読めません');
  });

  it('refuses 2月31日 in every notation', () => {
    for (const text of ['2026/2/31', '令和8年2月31日', 'R8.2.31', '2026-02-31']) {
      expect(readDateText(text, 'day', TODAY).ok, text).toBe(false);
    }
  });

  it('accepts a month such as R9.3 where the field allows one, and says "日まで" where it does not', () => {
    expect(readDateText('R9.3', 'dayOrMonth', TODAY)).toEqual({ ok: true, iso: '2027-03' });
    expect(readDateText('令和9年3月', 'dayOrMonth', TODAY)).toEqual({ ok: true, iso: '2027-03' });
    const r = readDateText('R9.3', 'day', TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('日まで入力してください');
  });

  it('refuses a birth date in the future or before 1900, but not today', () => {
    const future = readDateText('2026/12/1', 'birth', TODAY);
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.message).toContain('今日より後');
    const old = readDateText('1899/12/31', 'birth', TODAY);
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.message).toContain('1900年より前');
    expect(readDateText(TODAY, 'birth', TODAY)).toEqual({ ok: true, iso: TODAY });
    expect(readDateText('1900/1/1', 'birth', TODAY)).toEqual({ ok: true, iso: '1900-01-01' });
  });

  it('a genogram grandparent may be born before 1900 (from 明治)', () => {
    expect(readDateText('明治30年1月1日', 'familyBirth', TODAY)).toEqual({ ok: true, iso: '1897-01-01' });
  });
});

describe('isoDateProblem (what the backend receives)', () => {
  it.each([
    ['2025-99-99', 'birth', '存在しない日付'],
    ['9999-99-99', 'dayOrMonth', '存在しない日付'],
    ['2026-02-31', 'day', '存在しない日付'],
    ['2025-13', 'dayOrMonth', '存在しない日付'],
    ['0001-07-13', 'birth', '1900年より前'],
    ['2205-01-01', 'day', '2100年より後'],
    ['2025-04', 'day', '日まで'],
    ['2025/04/01', 'day', 'YYYY-MM-DD'],
  ] as const)('%s as %s → %s', (iso, rule, message) => {
    expect(isoDateProblem(iso, rule, TODAY)).toContain(message);
  });

  it('accepts real days, leap days and months', () => {
    expect(isoDateProblem('2024-02-29', 'day', TODAY)).toBeNull();
    expect(isoDateProblem('2027-03', 'dayOrMonth', TODAY)).toBeNull();
    expect(isoDateProblem('2025-02-29', 'day', TODAY)).toContain('存在しない日付');
  });

  it('takes today from the latest time zone, so a child born today is never refused', () => {
    expect(latestTodayIso(new Date('2026-11-30T12:00:00Z'))).toBe('2026-12-01');
    expect(latestTodayIso(new Date('2026-11-30T09:00:00Z'))).toBe('2026-11-30');
  });
});

describe('every schema that takes a date uses the rules', () => {
  afterEach(() => vi.useRealTimers());
  const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
    (r.error?.issues ?? []).map((i) => i.message).join(' / ');

  it('the ledger case refuses impossible and implausible dates', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${TODAY}T03:00:00Z`));
    const c = emptyCase('R7-0001');
    expect(caseFieldsSchema.safeParse({ ...c, birthDate: '2025-99-99' }).success).toBe(false);
    expect(caseFieldsSchema.safeParse({ ...c, birthDate: '0001-07-13' }).success).toBe(false);
    expect(caseFieldsSchema.safeParse({ ...c, birthDate: '2027-01-01' }).success).toBe(false);
    expect(caseFieldsSchema.safeParse({ ...c, birthDate: '1899-12-31' }).success).toBe(false);
    expect(caseFieldsSchema.safeParse({ ...c, nextReview: '9999-99-99' }).success).toBe(false);
    expect(caseFieldsSchema.safeParse({ ...c, closedDate: '2026-02-31' }).success).toBe(false);
    expect(
      caseFieldsSchema.safeParse({ ...c, birthDate: '2019-05-01', nextReview: '2027-03', dueDate: '2027-01-15' })
        .success,
    ).toBe(true);
    expect(messages(caseFieldsSchema.safeParse({ ...c, receivedDate: '2026-02-31' }))).toContain(
      '「2026-02-31」は存在しない日付です',
    );
  });

  it('decisions, drafts, meetings and reports refuse them too', () => {
    const base = {
      outcome: 'discussed',
      situation: null,
      discussion: null,
      policy: null,
      leadAgency: null,
      roles: [],
      nextReview: null,
      riskLevel: null,
      classification: null,
      closure: null,
      services: [],
      supportPlan: null,
      jiso: null,
    };
    expect(decisionSchema.safeParse(base).success).toBe(true);
    expect(decisionSchema.safeParse({ ...base, nextReview: '9999-99-99' }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...base, nextReview: '2027-03' }).success).toBe(true);
    expect(decisionSchema.safeParse({ ...base, closure: { date: '2026-02-31', reason: '' } }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...base, roles: [{ agency: 'A', task: 'B', due: '2026-13' }] }).success).toBe(
      false,
    );
    expect(
      decisionSchema.safeParse({ ...base, supportPlan: { action: '作成', by: null, due: '2025-99-99' } }).success,
    ).toBe(false);
    expect(
      draftDecisionSchema.safeParse({ policy: '見守り', nextReview: '2025-99', leadAgency: null, note: null }).success,
    ).toBe(false);
    expect(meetingSchema.shape.date.safeParse('2026-02-31').success).toBe(false);
    expect(agencyReportSchema.shape.reportDate.safeParse('2025-99-99').success).toBe(false);
    expect(agencyReportSchema.shape.periodFrom.safeParse('2026-04-31').success).toBe(false);
    expect(methods['cases.setPlanReview'].safeParse({ caseNo: 'R7-0001', reviewDue: '2026-02-30' }).success).toBe(
      false,
    );
    expect(methods['agenda.suggest'].safeParse({ meetingId: 1, since: '2026-00-10' }).success).toBe(false);
  });
});

describe('the read side never shifts a bad stored date', () => {
  it('formatDate shows it as stored; ageAt gives no age', () => {
    expect(formatDate('2026-02-31', 'wareki')).toBe('2026-02-31');
    expect(formatDate('2025-99-99', 'seireki')).toBe('2025-99-99');
    expect(formatDate('0001-07-13', 'wareki')).toBe('0001-07-13');
    expect(ageAt('0001-07-13', '2026-11-30')).toBeNull();
    expect(ageAt('2025-99-99', '2026-11-30')).toBeNull();
    expect(formatDate('2019-05-01', 'wareki')).toBe('令和元年5月1日');
    expect(isRealIsoDate('2027-03', true)).toBe(true);
    expect(isRealIsoDate('2027-03')).toBe(false);
  });
});

describe('exports never roll a bad stored date over to another day', () => {
  it('writes 2025-99-99 as the text it is, a real day as a Date', () => {
    const row = caseToExportRow({ ...emptyCase('R7-0001'), birthDate: '2025-99-99', receivedDate: '2025-04-01' }, []);
    expect(row.find((cell) => cell.header === FIELD_LABELS.birthDate)?.value).toBe('2025-99-99');
    expect(row.find((cell) => cell.header === FIELD_LABELS.receivedDate)?.value).toEqual(
      new Date(Date.UTC(2025, 3, 1)),
    );
  });
});

describe('displayDate marks a bad stored date wherever it is shown', () => {
  it('keeps the text and adds the note; real dates are formatted', () => {
    expect(displayDate('2026-02-31', 'wareki')).toBe(`2026-02-31${BAD_DATE_NOTE}`);
    expect(displayDate('2027-03', 'wareki')).toBe('令和9年3月');
    expect(displayDate(null, 'wareki')).toBe('');
  });
});

describe('the ledger table never computes an age from a bad stored birth date', () => {
  const age = LEDGER_COLUMNS.find((c) => c.id === 'age')!;
  const nextReview = LEDGER_COLUMNS.find((c) => c.id === 'nextReview')!;
  const ctx = { dateStyle: 'wareki' as const, today: '2026-11-30' };
  it('0001-07-13 (R7.13.1 as <input type="date"> once saved it) shows 要確認, not 2025歳', () => {
    expect(age.text({ ...emptyCase('R7-1'), birthDate: '0001-07-13' }, ctx)).toBe('要確認');
    expect(age.text({ ...emptyCase('R7-1'), birthDate: '2019-05-01' }, ctx)).toBe('7歳');
    expect(nextReview.text({ ...emptyCase('R7-1'), nextReview: '9999-99-99' }, ctx)).toBe(`9999-99-99${BAD_DATE_NOTE}`);
  });
});
