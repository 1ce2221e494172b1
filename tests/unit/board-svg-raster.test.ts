import { describe, expect, it } from 'vitest';
import { inUnicodeRange, svgSize } from '../../renderer/src/components/board/svg-raster';

describe('the PNG from the SVG', () => {
  it('reads the size boardToSvg writes on the root element', () => {
    expect(svgSize('<?xml version="1.0"?>\n<svg xmlns="x" viewBox="0 0 10 10" width="812.5" height="640">')).toEqual({
      width: 812.5,
      height: 640,
    });
  });

  it('picks the font subsets whose unicode-range holds a character (single, span, wildcard)', () => {
    const ranges = 'U+0000-00FF, U+6BCD, U+7236-7238, U+30??';
    expect(inUnicodeRange(0x6bcd, ranges)).toBe(true); // 母
    expect(inUnicodeRange(0x7237, ranges)).toBe(true);
    expect(inUnicodeRange(0x30a2, ranges)).toBe(true); // ア
    expect(inUnicodeRange(0x41, ranges)).toBe(true);
    expect(inUnicodeRange(0x2e9f, ranges)).toBe(false); // ⺟, the radical
    expect(inUnicodeRange(0x7239, ranges)).toBe(false);
  });
});
