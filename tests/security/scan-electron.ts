// `npm run scan:electron` (part of `npm test`): Electronegativity over electron/, failing on any finding that
// is not listed with its reason in electronegativity-accepted.json, and on listed ones that are gone.
import { scanAgainstAccepted, type Finding } from './electronegativity';

const line = (f: Finding): string => `  ${f.check}  ${f.file}:${f.line}  ${f.sample}`;

async function main(): Promise<number> {
  const { findings, unexpected, stale, errors } = await scanAgainstAccepted(process.argv[2], process.argv[3]);
  for (const error of errors) console.error(`読み取れなかったファイル: ${error}`);
  if (unexpected.length > 0) {
    console.error(
      `Electronegativity: 確認済みの一覧（tests/security/electronegativity-accepted.json）にない指摘が ${unexpected.length} 件あります:`,
    );
    for (const f of unexpected) console.error(line(f));
  }
  if (stale.length > 0) {
    console.error('Electronegativity: 一覧にあるのに指摘されなくなった項目があります。一覧から外してください:');
    for (const a of stale) console.error(`  ${a.check}  ${a.file}  ${a.sample}`);
  }
  if (unexpected.length > 0 || stale.length > 0 || errors.length > 0) return 1;
  console.log(
    `Electronegativity: 指摘 ${findings.length} 件、すべて確認済み（理由は tests/security/electronegativity-accepted.json）。`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
