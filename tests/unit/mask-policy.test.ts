// The masking policy's rules one by one: what is hidden, what is left alone on purpose (family words, staff,
// ordinary words that merely contain a kana name), and that the text around a hit keeps its own forms.
import { describe, expect, it } from 'vitest';
import { emptyBoard } from '../../shared/board/types';
import { makePerson } from '../../shared/board/commands';
import { emptyCase } from '../../shared/ledger/case';
import { makeMaskPolicy } from '../../shared/mask/policy';

const CHILD = {
  ...emptyCase('T-1'),
  name: '宍戸 柚葉',
  kana: 'ししど ゆずは',
  birthDate: '2017-11-03',
  guardianName: '母 宍戸 澪',
  guardianRelation: '実母',
};
const BOARD = {
  ...emptyBoard('T-1'),
  persons: [
    makePerson({ id: 'f', label: '芹沢隼人', birthDate: '1984-02-29' }),
    makePerson({ id: 'g', label: '父（不明）' }),
  ],
};
const { scrub } = makeMaskPolicy({ cases: [CHILD], boards: [BOARD], staff: ['佐久間 恵'] });

describe('makeMaskPolicy', () => {
  it.each([
    ['宍戸柚葉の欠席', '〇〇の欠席'],
    ['柚葉は元気', '〇〇は元気'],
    ['ゆずはちゃん', '〇〇ちゃん'],
    ['ユズハ', '〇〇'],
    ['ｼｼﾄﾞ ﾕｽﾞﾊ、①', '〇〇、①'],
    ['母の澪さん', '母の〇〇さん'],
    ['隼人と面会', '〇〇と面会'],
    ['父芹沢隼人', '父〇〇'],
    ['H29.11.3生', '〇〇生'],
    ['Ｈ２９．１１．３生', '〇〇生'],
    ['平成29年11月3日', '〇〇'],
    ['2017/11/3', '〇〇'],
    ['20171103', '〇〇'],
    ['S59.2.29', '〇〇'],
    ['令和元年5月1日生まれ', '〇〇生まれ'],
    ['R元.5.1生', '〇〇生'],
    ['生年月日：平成元年1月8日', '生年月日：〇〇'],
    ['兄の蓮くん', '兄の〇〇くん'],
    ['祖母のハル様', '祖母の〇〇様'],
    ['宍戸翔くん', '〇〇くん'],
  ])('hides %s', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it.each([
    // Family words are never names; 不明 on the board is a status, not a person.
    '母と父が来所。',
    '所在不明',
    'お母さんが来た',
    // A kana name inside a longer kana word is not that name.
    'ゆずはらの公園',
    // Staff: the facilitator is no case person, and titles with さん are not names.
    '佐久間恵が進行',
    '保健師さんと訪問',
    '父母の皆さん',
    // Dates that are not birth dates stay.
    '2025/6/10に訪問',
    '先生4月1日に来所',
    '4月1日生活保護の申請',
  ])('leaves %s alone', (text) => {
    expect(scrub(text)).toBe(text);
  });

  it('does nothing without sources', () => {
    expect(makeMaskPolicy({ cases: [] }).scrub('宍戸柚葉')).toBe('宍戸柚葉');
  });
});
