// The Electron security scanner (@doyensec/electronegativity) over the bundled
// main process and preload and the page, run offline (scripts/security-scan.mjs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboveLow, EXCLUDED_CHECKS, scan, scanBuiltApp } from '../../../scripts/security-scan.mjs';

describe('electronegativity', () => {
  it('reads all of main, preload and the page, and finds nothing above low', async () => {
    const { errors, findings } = await scanBuiltApp();
    expect(errors).toEqual([]);
    expect(aboveLow(findings)).toEqual([]);
    // The one low finding: style-src 'unsafe-inline' (the browser host sends the same CSP).
    expect(findings.map((f) => `${f.severity} ${f.id}`)).toEqual(['LOW CSP_GLOBAL_CHECK']);
  }, 60_000);

  it('leaves out only the check that needs the network, saying why', () => {
    expect(Object.keys(EXCLUDED_CHECKS)).toEqual(['AvailableSecurityFixesGlobalCheck']);
    expect(EXCLUDED_CHECKS.AvailableSecurityFixesGlobalCheck).toMatch(/electronVersion\.test\.ts/);
  });

  it('fails an app without the protections (the scan can fail)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'linli-scan-bad-'));
    try {
      writeFileSync(
        path.join(dir, 'main.js'),
        `const { BrowserWindow } = require('electron');
         const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });
         w.loadURL('file:///index.html');`,
      );
      const { findings } = await scan(dir, '45.5.0');
      const ids = aboveLow(findings).map((f) => f.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          'SANDBOX_JS_CHECK',
          'AUXCLICK_JS_CHECK',
          'CONTEXT_ISOLATION_JS_CHECK',
          'WEB_SECURITY_JS_CHECK',
          'CSP_GLOBAL_CHECK',
          'LIMIT_NAVIGATION_GLOBAL_CHECK',
          'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
