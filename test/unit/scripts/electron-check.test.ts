import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBlocker, findElectronBinary } from '../../../scripts/electron-check.mjs';

describe('whether npm start can run Electron', () => {
  const binary = '/opt/electron/electron';

  it('runs Electron on a Linux desktop with X11 or Wayland', () => {
    expect(electronBlocker({ platform: 'linux', env: { DISPLAY: ':0' }, binary })).toBeNull();
    expect(electronBlocker({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, binary })).toBeNull();
  });

  it('runs Electron on Windows and macOS, which always have a display', () => {
    expect(electronBlocker({ platform: 'win32', env: {}, binary })).toBeNull();
    expect(electronBlocker({ platform: 'darwin', env: {}, binary })).toBeNull();
  });

  it('falls back to the browser on a Linux machine without a display, before trying any download', () => {
    expect(electronBlocker({ platform: 'linux', env: {}, binary: null })).toEqual({
      reason: 'no-display',
      message: expect.stringContaining('DISPLAY'),
    });
    expect(electronBlocker({ platform: 'linux', env: { DISPLAY: '' }, binary })?.reason).toBe('no-display');
  });

  it('falls back to the browser when the Electron binary is missing', () => {
    expect(electronBlocker({ platform: 'linux', env: { DISPLAY: ':0' }, binary: null })).toEqual({
      reason: 'no-binary',
      message: expect.stringContaining('could not be downloaded'),
    });
  });
});

describe('finding the Electron binary', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  function electronPackage(): string {
    dir = mkdtempSync(path.join(tmpdir(), 'linli-electron-'));
    return dir;
  }

  it('finds it where path.txt says, under dist', () => {
    const electronDir = electronPackage();
    mkdirSync(path.join(electronDir, 'dist'));
    writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
    writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
    expect(findElectronBinary(electronDir)).toBe(path.join(electronDir, 'dist', 'electron'));
  });

  it('finds nothing when the install script never ran (no path.txt) or its download failed (no dist)', () => {
    const electronDir = electronPackage();
    expect(findElectronBinary(electronDir)).toBeNull();
    writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
    expect(findElectronBinary(electronDir)).toBeNull();
  });
});
