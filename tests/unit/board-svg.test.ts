import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/board/commands';
import { AGENCY_H, AGENCY_W, NOTE_W } from '../../shared/board/geometry';
import { relayoutCommand } from '../../shared/board/layout';
import { DEFAULT_NOTATION } from '../../shared/board/notation';
import { boardToSvg, escapeXml } from '../../shared/board/svg';
import { emptyBoard, type BoardDoc } from '../../shared/board/types';
import { families } from './board-families';

/**
 * A small well-formedness check without a DOM: one root, every tag closed in order, attributes quoted,
 * no stray '<' or unescaped '&' in text. Returns the element names in document order.
 */
function checkXml(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: string[] = [];
  const names: string[] = [];
  let roots = 0;
  let pos = 0;
  while (pos < body.length) {
    token.lastIndex = pos;
    const m = token.exec(body);
    if (!m) throw new Error(`malformed at ${pos}: ${body.slice(pos, pos + 60)}`);
    pos = token.lastIndex;
    const [, closing, name, , selfClosing, text] = m;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) throw new Error(`unescaped & in ${text}`);
      if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root: ${text}`);
      continue;
    }
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
      continue;
    }
    if (stack.length === 0) roots += 1;
    names.push(name!);
    if (!selfClosing) stack.push(name!);
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  return names;
}

function fullBoard(): BoardDoc {
  let doc = families.remarriage!();
  const twins = families.twins!();
  doc = {
    ...doc,
    persons: doc.persons.map((p) =>
      p.id === 'father' ? { ...p, label: '架空 <父> & 子', deceased: { year: 2025 } } : p,
    ),
  };
  doc.persons.push(...twins.persons.filter((p) => p.id.startsWith('twin')).map((p) => ({ ...p, id: `w-${p.id}` })));
  doc.children.push(
    ...twins.children
      .filter((c) => c.child.startsWith('twin'))
      .map((c) => ({ ...c, id: `w-${c.id}`, child: `w-${c.child}`, union: 'u-now' })),
  );
  doc.persons.find((p) => p.id === 'index')!.placements.push({ kind: '一時保護', from: '2026-02-01', to: null });
  doc.households.push({ id: 'h1', members: ['father', 'wife', 'index'] });
  doc.relations.push(
    { id: 'r1', from: 'father', to: 'index', kind: 'abuse' },
    { id: 'r2', from: 'half1', to: 'index', kind: 'close' },
  );
  doc.agencies.push({ id: 'a1', name: '〇〇小学校', position: { x: 900, y: 0 } });
  doc.agencyLinks.push(
    { id: 'l1', agency: 'a1', target: 'h1', strength: 'stressful', direction: 'both', role: '登校確認' },
    { id: 'l2', agency: 'a1', target: 'index', strength: 'strong', direction: 'toFamily', role: null },
  );
  doc.notes.push(
    { id: 'n1', column: 'worries', text: '夜間に大きな声がする', position: { x: 0, y: 0 } },
    { id: 'n2', column: 'working', text: '祖母が週末に預かっている', position: { x: 0, y: 0 } },
    { id: 'n3', column: 'next', text: '学校と保健師で月1回の情報共有', position: { x: 0, y: 0 } },
    { id: 'n4', column: null, text: 'メモ：次回は父の出席を確認', position: { x: 600, y: -200 } },
  );
  doc.scales.push({ id: 's1', question: '家庭は十分に安全か', value: 4, ratedBy: '学校', ratedAt: '2026-04-10' });
  return applyCommand(doc, relayoutCommand(doc)).doc;
}

const opts = { notation: DEFAULT_NOTATION, masked: false, meetingDate: '2026-04-15' };

describe('boardToSvg', () => {
  it('is well-formed XML with every part of the board', () => {
    const svg = boardToSvg(fullBoard(), opts);
    const names = checkXml(svg);
    expect(names[0]).toBe('svg');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    for (const cls of [
      'person',
      'union',
      'child-line',
      'twin-bar',
      'household',
      'relation',
      'agency',
      'agency-link',
      'agency-role',
      'note',
      'sos-column',
      'scale',
      'legend',
      'legend-entry',
    ]) {
      expect(svg, cls).toContain(`class="${cls}"`);
    }
    expect(svg.match(/class="person"/g)).toHaveLength(fullBoard().persons.length);
    expect(svg.match(/class="sos-column"/g)).toHaveLength(3);
    for (const text of [
      '心配なこと',
      'うまくいっていること',
      'これから必要なこと',
      '夜間に大きな声がする',
      '〇〇小学校',
      '登校確認',
      '凡例',
      '令和8年4月15日時点',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).toContain('架空 &lt;父&gt; &amp; 子');
  });

  it('shows ages at the meeting date inside the symbols', () => {
    const svg = boardToSvg(fullBoard(), opts);
    // index was born 2019-02-01: 7 on 2026-04-15
    expect(svg).toMatch(/<g class="person" data-id="index">.*?>7<\/text>/);
  });

  it('masked: role labels instead of names, ages kept', () => {
    const svg = boardToSvg(fullBoard(), { ...opts, masked: true });
    checkXml(svg);
    expect(svg).not.toContain('架空');
    expect(svg).not.toContain('>half1<');
    expect(svg).toContain('>本人<');
    expect(svg).toContain('きょうだい1');
    expect(svg).toContain('（匿名表示）');
    expect(svg).toMatch(/<g class="person" data-id="index">.*?>7<\/text>/);
  });

  it('deceased as a cross or filled, by the setting', () => {
    const cross = boardToSvg(fullBoard(), opts);
    const filled = boardToSvg(fullBoard(), { ...opts, notation: { style: 'japanese', deceased: 'filled' } });
    const father = (svg: string) => /<g class="person" data-id="father">(.*?)<\/g><text/.exec(svg)![1]!;
    expect(father(cross)).toContain('<path');
    expect(father(filled)).not.toContain('<path');
    expect(father(filled)).toContain('fill="#1f2933"');
  });

  it('an empty board is still a valid document', () => {
    expect(checkXml(boardToSvg(emptyBoard('R7-0009'), opts))[0]).toBe('svg');
  });

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('the checker itself rejects broken XML', () => {
    expect(() => checkXml('<svg><g></svg>')).toThrow();
    expect(() => checkXml('<svg>a & b</svg>')).toThrow();
    expect(() => checkXml('<svg/><svg/>')).toThrow();
  });
});

describe('boardToSvg sizes', () => {
  it('draws agencies and notes at the canvas’s sizes, so the minutes show what the screen showed', () => {
    const doc = emptyBoard('R7-0005');
    doc.agencies.push({ id: 'a', name: '学校', position: { x: 0, y: 0 } });
    doc.notes.push({ id: 'n', column: null, text: 'あいうえおかきくけこさしすせそ', position: { x: 300, y: 0 } });
    const svg = boardToSvg(doc, { notation: DEFAULT_NOTATION, masked: false, meetingDate: '2026-01-01' });
    expect(svg).toContain(`<rect x="${-AGENCY_W / 2}" y="${-AGENCY_H / 2}" width="${AGENCY_W}" height="${AGENCY_H}"`);
    expect(svg).toContain(`<rect x="300" y="0" width="${NOTE_W}"`);
    // 15px characters with 10px padding each side: 12 to a line in a 200-wide note.
    expect(svg).toContain('>あいうえおかきくけこさし</tspan>');
  });
});
