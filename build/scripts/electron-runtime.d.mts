export function platformExecutable(platform?: NodeJS.Platform | 'mas'): string;
export function findElectronBinary(
  electronDir: string,
  env?: Readonly<Record<string, string | undefined>>,
  platform?: NodeJS.Platform | 'mas',
): string | null;
export function electronVersion(electronDir: string): string;
