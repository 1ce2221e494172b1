// The board in the minutes' Word file is the real drawing: a PNG at print resolution that Word 2016/2019 and
// LibreOffice show (read back pixel by pixel), with the SVG beside it for Word versions that draw SVG.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PRINT_DPI } from '../../db/documents/board-png';
import { writeMinutesDocx } from '../../db/documents/minutes-docx';
import { applyCommand } from '../../shared/board/commands';
import { relayoutCommand } from '../../shared/board/layout';
import { DEFAULT_NOTATION } from '../../shared/board/notation';
import { boardToSvg } from '../../shared/board/svg';
import { buildMinutes } from '../../shared/meeting/minutes';
import { minutesBenchInput } from '../bench/minutes-bench';
import { families } from '../unit/board-families';
import { darkPixels, distinctColours, pngSize, readPng } from './png-read';

function familySvg(): string {
  const doc = families.remarriage!();
  doc.notes.push({ id: 'n1', column: 'worries', text: '夜間に大きな声がする', position: { x: 0, y: 0 } });
  const laidOut = applyCommand(doc, relayoutCommand(doc)).doc;
  return boardToSvg(laidOut, { notation: DEFAULT_NOTATION, masked: false, meetingDate: '2026-12-01' });
}

async function media(docx: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(docx);
  const out = new Map<string, Buffer>();
  for (const [path, file] of Object.entries(zip.files))
    if (!file.dir && (path.startsWith('word/media/') || path === 'word/document.xml'))
      out.set(path, await file.async('nodebuffer'));
  return out;
}

describe('the board picture in the minutes DOCX', () => {
  it('is a print-resolution PNG of the genogram with its words, and the SVG beside it', async () => {
    const svg = familySvg();
    const docx = await writeMinutesDocx(buildMinutes(minutesBenchInput(3, 1, svg)));
    const parts = await media(docx);
    const pngs = [...parts].filter(([p]) => p.endsWith('.png'));
    const svgs = [...parts].filter(([p]) => p.endsWith('.svg'));
    expect(pngs).toHaveLength(1);
    expect(svgs).toHaveLength(1);
    expect(svgs[0]![1].toString('utf8')).toBe(svg);

    const png = pngs[0]![1];
    const own = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number];
    // Placed at most 600 × 600 px (96 dpi) on the page; the bitmap has PRINT_DPI dots per inch of that.
    const scale = Math.min(600 / own[0], 600 / own[1]);
    const expectedWidth = Math.round((Math.round(own[0] * scale) * PRINT_DPI) / 96);
    const size = pngSize(png);
    expect(size.width).toBe(expectedWidth);
    expect(size.height).toBeCloseTo((own[1] / own[0]) * expectedWidth, -1);
    expect(png.length).toBeGreaterThan(40_000);

    const img = readPng(png);
    expect(distinctColours(img)).toBeGreaterThan(50); // anti-aliased lines and words, not a flat frame
    // The title 「ケース …時点」 is drawn in the first 40 SVG units: ink there means the bundled font was found.
    const unit = img.width / own[0];
    expect(darkPixels(img, { x0: 0, y0: 0, x1: img.width / 2, y1: 40 * unit })).toBeGreaterThan(2000);

    // The document places the picture at its page size, with the SVG extension for newer Word.
    const xml = parts.get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('asvg:svgBlip');
    expect(xml).toContain(`cx="${Math.round(own[0] * scale) * 9525}"`);
    expect(xml).not.toContain('空の枠');
  });
});
