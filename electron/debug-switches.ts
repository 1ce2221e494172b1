// Switches that open the main process or a renderer to a debugger. A debugger attached to the running app
// reads every case once the database is unlocked, so the app refuses to start with one at all. The
// packaged app's fuses already make Node ignore --inspect (electron-builder.yml); --remote-debugging-port
// is Chromium's and no fuse covers it, and a development start has no fuses: this check covers both.
//
// Chromium reads switches as --name, -name and (on Windows) /name, with names case-insensitive on
// Windows, so every spelling is refused.
const DEBUG_SWITCH =
  /^(?:--?|\/)(inspect(?:-brk|-port|-brk-node|-publish-uid)?|remote-debugging-(?:port|pipe|address|targets)|remote-allow-origins)(?:=.*)?$/i;

/**
 * The first debugging switch on the command line (as written), or in NODE_OPTIONS (which a development
 * start honours; the packaged app's fuse ignores it), or null.
 */
export function debugSwitchIn(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): string | null {
  for (const arg of argv) {
    if (arg === '--') break; // everything after "--" is an argument, not a switch
    if (DEBUG_SWITCH.test(arg)) return arg;
  }
  return (env.NODE_OPTIONS ?? '').split(/\s+/).find((arg) => DEBUG_SWITCH.test(arg)) ?? null;
}

export function refusalMessage(found: string): string {
  const name = found.split('=')[0];
  return `つなぐはデバッグ用のオプション（${name}）付きでは起動しません。オプションを外して起動してください。`;
}
