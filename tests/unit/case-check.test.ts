import { describe, expect, it } from 'vitest';
import { caseFieldsSchema, emptyCase } from '../../shared/ledger/case';
import { isValidCase } from '../../shared/ledger/case-check';

// A small deterministic generator: the same cases every run, so a failure names a case that can be replayed.
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const VALID = {
  ...emptyCase('R7-0001'),
  classification: '要保護児童',
  name: '架空 花子',
  birthDate: '2016-05-03',
  abuseTypes: ['身体的', 'ネグレクト'],
  riskLevel: '中度',
  agencies: ['第一小学校'],
  nextReview: '2026-12',
  extra: { 担当CW: '佐藤' },
};

const MUTATIONS: ((c: Record<string, unknown>, r: () => number) => void)[] = [
  (c) => (c.caseNo = '   '),
  (c) => (c.caseNo = 'x'.repeat(100)),
  (c) => (c.caseNo = 'x'.repeat(101)),
  (c) => (c.caseNo = ` ${'x'.repeat(100)} `),
  (c) => (c.caseNo = 7),
  (c) => (c.classification = '要保護'),
  (c) => (c.classification = undefined),
  (c) => (c.classification = null),
  (c) => (c.registration = 'センター支援'),
  (c) => (c.registration = '要対協登録'),
  (c) => (c.registration = 'センター'),
  (c) => (c.registration = null),
  (c) => (c.registration = undefined),
  (c) => (c.registration = 1),
  (c) => delete c.registration,
  (c) => (c.sex = 'female'),
  (c) => (c.sex = '女'),
  (c) => (c.riskLevel = '重度'),
  (c) => (c.riskLevel = 'AA'),
  (c) => (c.status = 'closed'),
  (c) => (c.status = null),
  (c) => (c.name = 'あ'.repeat(2000)),
  (c) => (c.name = 'あ'.repeat(2001)),
  (c) => (c.policy = 12),
  (c) => delete c.kana,
  (c) => (c.birthDate = '2015-02-29'),
  (c) => (c.birthDate = '2016-02-29'),
  (c) => (c.birthDate = '2999-01-01'),
  (c) => (c.birthDate = '1899-12-31'),
  (c) => (c.birthDate = '2016-05'),
  (c) => (c.dueDate = '2026-13-01'),
  (c) => (c.receivedDate = '2101-01-01'),
  (c) => (c.registeredDate = '2025/04/01'),
  (c) => (c.nextReview = '2027-03'),
  (c) => (c.nextReview = '2027-3'),
  (c) => (c.closedDate = '2025-04-31'),
  (c) => (c.abuseTypes = ['心理的']),
  (c) => (c.abuseTypes = ['暴力']),
  (c) => (c.abuseTypes = 'ネグレクト'),
  (c) => (c.agencies = ['']),
  (c) => (c.agencies = ['a'.repeat(200)]),
  (c) => (c.agencies = ['a'.repeat(201)]),
  (c) => (c.agencies = [3]),
  (c) => (c.extra = { ['k'.repeat(500)]: 'v' }),
  (c) => (c.extra = { ['k'.repeat(501)]: 'v' }),
  (c) => (c.extra = { メモ: 'v'.repeat(32_767) }),
  (c) => (c.extra = { メモ: 'v'.repeat(32_768) }),
  (c) => (c.extra = { メモ: 1 }),
  (c) => (c.extra = null),
  (c) => (c.extra = []),
  (c) => (c.unknownKey = 'kept out by zod, accepted'),
];

describe('isValidCase', () => {
  it('answers as caseFieldsSchema does for every single change of a valid case', () => {
    expect(isValidCase(VALID)).toBe(true);
    for (const [i, mutate] of MUTATIONS.entries()) {
      const c: Record<string, unknown> = structuredClone(VALID);
      mutate(c, Math.random);
      expect({ i, valid: isValidCase(c) }).toEqual({ i, valid: caseFieldsSchema.safeParse(c).success });
    }
  });

  it('answers as caseFieldsSchema does for 3,000 cases with several changes each', () => {
    const r = rng(42);
    let invalid = 0;
    for (let n = 0; n < 3000; n++) {
      const c: Record<string, unknown> = structuredClone(VALID);
      const changes = 1 + Math.floor(r() * 3);
      for (let k = 0; k < changes; k++) MUTATIONS[Math.floor(r() * MUTATIONS.length)]!(c, r);
      const expected = caseFieldsSchema.safeParse(c).success;
      if (!expected) invalid++;
      expect({ n, valid: isValidCase(c) }).toEqual({ n, valid: expected });
    }
    // Both answers occur often, so the comparison means something.
    expect(invalid).toBeGreaterThan(500);
    expect(invalid).toBeLessThan(2900);
  });

  it('refuses what is not a plain case object', () => {
    for (const v of [null, undefined, 'R7-1', [], 1]) {
      expect(isValidCase(v)).toBe(false);
      expect(caseFieldsSchema.safeParse(v).success).toBe(false);
    }
  });
});
