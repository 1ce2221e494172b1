// Electron's preload provides window.tsunagu; anywhere else (the test host in Chromium) we use HTTP.
import type { Transport } from '../../../shared/api-client';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc';

export function chooseTransport(): Transport {
  return window.tsunagu ? createIpcTransport(window.tsunagu) : createHttpTransport();
}
