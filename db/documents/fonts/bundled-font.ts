// The app's bundled BIZ UDPGothic (@fontsource/biz-udpgothic, the face the screens use) as OpenType for resvg.
// The package has each weight as one 'japanese' face (kana, JIS kanji, Latin) and as ~120 small subsets by
// unicode-range. The 'japanese' faces come first: resvg picks the face for a run of text by family and weight,
// but falls back for a missing glyph to the first face that has it whatever its weight, so with subsets alone
// every bold word came out regular. The subsets holding the text's characters follow, for the rare character
// the 'japanese' face lacks. Unpacked faces stay in memory (about 2.6 MB a weight).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { woffToSfnt } from './woff';

export const BUNDLED_FAMILY = 'BIZ UDPGothic';
const PACKAGE = '@fontsource/biz-udpgothic';
const WEIGHTS = [400, 700] as const;

/**
 * Where a file of an installed package is. The Electron main bundle is CommonJS and resolves from itself (inside
 * the asar). The CLI, the browser host and the tests run this as an ES module under tsx: they resolve from the
 * started script (db/cli/main.ts, server/main.ts, vitest), else from the working folder.
 */
export function resolvePackageFile(spec: string): string {
  if (typeof require === 'function') return require.resolve(spec);
  const bases = [process.argv[1], path.join(process.cwd(), 'package.json')].filter((b): b is string => !!b);
  let failure: unknown;
  for (const base of bases) {
    try {
      return createRequire(path.resolve(base)).resolve(spec);
    } catch (err) {
      failure = err;
    }
  }
  throw failure;
}

interface Subset {
  name: string;
  ranges: [number, number][];
}

let subsets: { dir: string; list: Subset[] } | undefined;
const sfnts = new Map<string, Buffer>();

/** Parses "U+0000-00FF,U+0131,U+30??" into inclusive code point ranges. */
export function parseUnicodeRange(list: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of list.split(',')) {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) continue;
    const first = m[1]!;
    const lo = parseInt(first.replace(/\?/g, '0'), 16);
    const hi = m[2] !== undefined ? parseInt(m[2], 16) : parseInt(first.replace(/\?/g, 'f'), 16);
    out.push([lo, hi]);
  }
  return out;
}

function loadSubsets(): { dir: string; list: Subset[] } {
  if (subsets) return subsets;
  const dir = path.dirname(resolvePackageFile(`${PACKAGE}/package.json`));
  const table = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const list = Object.entries(table).map(([key, ranges]) => ({
    name: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: parseUnicodeRange(ranges),
  }));
  subsets = { dir, list };
  return subsets;
}

/** The subset names (e.g. "latin", "57") whose ranges hold any of the text's characters. */
export function subsetsFor(text: string): string[] {
  const codePoints = new Set<number>();
  for (const ch of text) codePoints.add(ch.codePointAt(0)!);
  const points = [...codePoints];
  return loadSubsets()
    .list.filter((s) => points.some((cp) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)))
    .map((s) => s.name);
}

/** OpenType bytes of both weights: the 'japanese' faces, then every subset the text needs. */
export function bundledFontsFor(text: string): Buffer[] {
  const { dir } = loadSubsets();
  const face = (name: string, weight: number) => {
    const file = `biz-udpgothic-${name}-${weight}-normal.woff`;
    let sfnt = sfnts.get(file);
    if (!sfnt) {
      sfnt = woffToSfnt(readFileSync(path.join(dir, 'files', file)));
      sfnts.set(file, sfnt);
    }
    return sfnt;
  };
  return ['japanese', ...subsetsFor(text)].flatMap((name) => WEIGHTS.map((weight) => face(name, weight)));
}
