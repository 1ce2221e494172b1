// The board's PNG is the SVG export rasterised, so both files show the same things (the genogram and ecomap,
// the Signs-of-Safety columns, the safety scales and the legend); a PNG taken from the Konva stage had only
// what the canvas draws. An SVG drawn through an <img> cannot load the page's web fonts, so the bundled
// BIZ UDPGothic is carried into it: the @font-face subsets (by unicode-range) that cover the board's
// characters, inlined as data: URLs. If that fails (no such face, a fetch refused), the SVG's own font list
// (the system's Japanese fonts) draws it, as it does when the SVG file is opened. An image's fonts load after
// the image has decoded, and until then its text would be invisible: the faces swap (the system font shows
// meanwhile) and the drawing waits until the image stops changing.

const BUNDLED = 'BIZ UDPGothic';

/** The SVG's width and height (boardToSvg always writes both on the root element). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 0);
  return { width, height };
}

/** Whether a code point lies in a CSS unicode-range list ("U+0000-00FF, U+4E00-9FFF, U+30??"). */
export function inUnicodeRange(codePoint: number, ranges: string): boolean {
  return ranges.split(',').some((part) => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) return false;
    const [, first = '', last] = m;
    const lo = parseInt(first.replace(/\?/g, '0'), 16);
    const hi = last !== undefined ? parseInt(last, 16) : parseInt(first.replace(/\?/g, 'f'), 16);
    return codePoint >= lo && codePoint <= hi;
  });
}

interface Face {
  url: string;
  weight: string;
  range: string;
}

function bundledFaces(): Face[] {
  const faces: Face[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      if (!rule.style.getPropertyValue('font-family').includes(BUNDLED)) continue;
      const src = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!src) continue;
      faces.push({
        url: new URL(src, sheet.href ?? document.baseURI).href,
        weight: rule.style.getPropertyValue('font-weight') || '400',
        range: rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF',
      });
    }
  }
  return faces;
}

async function dataUrlOf(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('font'));
    reader.readAsDataURL(blob);
  });
}

/** @font-face rules for the bundled font's subsets that the SVG's text needs; '' when there are none. */
async function fontCss(svg: string): Promise<string> {
  const codePoints = [...new Set(Array.from(svg, (ch) => ch.codePointAt(0)!))];
  const needed = bundledFaces().filter((f) => codePoints.some((cp) => inUnicodeRange(cp, f.range)));
  const rules = await Promise.all(
    needed.map(
      async (f) =>
        `@font-face{font-family:'${BUNDLED}';font-weight:${f.weight};font-display:swap;src:url(${await dataUrlOf(f.url)}) format('woff2');unicode-range:${f.range};}`,
    ),
  );
  return rules.join('');
}

/** The SVG with the bundled font inlined and named first, or unchanged when the font cannot be had. */
export async function withBundledFont(svg: string): Promise<string> {
  let css = '';
  try {
    css = await fontCss(svg);
  } catch {
    return svg;
  }
  if (!css) return svg;
  return svg.replace(/<svg\b[^>]*>/, (root) => {
    const named = root.replace(/font-family="([^"]*)"/, (_m, list: string) => `font-family="'${BUNDLED}', ${list}"`);
    return `${named}<defs><style>${css}</style></defs>`;
  });
}

/** The SVG as PNG bytes at `pixelRatio` × its own size, on white. */
export async function svgToPng(svg: string, pixelRatio = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await withBundledFont(svg))}`;
  await image.decode();
  await settled(image);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * pixelRatio);
  canvas.height = Math.ceil(height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('PNG を作れませんでした（描画面を用意できません）。');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG を作れませんでした。'))), 'image/png'),
  );
}

/** A small fingerprint of how the image draws now. */
function fingerprint(image: HTMLImageElement): number {
  const canvas = document.createElement('canvas');
  canvas.width = 240;
  canvas.height = Math.max(1, Math.round((240 * image.height) / Math.max(1, image.width)));
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum = (sum * 31 + data[i]! + data[i + 3]!) % 1_000_000_007;
  return sum;
}

/** Waits until the image's inlined fonts have loaded: two fingerprints in a row the same (at most ~3 s). */
async function settled(image: HTMLImageElement): Promise<void> {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
  let last = fingerprint(image);
  for (let i = 0; i < 20; i++) {
    await pause();
    const now = fingerprint(image);
    if (now === last && i > 0) return;
    last = now;
  }
}
