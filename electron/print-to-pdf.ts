// 議事録 as PDF: the minutes' standalone HTML (no scripts, every text escaped) printed by Chromium in a
// hidden window that has no preload, no JavaScript and no network, then closed. The same HTML is what the
// browser host prints and what the CLI hands to Debian's Chromium, so the three PDFs say the same.
import { BrowserWindow } from 'electron';

export function pdfWindowOptions(): Electron.BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  };
}

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow(pdfWindowOptions());
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}
