// The board's PNG export arrives as a canvas data URL; it leaves through lib/files.ts like every export.
import { base64ToBytes } from '../../lib/files';

/** A canvas data URL as bytes (a fetch of a data: URL would need the CSP to allow it). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const [head = '', body = ''] = dataUrl.split(',', 2);
  const type = /^data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  return new Blob([base64ToBytes(body)], { type });
}
