// Serves the built renderer (dist/renderer) read-only. A path that decodes to anything outside the
// folder (../, %2e%2e, %2f, backslashes, NUL) is refused before it touches the file system.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';

export type StaticTarget = { kind: 'file'; path: string; size: number } | { kind: 'forbidden' } | { kind: 'not_found' };

/** Maps a URL path (still percent-encoded) to a file in root, the SPA's index.html, or a refusal. */
export async function resolveStatic(root: string, urlPath: string): Promise<StaticTarget> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'forbidden' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'forbidden' };
  const base = resolve(root);
  const candidate = resolve(base, ...segments);
  const rel = relative(base, candidate);
  if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(base, rel) !== candidate)
    return { kind: 'forbidden' };

  const found = await fileAt(candidate);
  if (found) return found;
  const indexInDir = await fileAt(resolve(candidate, 'index.html'));
  if (indexInDir) return indexInDir;
  // A client-side route (/cases/R7-0001) gets the app; a missing asset (/assets/x.js) stays a 404 so a
  // broken build shows up as a failed script, not as HTML parsed as JavaScript.
  if (extname(segments.at(-1) ?? '') !== '') return { kind: 'not_found' };
  return (await fileAt(resolve(base, 'index.html'))) ?? { kind: 'not_found' };
}

async function fileAt(path: string): Promise<StaticTarget | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { kind: 'file', path, size: s.size } : null;
  } catch {
    return null;
  }
}

export function openFile(path: string): NodeJS.ReadableStream {
  return createReadStream(path);
}
