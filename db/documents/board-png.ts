// The board snapshot as a PNG for Word: Word 2016/2019 (most municipal PCs) and LibreOffice draw the bitmap of an
// SVG picture, so the bitmap must be the real drawing. resvg (WebAssembly, no native module to rebuild per
// platform) rasterises the shared SVG with the app's bundled BIZ UDPGothic, so the picture reads like the screen
// whatever fonts the PC that writes it has.
import { readFileSync } from 'node:fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { BUNDLED_FAMILY, bundledFontsFor, resolvePackageFile } from './fonts/bundled-font';

/** Print resolution: Word places the picture at its 96-dpi size; the PNG has 300 dots per inch of that. */
export const PRINT_DPI = 300;
const SCREEN_DPI = 96;

let ready: Promise<void> | undefined;

/** Loads the WebAssembly module once per process (initWasm refuses a second call). */
function init(): Promise<void> {
  ready ??= initWasm(readFileSync(resolvePackageFile('@resvg/resvg-wasm/index_bg.wasm'))).catch((err) => {
    ready = undefined;
    throw err;
  });
  return ready;
}

/** The SVG's width and height (boardToSvg always writes both on the root element). */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
  const width = num('width');
  const height = num('height');
  return Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0 ? { width, height } : null;
}

/** The root element names the bundled face first; the SVG kept for Word keeps its own list. */
function withBundledFamily(svg: string): string {
  return svg.replace(/<svg\b[^>]*>/, (root) =>
    /font-family="/.test(root)
      ? root.replace(/font-family="([^"]*)"/, (_m, list: string) => `font-family="'${BUNDLED_FAMILY}', ${list}"`)
      : root.replace(/^<svg/, `<svg font-family="'${BUNDLED_FAMILY}'"`),
  );
}

/** A PNG of the SVG `widthPx` pixels wide, on white. */
export async function svgToPng(svg: string, widthPx: number): Promise<{ png: Buffer; width: number; height: number }> {
  await init();
  const resvg = new Resvg(withBundledFamily(svg), {
    background: 'white',
    fitTo: { mode: 'width', value: Math.max(1, Math.round(widthPx)) },
    font: {
      fontBuffers: bundledFontsFor(svg),
      defaultFontFamily: BUNDLED_FAMILY,
      sansSerifFamily: BUNDLED_FAMILY,
    },
  });
  try {
    const image = resvg.render();
    try {
      return { png: Buffer.from(image.asPng()), width: image.width, height: image.height };
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

export interface BoardPicture {
  /** The picture's size on the page in 96-dpi pixels (what docx's ImageRun takes). */
  display: { width: number; height: number };
  png: Buffer;
  svg: Buffer;
}

/**
 * The board as Word shows it: fitted into `maxWidth` × `maxHeight` (96-dpi pixels on the page), the PNG at
 * PRINT_DPI of that size.
 */
export async function boardPicture(svg: string, maxWidth: number, maxHeight: number): Promise<BoardPicture> {
  const own = svgSize(svg) ?? { width: 800, height: 600 };
  const scale = Math.min(maxWidth / own.width, maxHeight / own.height);
  const display = { width: Math.round(own.width * scale), height: Math.round(own.height * scale) };
  const { png } = await svgToPng(svg, (display.width * PRINT_DPI) / SCREEN_DPI);
  return { display, png, svg: Buffer.from(svg, 'utf8') };
}
