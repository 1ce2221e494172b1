import { describe, it, expect } from 'vitest';
import {
  classificationIn,
  normalizeAbuseTypes,
  normalizeClassification,
  normalizeName,
  normalizeRisk,
  normalizeSex,
  normalizeStatus,
  splitAgencies,
} from '../../shared/ledger/values';

const ok = <T>(value: T) => ({ kind: 'ok', value });

describe('coded values', () => {
  it('reads risk levels with notes stripped, and nothing else', () => {
    expect(normalizeRisk('軽度（見守り）')).toEqual(ok('軽度'));
    expect(normalizeRisk('重度(要注意)')).toEqual(ok('重度'));
    expect(normalizeRisk(' 生命の危険 ')).toEqual(ok('生命の危険'));
    expect(normalizeRisk('AA')).toEqual({ kind: 'unknown', text: 'AA' });
    expect(normalizeRisk('最重度')).toEqual({ kind: 'unknown', text: '最重度' });
    expect(normalizeRisk('')).toEqual({ kind: 'empty' });
    expect(normalizeRisk('－')).toEqual({ kind: 'empty' });
    expect(normalizeRisk(null)).toEqual({ kind: 'empty' });
  });

  it('splits abuse types and reports unknown pieces', () => {
    expect(normalizeAbuseTypes('身体的・心理的')).toEqual({ types: ['身体的', '心理的'], unknown: [] });
    expect(normalizeAbuseTypes('ネグレクト、身体 性的／心理')).toEqual({
      types: ['ネグレクト', '身体的', '性的', '心理的'],
      unknown: [],
    });
    expect(normalizeAbuseTypes('身体的虐待,ﾈｸﾞﾚｸﾄ/身体的')).toEqual({ types: ['身体的', 'ネグレクト'], unknown: [] });
    expect(normalizeAbuseTypes('心理的（面前DV）・経済的')).toEqual({ types: ['心理的'], unknown: ['経済的'] });
    expect(normalizeAbuseTypes(null)).toEqual({ types: [], unknown: [] });
  });

  it('reads sex, classification and status', () => {
    expect(normalizeSex('男')).toEqual(ok('male'));
    expect(normalizeSex('女性')).toEqual(ok('female'));
    expect(normalizeSex('M')).toEqual(ok('male'));
    expect(normalizeSex('ｆ')).toEqual(ok('female'));
    expect(normalizeSex('不明')).toEqual(ok('unknown'));
    expect(normalizeSex('？？')).toEqual({ kind: 'unknown', text: '？？' });
    expect(normalizeClassification('要保護')).toEqual(ok('要保護児童'));
    expect(normalizeClassification('要支援児童（虐待）')).toEqual(ok('要支援児童'));
    expect(normalizeClassification('特定妊婦')).toEqual(ok('特定妊婦'));
    expect(normalizeClassification('その他')).toEqual({ kind: 'unknown', text: 'その他' });
    expect(classificationIn('特定妊婦一覧')).toBe('特定妊婦');
    expect(classificationIn('要保護・要支援')).toBeNull();
    expect(normalizeStatus('終結')).toEqual(ok('closed'));
    expect(normalizeStatus('終結（転出）')).toEqual(ok('closed'));
    expect(normalizeStatus('継続')).toEqual(ok('active'));
    expect(normalizeStatus('終結予定')).toEqual({ kind: 'unknown', text: '終結予定' });
  });

  it('splits agencies', () => {
    expect(splitAgencies('児童相談所、 警察署,学校，SSW\n保健センター\r\n\n')).toEqual([
      '児童相談所',
      '警察署',
      '学校',
      'SSW',
      '保健センター',
    ]);
    expect(splitAgencies('学校・園')).toEqual(['学校・園']);
    expect(splitAgencies(null)).toEqual([]);
  });
});

describe('normalizeName', () => {
  it('folds the space between family and given name and nothing else', () => {
    expect(normalizeName('　髙橋　　𠮷子　')).toBe('髙橋 𠮷子');
    expect(normalizeName('山﨑 \u3000 花')).toBe('山﨑 花');
    // Half-width katakana and compatibility characters stay as written.
    const odd = 'ﾔﾏﾀﾞ 神\uFA19';
    expect(normalizeName(odd)).toBe(odd);
    expect(normalizeName('  ')).toBeNull();
    expect(Buffer.from(normalizeName('髙橋 𠮷子 﨑') ?? '').equals(Buffer.from('髙橋 𠮷子 﨑'))).toBe(true);
  });
});
