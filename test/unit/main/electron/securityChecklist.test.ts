// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
// the items a search of the source shows best. The others are tested with the
// `electron` module replaced: window.test.ts (isolation, sandbox, no node,
// webSecurity, insecure content, experimental and Blink features, <webview>,
// navigation, new windows, permissions), ipc.test.ts (IPC senders),
// contentSecurity.test.ts (CSP), protocol.test.ts (app://, not file://),
// preload.test.ts (one bridge); packaging/ tests the Electron version, the fuses
// and the scanner (electronegativity).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const mainDir = fileURLToPath(new URL('../../../../main', import.meta.url));

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file: path.relative(mainDir, file), text: readFileSync(file, 'utf8') };
    });
}

const main = sources(mainDir);
const filesMatching = (pattern: RegExp) => main.filter(({ text }) => pattern.test(text)).map(({ file }) => file);

describe("Electron's security checklist, in the source", () => {
  it('never opens anything outside the app with shell.openExternal (nor uses shell at all)', () => {
    expect(filesMatching(/\bopenExternal\b|\bshell\b.*from 'electron'|from 'electron'.*\bshell\b/)).toEqual([]);
  });

  it('exposes exactly one bridge to the page, from the preload', () => {
    expect(filesMatching(/exposeInMainWorld/)).toEqual(['electron/preload.ts']);
    const preload = main.find(({ file }) => file === 'electron/preload.ts')!.text;
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect([...preload.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual([
      'electron',
      '../../app/contract/bridge',
    ]);
  });

  it.each([
    /nodeIntegration\w*:\s*true/,
    /contextIsolation:\s*false/,
    /sandbox:\s*false/,
    /webSecurity:\s*false/,
    /allowRunningInsecureContent:\s*true/,
    /experimentalFeatures:\s*true/,
    /enableBlinkFeatures/,
    /webviewTag:\s*true/,
    /enableRemoteModule/,
    /setCertificateVerifyProc|'certificate-error'/,
  ])('turns no protection off anywhere: %s', (pattern) => {
    expect(filesMatching(pattern)).toEqual([]);
  });

  it('loads pages only from app://, never file:// or the web', () => {
    const loads = main.flatMap(({ file, text }) =>
      [...text.matchAll(/loadURL\(([^)]*)\)/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(loads).toEqual(['electron/recovery.ts: startUrl', 'electron/window.ts: startUrl']);
    expect(filesMatching(/loadFile\(/)).toEqual([]);
  });
});
