// The bundled font as resvg gets it: WOFF unpacked to a valid OpenType file, the faces a text needs, and bold
// text drawn bold (resvg's fallback ignores the weight, so bold came out regular when only subsets were given).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../db/documents/board-png';
import { bundledFontsFor, parseUnicodeRange, subsetsFor } from '../../db/documents/fonts/bundled-font';
import { woffToSfnt } from '../../db/documents/fonts/woff';
import { darkPixels, readPng } from '../integration/png-read';

const FILES = 'node_modules/@fontsource/biz-udpgothic/files/';

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words. */
function checksum(data: Buffer): number {
  let sum = 0;
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('the bundled font for resvg', () => {
  it('unpacks WOFF 1.0 into OpenType whose tables match their checksums', () => {
    const sfnt = woffToSfnt(readFileSync(`${FILES}biz-udpgothic-latin-400-normal.woff`));
    const count = sfnt.readUInt16BE(4);
    expect([0x00010000, 0x4f54544f]).toContain(sfnt.readUInt32BE(0));
    const tags: string[] = [];
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = sfnt.toString('latin1', at, at + 4);
      tags.push(tag);
      const offset = sfnt.readUInt32BE(at + 8);
      expect(offset % 4).toBe(0);
      const table = sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12));
      if (tag !== 'head') expect(checksum(table), tag).toBe(sfnt.readUInt32BE(at + 4));
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name']));
    expect([...tags].sort()).toEqual(tags);
  });

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(readFileSync(`${FILES}biz-udpgothic-latin-400-normal.woff2`))).toThrow();
    expect(() => woffToSfnt(Buffer.from('wOFF'))).toThrow();
  });

  it('reads unicode-range lists and picks the subsets a text needs', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+6BCD,U+30??')).toEqual([
      [0, 0xff],
      [0x6bcd, 0x6bcd],
      [0x3000, 0x30ff],
    ]);
    expect(subsetsFor('abc')).toContain('latin');
    expect(subsetsFor('家庭').length).toBeGreaterThan(0);
    expect(subsetsFor('家庭')).not.toContain('latin');
    // 'japanese' faces first, both weights, then the subsets (some numbered subsets hold ASCII too).
    expect(bundledFontsFor('abc')).toHaveLength(2 * (1 + subsetsFor('abc').length));
  });

  it('draws bold text bolder than regular text', async () => {
    const svg = (weight: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40" font-family="'Noto Sans JP', sans-serif"><text x="4" y="30" font-size="24" font-weight="${weight}">凡例 ケース 令和8年</text></svg>`;
    const ink = async (weight: string) => {
      const img = readPng((await svgToPng(svg(weight), 400)).png);
      return darkPixels(img, { x0: 0, y0: 0, x1: img.width, y1: img.height });
    };
    const regular = await ink('normal');
    expect(regular).toBeGreaterThan(500); // the words are drawn at all
    expect(await ink('bold')).toBeGreaterThan(regular * 1.15);
  });
});
