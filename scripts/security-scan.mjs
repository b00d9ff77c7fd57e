// Electron's security scanner, @doyensec/electronegativity, over what is shipped:
// the bundled main process and preload, and the page (renderer/index.html, whose
// CSP meta element it reads). Run by test/unit/packaging/securityScan.test.ts
// (so by `npm test` and CI), or on its own: `node scripts/security-scan.mjs`.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildElectron } from './build-electron.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scannerDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const scannerRequire = createRequire(path.join(scannerDir, 'package.json'));

/** Checks not run, each with the reason (by the scanner's class name, as its --exclude-checks takes it). */
export const EXCLUDED_CHECKS = {
  AvailableSecurityFixesGlobalCheck:
    "downloads Electron's release list from GitHub, which CI cannot reach; " +
    'test/unit/packaging/electronVersion.test.ts checks instead that Electron is a supported major version',
};

/** Severities in the scanner's order; a finding above LOW fails the scan. */
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/**
 * The scanner's messages, from its bundled English file. Its own loader
 * (dist/locales/i18n.js) first fetches translations from the network, which
 * CI must not reach: it is replaced, in the module cache, by this one.
 */
function loadMessagesOffline() {
  const i18n = scannerRequire('i18n');
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.join(scannerDir, 'dist', 'locales'),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
}
const loaderFile = scannerRequire.resolve('./dist/locales/i18n.js');
require.cache[loaderFile] ??= {
  id: loaderFile,
  filename: loaderFile,
  loaded: true,
  exports: async () => loadMessagesOffline(),
};

/**
 * Scans the `.js`/`.html` files under `input` as if they were an app on
 * Electron `electronVersion`. Resolves with the files it could not parse (a
 * file it cannot parse is a file it did not check) and its findings.
 */
export async function scan(input, electronVersion) {
  const run = scannerRequire('./dist/runner.js');
  const { errors, issues } = await run(
    {
      input,
      customScan: [],
      excludeFromScan: Object.keys(EXCLUDED_CHECKS).map((name) => name.toLowerCase()),
      electronVersionOverride: electronVersion,
      isRelative: true,
      parserPlugins: [],
    },
    false,
  );
  return {
    errors: errors.map((e) => `${path.relative(input, e.file)}: ${e.message}`),
    findings: issues.map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file,
      line: i.location.line,
      description: i.description,
      sample: i.sample,
    })),
  };
}

/** Builds main and preload for the scanner into a temporary folder with the page, and scans them. */
export async function scanBuiltApp() {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-scan-'));
  try {
    await buildElectron({ outdir: dir, forScanner: true });
    copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(dir, 'index.html'));
    const electronVersion = require('electron/package.json').version;
    return { electronVersion, ...(await scan(dir, electronVersion)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Findings above LOW: each one fails the scan. */
export const aboveLow = (findings) => findings.filter((f) => SEVERITIES.indexOf(f.severity) > 1);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { electronVersion, errors, findings } = await scanBuiltApp();
  console.log(`electronegativity over main, preload and index.html (Electron ${electronVersion}):`);
  for (const f of findings) console.log(`  ${f.severity} ${f.id} ${f.file}:${f.line} ${f.sample ?? ''}`);
  for (const e of errors) console.log(`  could not parse ${e}`);
  for (const [name, why] of Object.entries(EXCLUDED_CHECKS)) console.log(`  not run: ${name}: ${why}`);
  const failed = errors.length > 0 || aboveLow(findings).length > 0;
  console.log(failed ? 'FAILED: findings above low, or files not parsed' : 'passed: no finding above low');
  process.exitCode = failed ? 1 : 0;
}
