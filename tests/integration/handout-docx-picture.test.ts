// The 事前配布資料 carries each 協議 case's board as a real picture (PNG with the SVG beside it), once per copy
// with a drawing id of its own (Word calls a file with two drawings of one id unreadable), the picture stored
// once; masked, the board shows roles, not names. Empty boards and 確認 cases get no picture.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportHandout, type HandoutData } from '../../db/documents/handout-docx';
import { applyCommand } from '../../shared/board/commands';
import { relayoutCommand } from '../../shared/board/layout';
import { emptyBoard, type BoardDoc } from '../../shared/board/types';
import { families } from '../unit/board-families';
import { handoutInput, SECRETS } from '../unit/handout-data';
import { darkPixels, pngSize, readPng } from './png-read';

function board(caseNo: string): BoardDoc {
  const doc = families.remarriage!();
  const named: Record<string, string> = { index: '星野 陽葵', father: '星野 健司' };
  const out = {
    ...doc,
    caseNo,
    persons: doc.persons.map((p) => (named[p.id] ? { ...p, label: named[p.id]! } : p)),
  };
  return applyCommand(out, relayoutCommand(out)).doc;
}

const { masked: _m, copies: _c, ...base } = handoutInput();
// R7-0003 (協議) has a drawn board; R7-0020 (協議) an empty one; R7-0010 (確認) a drawn one.
const data: HandoutData = {
  ...base,
  boards: [board('R7-0003'), emptyBoard('R7-0020'), board('R7-0010'), board('R7-0003')],
};

async function parts(base64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const media = Object.keys(zip.files).filter((p) => p.startsWith('word/media/'));
  const read = (p: string) => zip.file(p)!.async('nodebuffer');
  return {
    document: (await read('word/document.xml')).toString('utf8'),
    pngs: await Promise.all(media.filter((p) => p.endsWith('.png')).map(read)),
    svgs: (await Promise.all(media.filter((p) => p.endsWith('.svg')).map(read))).map((b) => b.toString('utf8')),
  };
}

describe('the board pictures in the handout DOCX', () => {
  it('draws the 協議 case’s board once, placed in every copy with its own drawing id', async () => {
    const file = await exportHandout({ masked: false, copies: 3 }, data);
    const { document, pngs, svgs } = await parts(file.dataBase64);
    expect(pngs).toHaveLength(1);
    expect(svgs).toHaveLength(1);
    expect(svgs[0]).toContain('ケース R7-0003');
    expect(svgs[0]).toContain('星野 陽葵');
    const size = pngSize(pngs[0]!);
    expect(size.width).toBe(1875); // 600 px on the page at 300 dpi
    expect(pngs[0]!.length).toBeGreaterThan(40_000);
    const img = readPng(pngs[0]!);
    expect(darkPixels(img, { x0: 0, y0: 0, x1: img.width / 2, y1: img.height / 10 })).toBeGreaterThan(2000);

    const ids = [...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(document.split('>ホワイトボード（資料作成時点）</w:t>').length - 1).toBe(3);
  });

  it('masked: the board names roles, never the family', async () => {
    const file = await exportHandout({ masked: true, copies: 1 }, data);
    const { pngs, svgs } = await parts(file.dataBase64);
    expect(pngs).toHaveLength(1);
    for (const secret of SECRETS) expect(svgs[0]).not.toContain(secret);
    expect(svgs[0]).toContain('本人');
  });
});
