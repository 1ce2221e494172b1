// Starts the file worker from the TypeScript sources (CLI, browser host and tests run TS through tsx):
// a worker thread started with eval or a .ts path does not get tsx's loader in every host (vitest's
// workers do not), so it registers tsx itself before importing the worker. The Electron app never uses
// this file: it runs the bundled dist/electron/file-worker.cjs.
import { register } from 'tsx/esm/api';

register();
await import('./file-worker.ts');
