// electron-builder.yml, checked against electron-builder's own JSON schema
// (app-builder-lib/scheme.json, what `electron-builder` validates a config with)
// and against what the kiosk needs from its packages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const configFile = fileURLToPath(new URL('../../../electron-builder.yml', import.meta.url));
/** The parts of the config this test looks into (the schema checks the whole). */
interface BuilderConfig {
  [option: string]: unknown;
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  files: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: unknown[] };
  win: { target: unknown[] };
  nsis: Record<string, unknown>;
}
const config = load(readFileSync(configFile, 'utf8')) as BuilderConfig;
// strict: false as electron-builder itself compiles it (app-builder-lib/out/util/config/schemaValidator.js).
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The schema's errors for `value`, as `path message` lines (none: valid). */
function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('electron-builder.yml', () => {
  it("is valid by electron-builder's own JSON schema", () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it.each([
    ['a misspelt option', { ...config, asarUnpak: ['x'] }],
    ['a wrong type', { ...config, nsis: { ...config.nsis, perMachine: 'yes' } }],
    ['an unknown fuse', { ...config, electronFuses: { ...config.electronFuses, runAsRoot: false } }],
  ])('would be refused with %s (the check can fail)', (_what, broken) => {
    expect(schemaErrors(broken)).not.toEqual([]);
  });

  it('builds an AppImage and a deb for Linux, and a per-machine NSIS installer for Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
  });

  it('packs the app in an asar, with the native SQLite module unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
  });

  it("flips Electron's fuses: no running as Node, no NODE_OPTIONS or --inspect, only the validated asar", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app, never a data folder, and leaves the data when uninstalled', () => {
    for (const pattern of config.files) {
      expect(pattern).toMatch(/^(dist\/(electron|renderer)\/\*\*|package\.json|!.*)$/);
    }
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('starts the bundled main process', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(pkg.scripts.dist).toMatch(/npm run build && npm run build:electron && electron-builder/);
  });
});
