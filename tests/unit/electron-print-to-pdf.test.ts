// The minutes' PDF in Electron, with a mocked `electron`: a hidden window with JavaScript off and no
// preload loads the HTML, prints A4, and is destroyed even when printing fails.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded: string[]; printed: unknown[]; destroyed: boolean }[],
  failPrint: false,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    record: (typeof state.windows)[number];
    webContents = {
      printToPDF: (options: unknown) => {
        this.record.printed.push(options);
        return state.failPrint
          ? Promise.reject(new Error('printer gone'))
          : Promise.resolve(Buffer.from('%PDF-1.7 fictional'));
      },
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], printed: [], destroyed: false };
      state.windows.push(this.record);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { BrowserWindow };
});

const { printHtmlToPdf } = await import('../../electron/print-to-pdf');

beforeEach(() => {
  state.windows.length = 0;
  state.failPrint = false;
});

describe('printHtmlToPdf', () => {
  it('prints the HTML in a hidden, script-less window and closes it', async () => {
    const pdf = await printHtmlToPdf('<!doctype html><p>議事録（架空）</p>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fictional');
    const [win] = state.windows;
    expect(win?.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(win?.options.webPreferences).not.toHaveProperty('preload');
    expect(decodeURIComponent(win?.loaded[0]?.slice('data:text/html;charset=utf-8,'.length) ?? '')).toBe(
      '<!doctype html><p>議事録（架空）</p>',
    );
    expect(win?.printed).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    expect(win?.destroyed).toBe(true);
  });

  it('destroys the window when printing fails', async () => {
    state.failPrint = true;
    await expect(printHtmlToPdf('<p>x</p>')).rejects.toThrow('printer gone');
    expect(state.windows[0]?.destroyed).toBe(true);
  });
});
