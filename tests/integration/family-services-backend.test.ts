// 家庭支援事業 records on a real encrypted SQLite file: through the backend (a 勧奨 then a 措置, a 措置 without
// 勧奨 refused until its reason is given, steps in time, removing the latest manual step, the year's counts),
// and at the repository the write-back uses inside its transaction (records and steps tagged with an
// application id, removed exactly by its undo while steps typed by hand stay).
import { describe, expect, it } from 'vitest';
import { createStore } from '../../db/repos/store';
import { openDatabase } from '../../db/open';
import { recordFromDecision, removeManualStep, serviceRecord } from '../../db/services/family-services';
import { MEASURE_WITHOUT_RECOMMENDATION } from '../../shared/services/family-service';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();

describe('services.*', () => {
  it('records a 勧奨 then a 措置, and a 措置 without 勧奨 only with its reason', async () => {
    const t = await meetingBackend(tempDir(), '2026-05-01T01:00:00.000Z');
    await t.api.call('ledger.create', { case: fakeCase('R8-001') });
    await t.api.call('settings.update', { operatorName: '保健師A', ownServices: ['産後ケア'] });

    const made = await t.api.call('services.create', {
      caseNo: 'R8-001',
      service: '養育支援訪問',
      provider: '訪問事業所（架空）',
      step: { kind: 'recommendation', date: '2026-04-10', method: '文書', answer: '利用しない', note: null },
    });
    expect(made.choices).toContain('産後ケア');
    const record = made.records[0]!;
    expect(record).toMatchObject({ service: '養育支援訪問', status: '勧奨中', provider: '訪問事業所（架空）' });
    expect(record.origin).toEqual({ kind: 'manual' });

    // A second open record of the same service is refused: the steps go on the one record.
    await expect(
      t.api.call('services.create', {
        caseNo: 'R8-001',
        service: '養育支援訪問',
        provider: null,
        step: { kind: 'start', date: '2026-04-11' },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('すでにあります') });

    // Steps in time.
    await expect(
      t.api.call('services.addStep', {
        recordId: record.id,
        step: { kind: 'measure', date: '2026-04-01', noticeDate: null, noticeNo: null, noRecommendationReason: null },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('日付が前の記録') });

    const measured = await t.api.call('services.addStep', {
      recordId: record.id,
      step: {
        kind: 'measure',
        date: '2026-04-20',
        noticeDate: '2026-04-21',
        noticeNo: '子家第12号',
        noRecommendationReason: null,
      },
    });
    expect(measured.records[0]!.status).toBe('措置中');
    expect(measured.records[0]!.steps.map((s) => s.kind)).toEqual(['recommendation', 'measure']);
    expect(measured.events[0]).toMatchObject({ by: '保健師A', action: '措置' });
    expect(measured.events[0]!.detail).toContain('通知番号 子家第12号');

    // Another service with no 勧奨: the warning, then allowed with a reason.
    const measureOnly = {
      caseNo: 'R8-001',
      service: '子育て短期支援',
      provider: null,
      step: {
        kind: 'measure' as const,
        date: '2026-04-25',
        noticeDate: null,
        noticeNo: null,
        noRecommendationReason: '',
      },
    };
    await expect(t.api.call('services.create', measureOnly)).rejects.toMatchObject({
      code: 'invalid_input',
      message: MEASURE_WITHOUT_RECOMMENDATION,
    });
    expect((await t.api.call('services.list', { caseNo: 'R8-001' })).records).toHaveLength(1);
    const withReason = await t.api.call('services.create', {
      ...measureOnly,
      step: { ...measureOnly.step, noRecommendationReason: '保護者の入院で養育者が不在のため' },
    });
    expect(withReason.records.map((r) => [r.service, r.status])).toEqual([
      ['養育支援訪問', '措置中'],
      ['子育て短期支援', '措置中'],
    ]);

    // Removing: only the latest manual step; the record goes with its last step.
    const firstStep = withReason.records[0]!.steps[0]!.id;
    await expect(t.api.call('services.removeStep', { stepId: firstStep })).rejects.toMatchObject({
      message: expect.stringContaining('いちばん新しい記録'),
    });
    const shortStay = withReason.records[1]!;
    const removed = await t.api.call('services.removeStep', { stepId: shortStay.steps[0]!.id });
    expect(removed.records.map((r) => r.service)).toEqual(['養育支援訪問']);
    expect(removed.events[0]).toMatchObject({ action: '記録を取り消し', recordId: shortStay.id });

    const back = await t.api.call('services.addStep', {
      recordId: record.id,
      step: { kind: 'toApplication', date: '2026-09-01' },
    });
    expect(back.records[0]!.status).toBe('利用中（申請）');

    // The year's counts: 2026 (April 2026 – March 2027).
    const { rows } = await t.api.call('services.summary', { fiscalYear: 2026 });
    expect(rows.find((r) => r.service === '養育支援訪問')).toEqual({
      service: '養育支援訪問',
      recommendedOral: 0,
      recommendedWritten: 1,
      recommendedUnknown: 0,
      measures: 1,
      toApplication: 1,
    });
    expect(rows.find((r) => r.service === '子育て短期支援')!.measures).toBe(0);
    expect((await t.api.call('services.summary', { fiscalYear: 2025 })).rows.every((r) => r.measures === 0)).toBe(true);
    // The year's figures carry the same counts, this year and the previous one.
    const figures = await t.api.call('stats.year', { fiscalYear: 2026 });
    expect(figures.current.familyServiceRecords).toEqual(rows);
    expect(figures.previous.familyServiceRecords!.every((r) => r.recommendedWritten === 0)).toBe(true);

    // The 操作ログ names the record, never the family.
    const log = await t.api.call('audit.list', {});
    expect(log.entries.map((e) => e.summary)).toContain('家庭支援事業の経過を記録');
    await t.backend.close();
  });

  it('removes exactly what a write-back application made, keeping steps typed by hand', async () => {
    const t = await meetingBackend(tempDir(), '2026-05-01T01:00:00.000Z');
    await t.api.call('ledger.create', { case: fakeCase('R8-002') });
    await t.api.call('services.create', {
      caseNo: 'R8-002',
      service: '一時預かり',
      provider: null,
      step: { kind: 'recommendation', date: '2026-04-01', method: '口頭', answer: '検討中', note: null },
    });
    await t.backend.close();

    const db = openDatabase(t.dbPath, { passphrase: PASSPHRASE });
    const store = createStore(db);
    const made = { applicationId: 7, at: '2026-05-10T01:00:00.000Z', by: '事務局' };
    const ids = store.tx(() => [
      // On the open record (a 措置 after the hand-typed 勧奨: no warning) …
      recordFromDecision(
        store,
        { caseNo: 'R8-002', service: '一時預かり', mode: '措置', date: '2026-05-09', meetingId: 3 },
        made,
      ),
      // … and a new record whose 措置 has no 勧奨: kept, with the meeting's decision as its reason, and warned.
      recordFromDecision(
        store,
        { caseNo: 'R8-002', service: '養育支援訪問', mode: '措置', date: '2026-05-09', meetingId: 3 },
        made,
      ),
      recordFromDecision(
        store,
        { caseNo: 'R8-002', service: '親子関係形成支援', mode: '利用勧奨', date: '2026-05-09', meetingId: 3 },
        made,
      ),
    ]);
    expect(ids.map((r) => r.warning)).toEqual([null, MEASURE_WITHOUT_RECOMMENDATION, null]);
    const visit = serviceRecord(store, ids[1]!.recordId!);
    expect(visit).toMatchObject({ origin: { kind: 'decision', meetingId: 3 }, applicationId: 7, status: '措置中' });
    expect(visit.steps[0]).toMatchObject({ noRecommendationReason: '会議#3の決定', applicationId: 7 });
    const parenting = serviceRecord(store, ids[2]!.recordId!);
    expect(parenting.steps[0]).toMatchObject({ kind: 'recommendation', method: null, answer: '未回答' });

    // A step from the write-back cannot be removed by hand.
    expect(() => store.tx(() => removeManualStep(store, ids[0]!.stepId!, made.at, '事務局'))).toThrow(
      '台帳への反映の取り消し',
    );
    // Someone adds a step by hand to a record the write-back made: that record stays after the undo.
    store.tx(() =>
      store.familyServices.addStep(
        parenting.id,
        { kind: 'start', date: '2026-05-20' },
        {
          origin: { kind: 'manual' },
          applicationId: null,
          at: made.at,
          by: '保健師A',
        },
      ),
    );
    // A decision dated before the record's latest step is not written; its reason comes back for the preview.
    const late = store.tx(() =>
      recordFromDecision(
        store,
        { caseNo: 'R8-002', service: '親子関係形成支援', mode: '措置', date: '2026-05-15', meetingId: 5 },
        { ...made, applicationId: 9 },
      ),
    );
    expect(late).toEqual({
      recordId: parenting.id,
      stepId: null,
      warning: '日付が前の記録（2026-05-20の利用開始）より前です。日付を確認してください。',
    });
    // Another application's step is not touched.
    store.tx(() =>
      recordFromDecision(
        store,
        { caseNo: 'R8-002', service: '一時預かり', mode: '利用勧奨', date: '2026-05-30', meetingId: 4 },
        { ...made, applicationId: 8 },
      ),
    );

    const result = store.tx(() => store.familyServices.removeFromApplication(7, '2026-05-31T01:00:00.000Z', '事務局'));
    expect(result).toEqual({ stepsRemoved: 3, recordsRemoved: 1, recordsKept: 2 });
    const left = store.familyServices.listByCase('R8-002');
    expect(left.map((r) => [r.service, r.steps.map((s) => [s.kind, s.applicationId])])).toEqual([
      [
        '一時預かり',
        [
          ['recommendation', null],
          ['recommendation', 8],
        ],
      ],
      ['親子関係形成支援', [['start', null]]],
    ]);
    // The removed record keeps its history, found by the case.
    const events = store.familyServices.events('R8-002');
    expect(events.filter((e) => e.action === '反映の取り消し').map((e) => e.detail)).toContain(
      '反映#7で作成した記録を削除',
    );
    expect(events.some((e) => e.recordId === visit.id && e.action === '作成')).toBe(true);
    // Undoing again changes nothing.
    expect(store.tx(() => store.familyServices.removeFromApplication(7, made.at, '事務局'))).toEqual({
      stepsRemoved: 0,
      recordsRemoved: 0,
      recordsKept: 0,
    });
    db.close();
  });
});
