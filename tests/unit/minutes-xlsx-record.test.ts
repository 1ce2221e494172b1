// A long record in the minutes' 次第 sheet: split into rows that each fit (a cell over 409 pt is cut off).
import { describe, expect, it } from 'vitest';
import { recordChunks } from '../../db/documents/minutes-xlsx';
import { wrappedLineCount } from '../../db/documents/xlsx-print';

describe('recordChunks', () => {
  it('keeps a short record whole', () => {
    expect(recordChunks('講義と演習。\n質疑応答。', 60)).toEqual(['講義と演習。\n質疑応答。']);
    expect(recordChunks('', 60)).toEqual(['']);
  });

  it('splits a long record between its lines, every piece within the row, nothing lost', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${'演習の記録'.repeat(12)}`);
    const chunks = recordChunks(lines.join('\n'), 60, 10);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(wrappedLineCount(chunk, 60)).toBeLessThanOrEqual(10);
    expect(chunks.join('\n')).toBe(lines.join('\n'));
  });

  it('splits one line longer than a row between characters', () => {
    const line = 'あ'.repeat(1000);
    const chunks = recordChunks(line, 60, 10);
    for (const chunk of chunks) expect(wrappedLineCount(chunk, 60)).toBeLessThanOrEqual(10);
    expect(chunks.join('')).toBe(line);
  });
});
