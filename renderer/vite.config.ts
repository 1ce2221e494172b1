// Relative asset base so the same build loads from the test host's http:// origin and from
// Electron's app:// protocol, where an absolute /assets path would not resolve.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// eslint-disable-next-line no-restricted-imports -- this file runs in Node at build time, never in the window.
import { fileURLToPath } from 'node:url';
// eslint-disable-next-line no-restricted-imports -- build time, as above.
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [
    react(),
    {
      // The bundled font's OFL-1.1 requires its licence to travel with the font files.
      name: 'font-licence',
      generateBundle() {
        const licence = readFileSync(
          fileURLToPath(new URL('../node_modules/@fontsource/biz-udpgothic/LICENSE', import.meta.url)),
        );
        this.emitFile({ type: 'asset', fileName: 'licenses/BIZ-UDGothic-OFL.txt', source: licence });
      },
    },
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Electron 45 ships a recent Chromium; no need to down-level for old browsers.
    target: 'es2022',
    // Source maps would ship the code's structure inside the installer for no benefit on site.
    sourcemap: false,
  },
});
