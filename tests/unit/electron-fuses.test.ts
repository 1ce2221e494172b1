// The packaged app's Electron fuses, read the way `npm run dist` reads them: electron-builder's own config
// loader and schema check on electron-builder.yml, then electron-builder's own translation into the
// @electron/fuses wire it flips in the binary. (Packaging itself cannot run here: no Electron download.)
import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { DebugLogger } from 'builder-util';
// The package's index first: its modules import each other in a cycle that only resolves in that order.
import { PlatformPackager, type Configuration, type FuseOptionsV1 } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

async function builderConfig(): Promise<Configuration> {
  const config = await getConfig(REPO, 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron-builder.yml: fuses', () => {
  it("passes electron-builder's schema (a misspelt fuse would be refused there)", async () => {
    const config = await builderConfig();
    expect(config.electronFuses).toBeTruthy();
  });

  it('turns off every way to run code or a debugger in the app, and checks the ASAR', async () => {
    const fuses = (await builderConfig()).electronFuses as FuseOptionsV1;
    // The (private) step electron-builder runs right before flipping the fuses in the binary.
    const { generateFuseConfig } = PlatformPackager.prototype as unknown as {
      generateFuseConfig: (f: FuseOptionsV1) => Promise<Record<string | number, unknown>>;
    };
    const wire = await generateFuseConfig.call(null, fuses);
    expect(wire).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: undefined,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    });
  });

  it('packs the app into an ASAR (the fuses above would otherwise refuse to start it)', async () => {
    const config = await builderConfig();
    expect(config.asar).toBe(true);
  });
});
